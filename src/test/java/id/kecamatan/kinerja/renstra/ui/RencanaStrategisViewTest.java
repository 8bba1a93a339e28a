package id.kecamatan.kinerja.renstra.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import id.kecamatan.kinerja.AbstractUiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Sekcam's view of the Renstra: visi, the office's duty, and the misi → tujuan → sasaran table. */
class RencanaStrategisViewTest extends AbstractUiTest {

    private static final String VISI = "Terwujudnya Kecamatan Meral Sebagai Wilayah Perdagangan dan Jasa Yang Maju, "
            + "Mandiri dan Berbudaya Berlandaskan Iman dan Takwa Tahun 2025";

    private Grid<?> grid;

    @BeforeEach
    void bukaRenstra() {
        loginAndNavigate("sekcam", "renstra");
        expectView(RencanaStrategisView.class);
        grid = _get(Grid.class);
    }

    @Test
    void showsTheVisi() {
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Visi", "Tugas Kecamatan Meral");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(VISI);
    }

    @Test
    void showsTheFourMisiInOrder() {
        List<String> nomor = kolom(grid, "No");
        List<String> misi = kolom(grid, "Misi");

        assertThat(nomor).filteredOn(n -> !n.isEmpty()).containsExactly("1", "2", "3", "4");
        assertThat(misi)
                .filteredOn(m -> !m.isEmpty())
                .containsExactly(
                        "Mewujudkan Pelayanan Prima kepada Masyarakat melalui Aparatur yang Profesional, Akuntabel dan Responsif",
                        "Mewujudkan Pengembangan Ekonomi Kerakyatan Berbasis Perdagangan , Jasa , Perikanan budidaya dan perkebunan",
                        "Mewujudkan Perencanaan Pembangunan Berbasis Partisipasi Masyarakat",
                        "Mewujudkan Pemenuhan Sumber Daya Manusia yang Berkualitas, Berbudi Perkerti Luhur, Beriman dan Bertakwa");
    }

    @Test
    void listsEveryTujuanOnceWithItsSasaran() {
        // misi 1 has four tujuan (incl. the AKIP one), misi 2 four, misi 3 and 4 one each
        assertThat(GridKt._size(grid)).isEqualTo(10);
        int akip = barisDengan(grid, "Tujuan", "Akuntabilitas Kinerja yang Memadai");
        // the tujuan's own sasaran and the IKU sasaran linked to it
        assertThat(komponenSel(grid, akip, "Sasaran")
                        .getChildren()
                        .map(c -> c.getElement().getText()))
                .containsExactly("Akuntabilitas Kinerja yang Memadai", "Meningkatnya Akuntabilitas Kinerja Kec.Meral");
        int desa = barisDengan(grid, "Tujuan", "pembinaan dan fasilitasi pemerintah Desa");
        assertThat(teksSel(grid, desa, "Sasaran")).contains("meningkatnya kualitas kinerja Pemerintahan Desa");
    }
}
