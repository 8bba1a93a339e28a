package id.kecamatan.kinerja.indikator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import id.kecamatan.kinerja.AbstractUiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Sekcam's view of the structure: every jabatan of the plan, and a warning for each gap in it. */
class StrukturOrganisasiViewTest extends AbstractUiTest {

    private static final String KOLOM_JABATAN = "Jabatan";

    private Grid<?> grid;

    @BeforeEach
    void bukaStruktur() {
        loginAndNavigate("sekcam", "struktur");
        expectView(StrukturOrganisasiView.class);
        grid = _get(Grid.class);
    }

    @Test
    void warnsOnlyAboutSeksiPmdWhoseJabatanHasNoIndicator() {
        assertThat(peringatan())
                .containsExactly("Celah rencana: jabatan Kepala Seksi Pemberdayaan Masyarakat Desa "
                        + "(Seksi Pemberdayaan Masyarakat Desa) belum memiliki indikator dalam dokumen rencana.");
    }

    @Test
    void noWarningForJabatanThatHaveIndicators() {
        List<String> jabatanDenganIndikator = List.of(
                "Camat Meral",
                "Sekretaris Camat Meral",
                "Kepala Seksi Pemerintahan",
                "Kepala Seksi Kesejahteraan Sosial",
                "Kepala Seksi Lingkungan Hidup",
                "Kepala Seksi Ketentraman dan Ketertiban",
                "Kepala Subbagian Umum dan Kepegawaian",
                "Kepala Subbagian Perencanaan dan Keuangan",
                "Bendahara Pengeluaran",
                "Pengadministrasi Keuangan",
                "Pengadministrasi Perizinan");

        // on its own, not only beside the test above: the names are the grid's, and the view does warn
        assertThat(kolom(grid, KOLOM_JABATAN)).containsAll(jabatanDenganIndikator);
        List<String> peringatan = peringatan();
        assertThat(peringatan).isNotEmpty();
        for (String jabatan : jabatanDenganIndikator) {
            assertThat(peringatan)
                    .as("warnings mentioning %s", jabatan)
                    .noneMatch(p -> p.contains("jabatan " + jabatan + " ("));
        }
    }

    @Test
    void listsTheTwelveJabatanOfThePlanWithTheirIndicatorCount() {
        assertThat(GridKt._size(grid)).isEqualTo(12);
        assertThat(kolom(grid, KOLOM_JABATAN)).doesNotContain("Operator Sistem");
        assertThat(jumlahIndikator("Kepala Seksi Pemberdayaan Masyarakat Desa")).isEqualTo("0");
        assertThat(jumlahIndikator("Kepala Seksi Pemerintahan")).isEqualTo("4");
        assertThat(jumlahIndikator("Sekretaris Camat Meral")).isEqualTo("4");
        assertThat(jumlahIndikator("Camat Meral")).isEqualTo("1");
        // 2 IKU + 16 IKI
        assertThat(kolom(grid, "Indikator").stream().mapToInt(Integer::parseInt).sum())
                .isEqualTo(18);
    }

    @Test
    void showsHoldersAtasanAndVerifikator() {
        int camat = baris("Camat Meral");
        assertThat(teksSel(grid, camat, "Unit Kerja")).isEqualTo("Pimpinan");
        assertThat(teksSel(grid, camat, "Pemegang"))
                .isEqualTo("R. NOVI YOHANDRI, S.STP, M.AP (NIP 19861103 200602 1 001)");
        assertThat(teksSel(grid, camat, "Peran")).isEqualTo("Camat");

        int kasiPem = baris("Kepala Seksi Pemerintahan");
        assertThat(teksSel(grid, kasiPem, "Unit Kerja")).isEqualTo("Seksi Pemerintahan");
        assertThat(teksSel(grid, kasiPem, "Pemegang"))
                .isEqualTo("Pegawai Contoh (Kepala Seksi Pemerintahan) (data contoh)");
        assertThat(teksSel(grid, kasiPem, "Peran")).isEqualTo("Kepala Seksi/Subbagian");
        assertThat(teksSel(grid, kasiPem, "Atasan")).isEqualTo("Camat Meral");
        assertThat(teksSel(grid, kasiPem, "Verifikator")).isEqualTo("Sekretaris Camat Meral");
    }

    private int baris(String jabatan) {
        List<String> semua = kolom(grid, KOLOM_JABATAN);
        assertThat(semua).containsOnlyOnce(jabatan);
        return semua.indexOf(jabatan);
    }

    private String jumlahIndikator(String jabatan) {
        return teksSel(grid, baris(jabatan), "Indikator");
    }
}
