package id.kecamatan.kinerja.indikator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIku;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Camat's Tabel IKU: both IKU, the yearly targets in Indonesian number format, and the signature block. */
class TabelIkuViewTest extends AbstractUiTest {

    private static final String KOLOM_INDIKATOR = "Indikator Kinerja Utama";

    private Grid<BarisIku> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void bukaTabelIku() {
        loginAndNavigate("camat", "iku");
        expectView(TabelIkuView.class);
        grid = _get(Grid.class);
    }

    @Test
    void listsBothIku() {
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(kolom(grid, KOLOM_INDIKATOR))
                .containsExactly("Nilai AKIP Kecamatan Meral", "Nilai Indeks Pelayanan Publik (IPP)");
        assertThat(kolom(grid, "Penanggung Jawab")).containsExactly("Camat Meral", "Sekretaris Camat Meral");
        assertThat(kolom(grid, "Satuan")).containsOnly("nilai");
    }

    @Test
    void hasOneTargetColumnPerYearOfThePlan() {
        List<String> header =
                grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();

        assertThat(header).endsWith("2017", "2018", "2019", "2020", "2021");
    }

    @Test
    void akipTargetsAreInIndonesianFormatAndNaStaysText() {
        int akip = barisDengan(grid, KOLOM_INDIKATOR, "Nilai AKIP Kecamatan Meral");

        assertThat(target(akip, 2017)).isEqualTo("NA");
        assertThat(target(akip, 2018)).isEqualTo("NA");
        assertThat(target(akip, 2019)).isEqualTo("NA");
        assertThat(target(akip, 2020)).isEqualTo("56,86");
        assertThat(target(akip, 2021)).isEqualTo("53");
    }

    @Test
    void ippWithoutTargetsShowsDashesNotZero() {
        int ipp = barisDengan(grid, KOLOM_INDIKATOR, "Nilai Indeks Pelayanan Publik (IPP)");

        for (int tahun = 2017; tahun <= 2021; tahun++) {
            assertThat(target(ipp, tahun)).as("target %s", tahun).isEqualTo("–");
        }
    }

    @Test
    void showsTheSignatureBlockOfThePlan() {
        Div penetapan = _get(Div.class, s -> s.withClasses("penetapan"));

        assertThat(_find(penetapan, Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Meral Karimun, Januari 2022", "Camat Meral");
        assertThat(_get(penetapan, Span.class, s -> s.withClasses("nama-penandatangan"))
                        .getText())
                .isEqualTo("R. NOVI YOHANDRI, S.STP, M.AP");
        assertThat(penetapan.getElement().getTextRecursively()).contains("NIP 19861103 200602 1 001");
    }

    private String target(int baris, int tahun) {
        return GridKt._getFormatted(grid, baris, "target-" + tahun);
    }
}
