package id.kecamatan.kinerja.laporan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.laporan.BacaBerkas;
import id.kecamatan.kinerja.laporan.FormatBerkas;
import id.kecamatan.kinerja.laporan.LaporanKabupatenService;
import id.kecamatan.kinerja.pengukuran.KecamatanKabupatenUji;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.BarisKecamatan;
import id.kecamatan.kinerja.pengukuran.ui.DasborKecamatanView;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kabupaten's pages as its account uses them: the comparison of 2020 (KecamatanKabupatenUji: A 100 %, B 80 %, a
 * kecamatan of another kabupaten never shown), one kecamatan's dashboard read-only, and the same comparison as PDF and
 * Excel.
 */
class PerbandinganKabupatenViewTest extends AbstractUiTest {

    @Autowired
    LaporanKabupatenService laporan;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void siapkan() {
        KecamatanKabupatenUji.siapkan(ctx);
    }

    @Test
    void kabupatenMendaratDiPerbandinganDanHanyaMelihatMenunya() {
        loginAndNavigate("kabupaten", "");

        expectView(PerbandinganKabupatenView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("kabupaten");
        assertThat(menu()).containsExactly("Perbandingan Kecamatan");
    }

    @Test
    void peringkatPetaDanTautanKeDasborKecamatan() {
        loginAndNavigate("kabupaten", "kabupaten");
        _get(PilihTahun.class).pilih(KecamatanKabupatenUji.TAHUN);

        Grid<BarisKecamatan> peringkat = grid("Nilai kecamatan");
        List<String> nama = kolom(peringkat, "Kecamatan");
        assertThat(nama).contains(KecamatanKabupatenUji.NAMA_A, KecamatanKabupatenUji.NAMA_B, "Kecamatan Meral");
        assertThat(nama).doesNotContain(KecamatanKabupatenUji.NAMA_LAIN);
        int a = barisDengan(peringkat, "Kecamatan", KecamatanKabupatenUji.NAMA_A);
        int b = barisDengan(peringkat, "Kecamatan", KecamatanKabupatenUji.NAMA_B);
        assertThat(a).isLessThan(b);
        assertThat(teksSel(peringkat, a, "Nilai kecamatan")).startsWith("100,00 %");
        assertThat(teksSel(peringkat, b, "Nilai kecamatan")).startsWith("80,00 %");
        assertThat(teksSel(peringkat, b, "Data disetujui")).startsWith("1/2 IKU");
        Anchor tautan = (Anchor) komponenSel(peringkat, b, "Kecamatan");
        assertThat(tautan.getHref()).isEqualTo("kabupaten/" + KecamatanKabupatenUji.B);

        Grid<BarisKecamatan> peta = grid("Triwulan IV");
        int barisB = barisDengan(peta, "Kecamatan", KecamatanKabupatenUji.NAMA_B);
        assertThat(teksSel(peta, barisB, "Triwulan IV")).isEqualTo("1 dari 18lewat tenggat");
        assertThat(teksSel(peta, barisB, "Triwulan I")).startsWith("0 dari 18");

        UI.getCurrent().navigate(tautan.getHref());
        expectView(DasborKecamatanView.class);
        assertThat(_get(H2.class).getText()).contains(KecamatanKabupatenUji.NAMA_B, "baca saja");
        List<String> bagian = judulBagian();
        assertThat(bagian).contains("Semua indikator");

        UI.getCurrent().navigate("kabupaten/" + KecamatanKabupatenUji.A);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(H2.class))
                .as("the next kecamatan in the same view: one title, its own")
                .singleElement()
                .extracting(H2::getText)
                .asString()
                .contains(KecamatanKabupatenUji.NAMA_A);
        assertThat(bagian)
                .as("no status of rows not approved")
                .doesNotContain("Status pengisian per jabatan", "Yang terlambat");
    }

    @Test
    void dasborKecamatanKabupatenLainTidakDitemukanDanDicatatSekali() {
        long sebelum = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);
        loginAndNavigate("kabupaten", "kabupaten/" + KecamatanKabupatenUji.LAIN);

        _get(HalamanTidakDitemukan.class);
        _assertNone(DasborKecamatanView.class);
        assertThat(jdbc.queryForList(
                        "select detail from log_keamanan where id > ? and peristiwa = 'AKSES_DITOLAK'",
                        String.class,
                        sebelum))
                .singleElement()
                .asString()
                .startsWith("PerbandinganKabupatenService.namaKecamatan");
    }

    @Test
    void camatTidakMembukaHalamanKabupaten() {
        loginAndNavigate("camat", "kabupaten");

        _get(HalamanTidakDitemukan.class);
        assertThat(menu()).doesNotContain("Perbandingan Kecamatan");
    }

    @Test
    void pdfDanExcelMemuatAngkaYangSama() throws IOException {
        login("kabupaten");

        Berkas pdf = laporan.perbandingan(KecamatanKabupatenUji.SAMPAI, FormatBerkas.PDF);
        String teks = BacaBerkas.teksPdf(pdf.isi());
        assertThat(teks).contains("PERBANDINGAN KINERJA KECAMATAN", "KABUPATEN KARIMUN", KecamatanKabupatenUji.NAMA_A);
        assertThat(teks).contains("100,00", "80,00", "1 dari 18 (lewat tenggat)");
        assertThat(teks).doesNotContain(KecamatanKabupatenUji.NAMA_LAIN);

        Berkas excel = laporan.perbandingan(KecamatanKabupatenUji.SAMPAI, FormatBerkas.XLSX);
        assertThat(excel.nama()).startsWith("perbandingan-kecamatan-2020-tw4").endsWith(".xlsx");
        List<String> sel = new ArrayList<>();
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(excel.isi()))) {
            for (Row baris : buku.getSheetAt(0)) {
                for (Cell c : baris) {
                    sel.add(c.toString());
                }
            }
        }
        assertThat(sel).contains(KecamatanKabupatenUji.NAMA_A, KecamatanKabupatenUji.NAMA_B, "100.0", "80.0");
        assertThat(sel).doesNotContain(KecamatanKabupatenUji.NAMA_LAIN);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BarisKecamatan> grid(String header) {
        return (Grid<BarisKecamatan>) com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class).stream()
                .filter(g -> g.getColumns().stream().anyMatch(c -> header.equals(((Grid.Column<?>) c).getHeaderText())))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> judulBagian() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(H3.class).stream()
                .map(H3::getText)
                .toList();
    }
}
