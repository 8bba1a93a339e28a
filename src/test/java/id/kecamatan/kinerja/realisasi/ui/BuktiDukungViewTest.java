package id.kecamatan.kinerja.realisasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UnduhUji;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisPersetujuan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Bukti dukung on screen: uploading in the quarter editor of a saved draft (and not before it is saved), and the
 * files in the verifikator's inbox. Rows are in a past year this class claims.
 */
class BuktiDukungViewTest extends AbstractUiTest {

    private static final int TAHUN = TahunUji.milik(BuktiDukungViewTest.class, 2015);

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    BuktiDukungService buktiService;

    @Test
    void editorDrafTersimpanMenerimaBuktiDanMenolakBerkasPalsu() {
        login("kasi.pemerintahan");
        BarisKinerja baris = baris("IKI-KASI-PEM-1");
        SelTriwulan draf = simpanDraf(baris, 1, Map.of("PENDUDUK_REKAM_EKTP", "45", "JUMLAH_PENDUDUK", "50"));
        new EditorRealisasi(realisasiService, buktiService, baris, new Periode(TAHUN, Triwulan.I), draf, () -> {})
                .open();

        Upload upload = _get(Upload.class);
        assertThat(upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(upload.getAcceptedFileTypes())
                .containsExactlyInAnyOrder(".pdf", ".jpg", ".jpeg", ".png", ".xlsx", ".docx");
        assertThat(teksDialog()).contains("Bukti dukung", "Belum ada bukti dukung.");

        UploadKt._upload(upload, "rekap e-KTP.pdf", "application/pdf", BuktiUji.PDF);
        NotificationsKt.expectNotifications("Berkas \"rekap e-KTP.pdf\" tersimpan sebagai bukti dukung.");
        UploadKt._upload(upload, "absensi.pdf", "application/pdf", BuktiUji.EXE);
        NotificationsKt.expectNotifications(
                "Berkas \"absensi.pdf\" ditolak: isinya bukan PDF, JPG, PNG, XLSX atau DOCX "
                        + "(jenis berkas diperiksa dari isinya, bukan dari namanya). Bukti dukung yang sudah tersimpan tidak berubah.");
        UploadKt._upload(upload, "rekap e-KTP.pdf", "application/pdf", BuktiUji.PDF);

        assertThat(_find(Anchor.class))
                .extracting(Anchor::getText)
                .containsExactly("rekap e-KTP.pdf", "rekap e-KTP.pdf");
        assertThat(teksDialog()).contains("Riwayat: 1 berkas diganti", "oleh kasi.pemerintahan");
    }

    /**
     * The name of an evidence file is whatever its uploader chose; it reaches the download header escaped (RFC 6266),
     * with the exact name in filename* (RFC 5987), instead of a quote ending the header's value early.
     */
    @Test
    void namaBuktiDiunduhDenganKepalaYangSah() {
        login("kasi.pemerintahan");
        BarisKinerja baris = baris("IKI-KASI-PEM-3");
        SelTriwulan draf = simpanDraf(baris, 2, Map.of("DATA_KEPENDUDUKAN_SESUAI", "75"));
        String nakal = "\"><svg onload=alert(1)>.pdf";
        String indonesia = "rekap \"triwulan\" ké-2.pdf";
        buktiService.unggah(draf.realisasiId(), nakal, BuktiUji.PDF);
        buktiService.unggah(draf.realisasiId(), indonesia, BuktiUji.PDF);
        new EditorRealisasi(realisasiService, buktiService, baris, new Periode(TAHUN, Triwulan.II), draf, () -> {})
                .open();

        MockHttpServletResponse jawaban = UnduhUji.jawaban(_get(Anchor.class, a -> a.withText(nakal)));

        assertThat(jawaban.getHeader("Content-Disposition"))
                .isEqualTo(
                        "attachment; "
                                + "filename=\"\\\"><svg onload=alert(1)>.pdf\"; filename*=UTF-8''%22%3E%3Csvg%20onload%3Dalert%281%29%3E.pdf");
        assertThat(ContentDisposition.parse(jawaban.getHeader("Content-Disposition"))
                        .getFilename())
                .isEqualTo(nakal);
        assertThat(jawaban.getContentType()).isEqualTo("application/pdf");
        assertThat(jawaban.getContentAsByteArray()).isEqualTo(BuktiUji.PDF);
        String kepala =
                UnduhUji.jawaban(_get(Anchor.class, a -> a.withText(indonesia))).getHeader("Content-Disposition");
        assertThat(ContentDisposition.parse(kepala).getFilename()).isEqualTo(indonesia);
        assertThat(kepala).as("ASCII only, as a header must be").matches("\\p{ASCII}+");
    }

    @Test
    void barisBaruDisimpanDuluSebelumBuktiDukung() {
        login("kasi.pemerintahan");
        new EditorRealisasi(
                        realisasiService,
                        buktiService,
                        baris("IKI-KASI-PEM-1"),
                        new Periode(TAHUN, Triwulan.II),
                        null,
                        () -> {})
                .open();

        _assertNone(Upload.class);
        assertThat(teksDialog()).contains("Bukti dukung", "simpan draf dulu");
    }

    @Test
    void verifikatorMelihatBuktiDukungDiKotakMasuk() {
        login("kasi.pemerintahan");
        SelTriwulan draf = simpanDraf(baris("IKI-KASI-PEM-3"), 1, Map.of("DATA_KEPENDUDUKAN_SESUAI", "120"));
        buktiService.unggah(draf.realisasiId(), "foto pencocokan.png", BuktiUji.PNG);
        realisasiService.ajukan(List.of(draf.realisasiId()));
        logout();
        try {
            loginAndNavigate("sekcam", "persetujuan");
            @SuppressWarnings("unchecked")
            Grid<BarisPersetujuan> grid = _get(Grid.class, s -> s.withId("kotak-realisasi"));
            int baris = IntStream.range(0, GridKt._size(grid))
                    .filter(i -> GridKt._get(grid, i).realisasiId().equals(draf.realisasiId()))
                    .findFirst()
                    .orElseThrow();

            assertThat(teksSel(grid, baris, "Bukti dukung")).contains("foto pencocokan.png", "oleh kasi.pemerintahan");
            assertThat(_find(komponenSel(grid, baris, "Bukti dukung"), Anchor.class))
                    .singleElement()
                    .satisfies(a -> assertThat(a.getHref()).isNotBlank());
        } finally {
            // approved, so the row leaves the inbox that other view tests read
            realisasiService.setujui(List.of(draf.realisasiId()));
        }
    }

    private BarisKinerja baris(String kode) {
        return realisasiService.kinerjaSaya(TAHUN).stream()
                .filter(b -> b.kode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    private SelTriwulan simpanDraf(BarisKinerja baris, int triwulan, Map<String, String> nilai) {
        Map<String, BigDecimal> angka = new HashMap<>();
        nilai.forEach((kode, teks) -> angka.put(kode, new BigDecimal(teks)));
        Periode periode = new Periode(TAHUN, Triwulan.dari(triwulan));
        return realisasiService.simpanDraf(new SimpanDraf(baris.indikatorId(), periode, angka, null, null, null));
    }

    private static String teksDialog() {
        return _get(Dialog.class).getElement().getTextRecursively();
    }
}
