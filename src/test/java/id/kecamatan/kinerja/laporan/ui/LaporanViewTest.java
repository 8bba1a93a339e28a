package id.kecamatan.kinerja.laporan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static id.kecamatan.kinerja.UnduhUji.klikDanTunggu;
import static id.kecamatan.kinerja.UnduhUji.unduh;
import static id.kecamatan.kinerja.laporan.BacaBerkas.barisExcel;
import static id.kecamatan.kinerja.laporan.BacaBerkas.teksPdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.TombolUnduh;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.indikator.IndikatorService.PilihanJabatan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaporanViewTest extends AbstractUiTest {

    @ParameterizedTest
    @ValueSource(strings = {"kasi.pemerintahan", "bendahara"})
    void aKasiOrStaffMemberSeesTheirDocumentsButNotTheLkjip(String akun) {
        loginAndNavigate(akun, "laporan");

        expectView(LaporanView.class);
        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly("Tabel IKU", "IKI per Jabatan", "Perjanjian Kinerja", "Pengukuran Kinerja");
        assertThat(_find(TombolUnduh.class)).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sekcam", "camat", "admin"})
    void sekcamCamatAndAdminAlsoGetTheLkjip(String akun) {
        loginAndNavigate(akun, "laporan");

        expectView(LaporanView.class);
        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly(
                        "Tabel IKU",
                        "IKI per Jabatan",
                        "Perjanjian Kinerja",
                        "Pengukuran Kinerja",
                        "LKjIP",
                        "Evaluasi AKIP");
        // the LKjIP also as Word; the Evaluasi AKIP's summary as PDF, its worksheet as Excel
        assertThat(_find(TombolUnduh.class)).hasSize(13);
        assertThat(_find(TombolUnduh.class).stream().map(t -> t.getId().orElseThrow()))
                .contains(
                        "unduh-lkjip-pdf",
                        "unduh-lkjip-docx",
                        "unduh-lkjip-xlsx",
                        "unduh-evaluasi-pdf",
                        "unduh-evaluasi-xlsx");
    }

    @Test
    void aKasisPengukuranHoldsOnlyTheirOwnIndicators() {
        loginAndNavigate("kasi.pemerintahan", "laporan");

        List<List<Object>> baris = barisExcel(unduh(tombol("unduh-pengukuran-xlsx")));
        assertThat(baris.stream().flatMap(List::stream))
                .contains("Persentase penduduk yang melakukan perekaman e-KTP")
                .doesNotContain("Nilai AKIP Kecamatan Meral");
    }

    @Test
    void theTabelIkuGridExportsItsRowsAsExcel() {
        loginAndNavigate("kasi.lh", "iku");

        List<List<Object>> baris = barisExcel(unduh(_get(UnduhExcel.class)));
        assertThat(baris.getFirst()).containsExactly("Tabel IKU");
        List<Object> akip = baris.stream()
                .filter(b -> b.contains("Nilai AKIP Kecamatan Meral"))
                .findFirst()
                .orElseThrow();
        assertThat(akip).contains("Camat Meral", "NA", 56.86, 53.0);
    }

    @Test
    void kinerjaSayaExportsTheSignedInUsersOwnRows() {
        loginAndNavigate("kasi.pemerintahan", "kinerja-saya");

        List<List<Object>> baris = barisExcel(unduh(_get(UnduhExcel.class)));
        assertThat(baris.stream().flatMap(List::stream).map(String::valueOf))
                .anyMatch(t -> t.contains("Persentase penduduk yang melakukan perekaman e-KTP"))
                .noneMatch(t -> t.contains("Nilai AKIP"));
        assertThat(baris.stream()
                        .filter(b -> b.contains("Indikator"))
                        .findFirst()
                        .orElseThrow())
                .contains("Triwulan I · Status", "Triwulan IV · Capaian (%)");
    }

    @Test
    void aKasiCanOnlyChooseTheirOwnJabatanAndGetsTheirOwnIki() {
        loginAndNavigate("kasi.pemerintahan", "laporan");

        List<ComboBox<PilihanJabatan>> pilihan = jabatan();
        assertThat(pilihan).allSatisfy(c -> {
            assertThat(c.isReadOnly()).isTrue();
            assertThat(c.getValue().nama()).isEqualTo("Kepala Seksi Pemerintahan");
            assertThat(c.getListDataView().getItems().map(PilihanJabatan::kode)).containsExactly("KASI-PEM");
        });
        String teks = teksPdf(unduh(tombol("unduh-iki-pdf")));
        assertThat(teks)
                .contains("INDIKATOR KINERJA INDIVIDU", "Kepala Seksi Pemerintahan")
                .doesNotContain("Kepala Seksi Kesejahteraan Sosial");
        assertThat(tombol("unduh-iki-pdf").getTautan().getText()).startsWith("Unduh iki-kepala-seksi-pemerintahan-");
    }

    @Test
    void sekcamChoosesAnyJabatanAndLeavesItEmptyForAll() {
        loginAndNavigate("sekcam", "laporan");

        ComboBox<PilihanJabatan> iki = jabatan().getFirst();
        assertThat(iki.isReadOnly()).isFalse();
        assertThat(iki.getListDataView().getItems().count()).isGreaterThan(5);
        _setValue(iki, null);
        String teks = teksPdf(unduh(tombol("unduh-iki-pdf")));
        assertThat(teks)
                .contains(
                        "1. INDIKATOR KINERJA INDIVIDU",
                        "Kepala Seksi Pemerintahan",
                        "Kepala Seksi Kesejahteraan Sosial");
    }

    @Test
    void tabelIkuExcelFromTheReportsPage() {
        loginAndNavigate("camat", "laporan");

        List<List<Object>> baris = barisExcel(unduh(tombol("unduh-iku-xlsx")));
        assertThat(baris.stream()
                        .filter(b -> b.contains("Nilai AKIP Kecamatan Meral"))
                        .findFirst()
                        .orElseThrow())
                .contains(56.86, 53.0);
    }

    @Test
    void aRefusedPkShowsWhyAndTheScreenStaysUsable() {
        loginAndNavigate("camat", "laporan");

        // the Camat's second party is the kepala daerah, which nobody has entered in this database
        klikDanTunggu(tombol("unduh-pk-pdf"));
        NotificationsKt.expectNotifications("Jabatan Camat Meral tidak mempunyai atasan di kecamatan, sehingga pihak "
                + "kedua perjanjian kinerjanya adalah kepala daerah. Isi kepala daerah di halaman Instansi (Admin atau "
                + "Sekretaris Camat).");
        assertThat(tombol("unduh-pk-pdf").getTautan().isVisible()).isFalse();
    }

    @Test
    void theAdminMustChooseAJabatanForThePk() {
        loginAndNavigate("admin", "laporan");

        klikDanTunggu(tombol("unduh-pk-xlsx"));
        NotificationsKt.expectNotifications("Pilih jabatan dahulu.");
    }

    private static TombolUnduh tombol(String id) {
        return _get(TombolUnduh.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static List<ComboBox<PilihanJabatan>> jabatan() {
        return _find(ComboBox.class).stream()
                .map(c -> (ComboBox<PilihanJabatan>) c)
                .toList();
    }
}
