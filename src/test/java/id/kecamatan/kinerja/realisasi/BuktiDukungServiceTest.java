package id.kecamatan.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanBukti;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.BerkasBukti;
import id.kecamatan.kinerja.base.InfoBukti;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Bukti dukung on the real database: what is accepted, what is refused (and that a refusal changes nothing),
 * replacement as history, who may read, and locked rows. Rows are in a past year this class claims; each test has
 * its own quarter of IKI-KASI-PEM-1 or IKI-KASI-PEM-3 (owned by kasi.pemerintahan, verified by sekcam).
 */
@UjiTerpadu
class BuktiDukungServiceTest {

    private static final int TAHUN = TahunUji.milik(BuktiDukungServiceTest.class, 2013);

    @Autowired
    BuktiDukungService service;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void pdfTersimpanDenganChecksumDanKembaliUtuh() {
        Long realisasi = draf("IKI-KASI-PEM-1", 1);

        InfoBukti info = service.unggah(realisasi, "rekap e-KTP.pdf", BuktiUji.PDF);

        assertThat(info.sha256()).isEqualTo(BuktiUji.SHA256_PDF);
        assertThat(info.tipeKonten()).isEqualTo("application/pdf");
        assertThat(info.ukuran()).isEqualTo(BuktiUji.PDF.length);
        assertThat(info.diunggahOleh()).isEqualTo("kasi.pemerintahan");
        assertThat(info.diganti()).isFalse();
        assertThat(jdbc.queryForObject("select sha2(isi, 256) from bukti_dukung where id = ?", String.class, info.id()))
                .as("checksum of what the database holds")
                .isEqualTo(BuktiUji.SHA256_PDF);
        assertThat(service.daftar(realisasi)).containsExactly(info);
        BerkasBukti berkas = service.unduh(info.id());
        assertThat(berkas.namaFile()).isEqualTo("rekap e-KTP.pdf");
        assertThat(berkas.tipeKonten()).isEqualTo("application/pdf");
        assertThat(berkas.isi()).isEqualTo(BuktiUji.PDF);
    }

    @Test
    void berkasPalsuAtauTerlaluBesarDitolakTanpaMengubahYangTersimpan() {
        Long realisasi = draf("IKI-KASI-PEM-1", 2);
        InfoBukti foto = service.unggah(realisasi, "foto.png", BuktiUji.PNG);
        long jumlahBerkas = jumlahBerkas();

        ditolak(() -> service.unggah(realisasi, "laporan.pdf", BuktiUji.EXE), "bukti.tipe-tidak-didukung");
        ditolak(
                () -> service.unggah(realisasi, "laporan.pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8)),
                "bukti.tipe-tidak-didukung");
        ditolak(() -> service.unggah(realisasi, "laporan.pdf", BuktiUji.PNG), "bukti.nama-tidak-cocok");
        ditolak(
                () -> service.unggah(realisasi, "rekap.xlsx", BuktiUji.zip("data.csv", "1;2;3")),
                "bukti.tipe-tidak-didukung");
        ditolak(() -> service.unggah(realisasi, "rekap.xlsx", BuktiUji.docx("<document/>")), "bukti.nama-tidak-cocok");
        ditolak(
                () -> service.unggah(realisasi, "besar.pdf", BuktiUji.pdfBerukuran(AturanBukti.UKURAN_MAKS + 1)),
                "bukti.terlalu-besar");
        ditolak(() -> service.unggah(realisasi, "kosong.pdf", new byte[0]), "bukti.kosong");
        ditolak(() -> service.unggah(realisasi, "   ", BuktiUji.PDF), "bukti.nama-tidak-sah");
        // a refused file with the name of a stored one does not replace it
        ditolak(() -> service.unggah(realisasi, "foto.png", BuktiUji.EXE), "bukti.tipe-tidak-didukung");

        assertThat(jumlahBerkas()).isEqualTo(jumlahBerkas);
        assertThat(service.daftar(realisasi)).containsExactly(foto);
    }

    @Test
    void berkasTepatSepuluhMbDiterima() {
        Long realisasi = draf("IKI-KASI-PEM-1", 3);
        byte[] isi = BuktiUji.pdfBerukuran(AturanBukti.UKURAN_MAKS);

        InfoBukti info = service.unggah(realisasi, "C:\\fakepath\\scan laporan.pdf", isi);

        assertThat(info.namaFile())
                .as("the folder a browser sends along is dropped")
                .isEqualTo("scan laporan.pdf");
        assertThat(info.ukuran()).isEqualTo(10L * 1024 * 1024);
        assertThat(jdbc.queryForObject("select sha2(isi, 256) from bukti_dukung where id = ?", String.class, info.id()))
                .isEqualTo(info.sha256());
        assertThat(service.unduh(info.id()).isi()).isEqualTo(isi);
    }

    @Test
    void namaSamaMenggantikanYangLamaDanYangLamaTetapSebagaiRiwayat() {
        Long realisasi = draf("IKI-KASI-PEM-3", 1);
        byte[] versi1 = BuktiUji.xlsx("<sheetData>versi 1</sheetData>");
        byte[] versi2 = BuktiUji.xlsx("<sheetData>versi 2</sheetData>");
        byte[] versi3 = BuktiUji.xlsx("<sheetData>versi 3</sheetData>");
        InfoBukti pertama = service.unggah(realisasi, "rekap data.xlsx", versi1);
        InfoBukti surat = service.unggah(realisasi, "surat.docx", BuktiUji.docx("<document/>"));
        InfoBukti kedua = service.unggah(realisasi, "rekap data.xlsx", versi2);
        InfoBukti ketiga = service.unggah(realisasi, "Rekap Data.XLSX", versi3);

        List<InfoBukti> daftar = service.daftar(realisasi);

        assertThat(daftar).extracting(InfoBukti::id).containsExactly(pertama.id(), surat.id(), kedua.id(), ketiga.id());
        assertThat(daftar)
                .filteredOn(b -> !b.diganti())
                .extracting(InfoBukti::id)
                .containsExactlyInAnyOrder(surat.id(), ketiga.id());
        assertThat(daftar.get(0).digantiPada()).isNotNull();
        assertThat(daftar.get(2).digantiPada())
                .as("replaced by the same name in other letter case")
                .isNotNull();
        assertThat(service.unduh(pertama.id()).isi())
                .as("history stays downloadable")
                .isEqualTo(versi1);
        assertThat(service.unduh(ketiga.id()).isi()).isEqualTo(versi3);
        assertThat(daftar).extracting(InfoBukti::sha256).doesNotHaveDuplicates();
    }

    @Test
    void verifikatorDanCamatBolehMembacaKasiLainTidak() {
        Long realisasi = draf("IKI-KASI-PEM-3", 2);
        InfoBukti bukti = service.unggah(realisasi, "berita acara.pdf", BuktiUji.PDF);

        for (String pembaca : List.of("sekcam", "camat")) {
            sebagai(pembaca);
            assertThat(service.daftar(realisasi)).as(pembaca).containsExactly(bukti);
            assertThat(service.unduh(bukti.id()).isi()).as(pembaca).isEqualTo(BuktiUji.PDF);
        }
        sebagai("sekcam");
        assertThatThrownBy(() -> service.unggah(realisasi, "lain.pdf", BuktiUji.PDF))
                .as("the verifikator does not upload for the owner")
                .isInstanceOf(AccessDeniedException.class);

        for (String penebak : List.of("kasi.kesos", "admin")) {
            sebagai(penebak);
            assertThatThrownBy(() -> service.unduh(bukti.id())).as(penebak).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.daftar(realisasi)).as(penebak).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.unggah(realisasi, "lain.pdf", BuktiUji.PDF))
                    .as(penebak)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> service.unduh(Long.MAX_VALUE))
                .as("an id that does not exist")
                .isInstanceOf(AccessDeniedException.class);
        sebagai("kasi.pemerintahan");
        assertThat(service.daftar(realisasi)).containsExactly(bukti);
    }

    @Test
    void barisDiajukanAtauDisetujuiMenolakUnggahan() {
        Long realisasi = draf("IKI-KASI-PEM-3", 3);
        InfoBukti awal = service.unggah(realisasi, "daftar hadir.pdf", BuktiUji.PDF);
        realisasiService.ajukan(List.of(realisasi));
        ditolak(() -> service.unggah(realisasi, "susulan.pdf", BuktiUji.PDF), "bukti.terkunci");

        sebagai("sekcam");
        realisasiService.kembalikan(realisasi, "Lampirkan foto kegiatan");
        sebagai("kasi.pemerintahan");
        InfoBukti foto = service.unggah(realisasi, "foto kegiatan.jpg", BuktiUji.JPEG);
        draf("IKI-KASI-PEM-3", 3);
        realisasiService.ajukan(List.of(realisasi));

        sebagai("sekcam");
        realisasiService.setujui(List.of(realisasi));
        sebagai("kasi.pemerintahan");
        ditolak(() -> service.unggah(realisasi, "susulan.pdf", BuktiUji.PDF), "bukti.terkunci");
        ditolak(() -> service.unggah(realisasi, "daftar hadir.pdf", BuktiUji.PDF), "bukti.terkunci");

        assertThat(service.daftar(realisasi)).containsExactly(awal, foto);
    }

    /** Saves the quarter of a Kasi Pemerintahan indicator as a draft, as that Kasi; returns the realisasi id. */
    private Long draf(String kode, int triwulan) {
        sebagai("kasi.pemerintahan");
        BarisKinerja baris = realisasiService.kinerjaSaya(TAHUN).stream()
                .filter(b -> b.kode().equals(kode))
                .findFirst()
                .orElseThrow();
        Triwulan tw = Triwulan.dari(triwulan);
        SelTriwulan tersimpan = baris.sel(tw);
        Map<String, BigDecimal> nilai = new HashMap<>();
        if (kode.equals("IKI-KASI-PEM-1")) {
            nilai.put("PENDUDUK_REKAM_EKTP", new BigDecimal("45"));
            nilai.put("JUMLAH_PENDUDUK", new BigDecimal("50"));
        } else {
            nilai.put("DATA_KEPENDUDUKAN_SESUAI", new BigDecimal("120"));
        }
        return realisasiService
                .simpanDraf(new SimpanDraf(
                        baris.indikatorId(),
                        new Periode(TAHUN, tw),
                        nilai,
                        null,
                        null,
                        tersimpan == null ? null : tersimpan.versi()))
                .realisasiId();
    }

    private long jumlahBerkas() {
        return jdbc.queryForObject("select count(*) from bukti_dukung", Long.class);
    }

    private void sebagai(String username) {
        MasukSebagai.pengguna(userDetailsService, username);
    }

    private static void ditolak(ThrowingCallable unggah, String kunciPesan) {
        assertThatThrownBy(unggah)
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo(kunciPesan));
    }
}
