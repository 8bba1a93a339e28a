package id.kecamatan.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.realisasi.RealisasiService.EntriRiwayat;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The realisasi workflow on the real database: each allowed transition, each forbidden one, and two editors of
 * one row. Each test uses a past year of its own, claimed below, so that no test (of this class or another) sees
 * another's rows, and every triwulan has started.
 */
@SpringBootTest
@ActiveProfiles("test")
class RealisasiServiceTest {

    /** The year of the sample rows; its history must lie before {@code 2015-01-01}. */
    private static final int TAHUN_CONTOH = TahunUji.milik(RealisasiServiceTest.class, 2014);

    private static final int TAHUN_ALUR = TahunUji.milik(RealisasiServiceTest.class, 2021);
    private static final int TAHUN_CAMAT = TahunUji.milik(RealisasiServiceTest.class, 2011);
    /** Shared by the inbox count and the zero denominator, which write different indicators. */
    private static final int TAHUN_MENUNGGU = TahunUji.milik(RealisasiServiceTest.class, 2018);

    private static final int TAHUN_TERLARANG = TahunUji.milik(RealisasiServiceTest.class, 2010);
    private static final int TAHUN_ISIAN_BURUK = TahunUji.milik(RealisasiServiceTest.class, 2009);
    private static final int TAHUN_DUA_PENYUNTING = TahunUji.milik(RealisasiServiceTest.class, 2020);
    private static final int TAHUN_SIMPANAN_PERTAMA = TahunUji.milik(RealisasiServiceTest.class, 2017);
    private static final int TAHUN_BANYAK_PENYUNTING = TahunUji.milik(RealisasiServiceTest.class, 2016);
    private static final int TAHUN_VERSI_LAMA = TahunUji.milik(RealisasiServiceTest.class, 2019);

    private static final String PEKERJA = "Jumlah pekerja yang mengakomodir seluruh wilayah kecamatan yang dibersihkan";

    @Autowired
    RealisasiService service;

    @Autowired
    BuktiDukungService buktiService;

    @Autowired
    RealisasiRepository realisasiRepository;

    @Autowired
    IndikatorRepository indikatorRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    RiwayatStatusRepository riwayatRepository;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void alurKasiDiajukanDikembalikanDiperbaikiDisetujuiLaluTerkunci() {
        sebagai("kasi.pemerintahan");
        Long ektp = indikator(TAHUN_ALUR, "IKI-KASI-PEM-1");
        SelTriwulan draf = service.simpanDraf(new SimpanDraf(
                ektp,
                new Periode(TAHUN_ALUR, Triwulan.I),
                nilai("PENDUDUK_REKAM_EKTP", "45", "JUMLAH_PENDUDUK", "50"),
                "listrik padam",
                null,
                null));
        assertThat(draf.status()).isEqualTo(StatusRealisasi.DRAF);
        assertThat(draf.realisasi()).isEqualTo(new Hasil.Nilai(new BigDecimal("90.00")));
        service.ajukan(List.of(draf.realisasiId()));

        sebagai("sekcam");
        service.kembalikan(draf.realisasiId(), "Lampirkan rekap Disdukcapil");

        sebagai("kasi.pemerintahan");
        SelTriwulan dikembalikan = sel(TAHUN_ALUR, "IKI-KASI-PEM-1", 1);
        assertThat(dikembalikan.status()).isEqualTo(StatusRealisasi.DIKEMBALIKAN);
        assertThat(dikembalikan.catatanVerifikator()).isEqualTo("Lampirkan rekap Disdukcapil");
        SelTriwulan diperbaiki = service.simpanDraf(new SimpanDraf(
                ektp,
                new Periode(TAHUN_ALUR, Triwulan.I),
                nilai("PENDUDUK_REKAM_EKTP", "46", "JUMLAH_PENDUDUK", "50"),
                null,
                "rekap terlampir",
                dikembalikan.versi()));
        service.ajukan(List.of(diperbaiki.realisasiId()));

        sebagai("sekcam");
        service.setujui(List.of(diperbaiki.realisasiId()));

        sebagai("kasi.pemerintahan");
        SelTriwulan disetujui = sel(TAHUN_ALUR, "IKI-KASI-PEM-1", 1);
        assertThat(disetujui.status()).isEqualTo(StatusRealisasi.DISETUJUI);
        assertThat(disetujui.realisasi()).isEqualTo(new Hasil.Nilai(new BigDecimal("92.00")));
        assertThatThrownBy(() -> service.simpanDraf(new SimpanDraf(
                        ektp,
                        new Periode(TAHUN_ALUR, Triwulan.I),
                        nilai("PENDUDUK_REKAM_EKTP", "1", "JUMLAH_PENDUDUK", "50"),
                        null,
                        null,
                        disetujui.versi())))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.terkunci");

        assertThat(riwayatRepository.findByRealisasiIdOrderByPadaAscIdAsc(draf.realisasiId()))
                .extracting(RiwayatStatus::getDari, RiwayatStatus::getKe, RiwayatStatus::getOleh)
                .containsExactly(
                        tuple(null, StatusRealisasi.DRAF, "kasi.pemerintahan"),
                        tuple(StatusRealisasi.DRAF, StatusRealisasi.DIAJUKAN, "kasi.pemerintahan"),
                        tuple(StatusRealisasi.DIAJUKAN, StatusRealisasi.DIKEMBALIKAN, "sekcam"),
                        tuple(StatusRealisasi.DIKEMBALIKAN, StatusRealisasi.DRAF, "kasi.pemerintahan"),
                        tuple(StatusRealisasi.DRAF, StatusRealisasi.DIAJUKAN, "kasi.pemerintahan"),
                        tuple(StatusRealisasi.DIAJUKAN, StatusRealisasi.DISETUJUI, "sekcam"));

        sebagai("sekcam");
        List<EntriRiwayat> riwayat = service.riwayat(draf.realisasiId());
        assertThat(riwayat)
                .filteredOn(e -> e.ke() == null)
                .extracting(
                        EntriRiwayat::oleh,
                        e -> e.sebelum().get("Jumlah penduduk yang melakukan perekaman e-KTP"),
                        e -> e.sesudah().get("Jumlah penduduk yang melakukan perekaman e-KTP"))
                .containsExactly(
                        tuple("kasi.pemerintahan", null, new BigDecimal("45.0000")),
                        tuple("kasi.pemerintahan", new BigDecimal("45.0000"), new BigDecimal("46.0000")));
        assertThat(riwayat)
                .filteredOn(e -> e.ke() != null)
                .extracting(EntriRiwayat::catatan)
                .contains("Lampirkan rekap Disdukcapil");
        sebagai("kasi.kesos");
        assertThatThrownBy(() -> service.riwayat(draf.realisasiId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void camatMenyetujuiSekcamDanMembukaKembaliDenganAlasan() {
        sebagai("sekcam");
        Long dokumen = indikator(TAHUN_CAMAT, "IKI-SEKCAM-3");
        SelTriwulan draf = service.simpanDraf(new SimpanDraf(
                dokumen,
                new Periode(TAHUN_CAMAT, Triwulan.II),
                nilai("DOKUMEN_TEPAT_WAKTU", "8", "JUMLAH_DOKUMEN", "10"),
                null,
                null,
                null));
        service.ajukan(List.of(draf.realisasiId()));
        assertThatThrownBy(() -> service.setujui(List.of(draf.realisasiId())))
                .as("the Sekcam does not approve her own row")
                .isInstanceOf(AccessDeniedException.class);

        sebagai("camat");
        service.setujui(List.of(draf.realisasiId()));
        assertThatThrownBy(() -> service.bukaKembali(draf.realisasiId(), "  "))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.catatan-wajib");
        service.bukaKembali(draf.realisasiId(), "Angka dokumen dikoreksi BPK");

        sebagai("sekcam");
        SelTriwulan dibuka = sel(TAHUN_CAMAT, "IKI-SEKCAM-3", 2);
        assertThat(dibuka.status()).isEqualTo(StatusRealisasi.DIKEMBALIKAN);
        assertThat(dibuka.catatanVerifikator()).isEqualTo("Angka dokumen dikoreksi BPK");
    }

    /**
     * A sample row (as demo/DataContoh writes it) is its owner's once they save values, attach evidence or submit
     * it: no "(data contoh)" any more. Its timeline tells the sample's story (dated before it was generated) and then
     * the owner's changes; the values the generator wrote at its own moment, as "sistem", are no entry of it.
     */
    @Test
    void barisContohMenjadiMilikPemiliknyaSetelahDiubah() {
        Long disimpan =
                barisContoh(1, "12", StatusRealisasi.DRAF, StatusRealisasi.DIAJUKAN, StatusRealisasi.DIKEMBALIKAN);
        Long diberiBukti = barisContoh(2, "14", StatusRealisasi.DRAF);
        Long diajukan = barisContoh(3, "15", StatusRealisasi.DRAF);
        sebagai("kasi.lh");
        Long pekerja = indikator(TAHUN_CONTOH, "IKI-KASI-LH-1");
        assertThat(sel(TAHUN_CONTOH, "IKI-KASI-LH-1", 1).dataContoh())
                .as("generated as sample data")
                .isTrue();

        SelTriwulan tersimpan = service.simpanDraf(new SimpanDraf(
                pekerja,
                new Periode(TAHUN_CONTOH, Triwulan.I),
                nilai("JUMLAH_PEKERJA", "13"),
                null,
                null,
                sel(TAHUN_CONTOH, "IKI-KASI-LH-1", 1).versi()));
        long versiSebelumBukti = sel(TAHUN_CONTOH, "IKI-KASI-LH-1", 2).versi();
        buktiService.unggah(diberiBukti, "rekap pekerja.pdf", BuktiUji.PDF);
        service.ajukan(List.of(diajukan));

        assertThat(tersimpan.dataContoh()).isFalse();
        assertThat(sel(TAHUN_CONTOH, "IKI-KASI-LH-1", 1).dataContoh()).isFalse();
        SelTriwulan berbukti = sel(TAHUN_CONTOH, "IKI-KASI-LH-1", 2);
        assertThat(berbukti.dataContoh()).isFalse();
        assertThat(berbukti.versi())
                .as("an editor open beside the upload can still save")
                .isEqualTo(versiSebelumBukti);
        assertThat(sel(TAHUN_CONTOH, "IKI-KASI-LH-1", 3).dataContoh()).isFalse();

        List<EntriRiwayat> riwayat = service.riwayat(disimpan);
        assertThat(riwayat)
                .extracting(EntriRiwayat::oleh)
                .doesNotContain("sistem")
                .containsExactly("kasi.lh", "kasi.lh", "sekcam", "kasi.lh", "kasi.lh");
        assertThat(riwayat).extracting(EntriRiwayat::pada).isSorted();
        assertThat(riwayat.subList(0, 3))
                .as("the sample's own history, before it was generated")
                .allSatisfy(e -> assertThat(e.pada()).isBefore(Instant.parse("2015-01-01T00:00:00Z")));
        assertThat(riwayat)
                .filteredOn(e -> e.ke() == null)
                .singleElement()
                .satisfies(e -> assertThat(e.sebelum()).containsEntry(PEKERJA, new BigDecimal("12.0000")))
                .satisfies(e -> assertThat(e.sesudah()).containsEntry(PEKERJA, new BigDecimal("13.0000")));
    }

    @Test
    void hitunganMenuMenungguSamaDenganKotakMasuk() {
        // one row waiting for the Sekcam, one for the Camat as verifikator of the Sekcam, one of the Camat's own
        sebagai("kasi.lh");
        ajukan(TAHUN_MENUNGGU, 2, "IKI-KASI-LH-1", nilai("JUMLAH_PEKERJA", "12"));
        sebagai("sekcam");
        ajukan(TAHUN_MENUNGGU, 2, "IKI-SEKCAM-3", nilai("DOKUMEN_TEPAT_WAKTU", "8", "JUMLAH_DOKUMEN", "10"));
        sebagai("camat");
        ajukan(TAHUN_MENUNGGU, 2, "IKU-AKIP", nilai("NILAI_AKIP", "61"));

        for (String verifikator : List.of("sekcam", "camat")) {
            sebagai(verifikator);
            assertThat(service.ringkasan().menungguPersetujuan())
                    .as(verifikator)
                    .isEqualTo(service.kotakMasuk().size())
                    .isPositive();
        }
        sebagai("kasi.lh");
        assertThat(service.ringkasan().menungguPersetujuan()).isZero();
    }

    @Test
    void transisiTerlarangDitolak() {
        sebagai("kasi.kesos");
        Long kesos = indikator(TAHUN_TERLARANG, "IKI-KASI-KESOS-1");
        SelTriwulan draf = service.simpanDraf(new SimpanDraf(
                kesos, new Periode(TAHUN_TERLARANG, Triwulan.I), nilai("RASTRA", "3"), null, null, null));

        assertThatThrownBy(() -> service.ajukan(List.of(draf.realisasiId())))
                .as("five of six komponen empty")
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.belum-lengkap");
        assertThatThrownBy(() -> service.setujui(List.of(draf.realisasiId())))
                .as("an owner is not the verifikator")
                .isInstanceOf(AccessDeniedException.class);

        sebagai("kasi.pemerintahan");
        assertThatThrownBy(() -> service.simpanDraf(new SimpanDraf(
                        kesos,
                        new Periode(TAHUN_TERLARANG, Triwulan.I),
                        nilai("RASTRA", "9"),
                        null,
                        null,
                        draf.versi())))
                .as("another section's indicator by id")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.ajukan(List.of(draf.realisasiId())))
                .as("another section's row by id")
                .isInstanceOf(AccessDeniedException.class);

        sebagai("sekcam");
        assertThatThrownBy(() -> service.setujui(List.of(draf.realisasiId())))
                .as("a draft cannot be approved")
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.status-salah");
        assertThatThrownBy(() -> service.kembalikan(draf.realisasiId(), "kurang"))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.status-salah");

        sebagai("camat");
        assertThatThrownBy(() -> service.setujui(List.of(draf.realisasiId())))
                .as("the Camat verifies only the Sekcam")
                .isInstanceOf(AccessDeniedException.class);

        sebagai("admin");
        assertThatThrownBy(() -> service.simpanDraf(new SimpanDraf(
                        kesos,
                        new Periode(TAHUN_TERLARANG, Triwulan.I),
                        nilai("RASTRA", "1"),
                        null,
                        null,
                        draf.versi())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void isianBurukDitolakTanpaMengubahYangTersimpan() {
        sebagai("kasi.lh");
        Long pekerja = indikator(TAHUN_ISIAN_BURUK, "IKI-KASI-LH-1");
        SelTriwulan draf = service.simpanDraf(new SimpanDraf(
                pekerja,
                new Periode(TAHUN_ISIAN_BURUK, Triwulan.III),
                nilai("JUMLAH_PEKERJA", "12"),
                null,
                null,
                null));

        assertThatThrownBy(() -> simpan(pekerja, "-1", draf.versi())).hasMessageContaining("realisasi.nilai-negatif");
        assertThatThrownBy(() -> simpan(pekerja, "1000000000000000", draf.versi()))
                .hasMessageContaining("realisasi.nilai-terlalu-besar");
        assertThatThrownBy(() -> simpan(pekerja, "1.23456", draf.versi()))
                .hasMessageContaining("realisasi.desimal-terlalu-banyak");
        assertThatThrownBy(() -> service.simpanDraf(new SimpanDraf(
                        pekerja,
                        new Periode(TAHUN_ISIAN_BURUK, Triwulan.III),
                        nilai("JUMLAH_PEKERJA", "1"),
                        "x".repeat(RealisasiService.PANJANG_CATATAN_MAKS + 1),
                        null,
                        draf.versi())))
                .hasMessageContaining("realisasi.catatan-terlalu-panjang");
        assertThatThrownBy(() -> service.simpanDraf(new SimpanDraf(
                        pekerja, new Periode(2099, Triwulan.I), nilai("JUMLAH_PEKERJA", "1"), null, null, null)))
                .hasMessageContaining("realisasi.triwulan-belum-berjalan");

        assertThat(sel(TAHUN_ISIAN_BURUK, "IKI-KASI-LH-1", 3).nilai())
                .containsEntry("JUMLAH_PEKERJA", new BigDecimal("12.0000"));
    }

    @Test
    void penyebutNolTidakDapatDihitungDanBolehDiajukan() {
        sebagai("kasi.pemerintahan");
        Long kk = indikator(TAHUN_MENUNGGU, "IKI-KASI-PEM-2");
        SelTriwulan draf = service.simpanDraf(new SimpanDraf(
                kk,
                new Periode(TAHUN_MENUNGGU, Triwulan.I),
                nilai("KK_URUS_KK", "0", "JUMLAH_KK", "0"),
                null,
                null,
                null));
        assertThat(draf.realisasi()).isInstanceOf(Hasil.TidakDapatDihitung.class);
        service.ajukan(List.of(draf.realisasiId()));
        assertThat(sel(TAHUN_MENUNGGU, "IKI-KASI-PEM-2", 1).status()).isEqualTo(StatusRealisasi.DIAJUKAN);
    }

    @Test
    void duaPenyuntingSatuBarisTepatSatuKonflikTanpaKehilangan() throws Exception {
        sebagai("kasi.trantib");
        Long trantib = indikator(TAHUN_DUA_PENYUNTING, "IKI-KASI-TRANTIB-1");
        SelTriwulan awal = service.simpanDraf(new SimpanDraf(
                trantib,
                new Periode(TAHUN_DUA_PENYUNTING, Triwulan.IV),
                nilai("KEGIATAN_KANTRANTIBMAS", "5"),
                null,
                null,
                null));

        // both editors loaded version awal.versi(); they save at the same moment
        CountDownLatch mulai = new CountDownLatch(1);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Callable<SelTriwulan> penyunting = () -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            mulai.await();
            try {
                return service.simpanDraf(new SimpanDraf(
                        trantib,
                        new Periode(TAHUN_DUA_PENYUNTING, Triwulan.IV),
                        nilai(
                                "KEGIATAN_KANTRANTIBMAS",
                                String.valueOf(Thread.currentThread().threadId() % 90 + 10)),
                        null,
                        null,
                        awal.versi()));
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SelTriwulan>> hasil = List.of(pool.submit(penyunting), pool.submit(penyunting));
            mulai.countDown();
            int berhasil = 0;
            int konflik = 0;
            SelTriwulan tersimpan = null;
            for (Future<SelTriwulan> f : hasil) {
                try {
                    tersimpan = f.get();
                    berhasil++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause())
                            .isInstanceOfAny(
                                    ObjectOptimisticLockingFailureException.class, CannotAcquireLockException.class);
                    konflik++;
                }
            }
            assertThat(berhasil).isEqualTo(1);
            assertThat(konflik).isEqualTo(1);
            // no lost update: what is stored is exactly what the one successful editor saved
            assertThat(sel(TAHUN_DUA_PENYUNTING, "IKI-KASI-TRANTIB-1", 4).nilai())
                    .isEqualTo(tersimpan.nilai());
            assertThat(sel(TAHUN_DUA_PENYUNTING, "IKI-KASI-TRANTIB-1", 4).versi())
                    .isEqualTo(awal.versi() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void duaSimpananPertamaSerentakTepatSatuKonflik() throws Exception {
        sebagai("kasi.pemerintahan");
        Long data = indikator(TAHUN_SIMPANAN_PERTAMA, "IKI-KASI-PEM-4");
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch mulai = new CountDownLatch(1);
        Callable<SelTriwulan> penyunting = () -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            mulai.await();
            try {
                return service.simpanDraf(new SimpanDraf(
                        data,
                        new Periode(TAHUN_SIMPANAN_PERTAMA, Triwulan.III),
                        nilai("DATA_NON_KEPENDUDUKAN_SESUAI", "7"),
                        null,
                        null,
                        null));
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SelTriwulan>> hasil = List.of(pool.submit(penyunting), pool.submit(penyunting));
            mulai.countDown();
            int konflik = 0;
            for (Future<SelTriwulan> f : hasil) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ObjectOptimisticLockingFailureException.class);
                    konflik++;
                }
            }
            assertThat(konflik).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    static final int PENYUNTING = 16;
    static final int PERCOBAAN_PER_PENYUNTING = 25;

    /**
     * Many editors ({@value #PENYUNTING} threads, {@value #PERCOBAAN_PER_PENYUNTING} times each) add 1 to one komponen,
     * each loading the row, then saving with the version it loaded. Every save either commits or gets the conflict;
     * the stored count, the version and the audit history (Envers revisions of the row and of its komponen value)
     * all equal the number of commits. The same increments written without the version (a plain read-modify-write,
     * last write wins) do lose updates, so this check is shown able to fail. The figures are printed.
     */
    @Test
    void banyakPenyuntingTidakAdaPembaruanYangHilang() throws Exception {
        sebagai("kasubbag.perencanaan");
        Long dokumen = indikator(TAHUN_BANYAK_PENYUNTING, "IKI-KASUBBAG-PK-1");
        SelTriwulan awal = service.simpanDraf(new SimpanDraf(
                dokumen, new Periode(TAHUN_BANYAK_PENYUNTING, Triwulan.I), nilai("RENJA", "0"), null, null, null));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Callable<int[]> penyunting = () -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            int[] berhasilDanKonflik = new int[2];
            try {
                for (int i = 0; i < PERCOBAAN_PER_PENYUNTING; i++) {
                    SelTriwulan dimuat = sel(TAHUN_BANYAK_PENYUNTING, "IKI-KASUBBAG-PK-1", 1);
                    BigDecimal baru = dimuat.nilai().get("RENJA").add(BigDecimal.ONE);
                    try {
                        service.simpanDraf(new SimpanDraf(
                                dokumen,
                                new Periode(TAHUN_BANYAK_PENYUNTING, Triwulan.I),
                                Map.of("RENJA", baru),
                                null,
                                null,
                                dimuat.versi()));
                        berhasilDanKonflik[0]++;
                    } catch (ObjectOptimisticLockingFailureException konflik) {
                        berhasilDanKonflik[1]++;
                    }
                }
                return berhasilDanKonflik;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        int[] hasil = jalankanSerentak(penyunting);
        int berhasil = hasil[0];
        int konflik = hasil[1];
        SelTriwulan akhir = sel(TAHUN_BANYAK_PENYUNTING, "IKI-KASUBBAG-PK-1", 1);
        Long nilaiId = jdbc.queryForObject("""
                select n.id from nilai_komponen n join komponen k on k.id = n.komponen_id
                where n.realisasi_id = ? and k.kode = 'RENJA'""", Long.class, awal.realisasiId());
        // the first save (ADD) and one revision per commit
        long riwayatBaris = jdbc.queryForObject(
                "select count(distinct rev) from realisasi_aud where id = ?", Long.class, awal.realisasiId());
        long riwayatNilai = jdbc.queryForObject(
                "select count(distinct rev) from nilai_komponen_aud where id = ?", Long.class, nilaiId);

        // control: the same increments written without a version check lose updates (straight SQL on purpose: a
        // plain read-modify-write that bypasses the entity's version, which no service or repository would do)
        jdbc.update("update nilai_komponen set nilai = 0 where id = ?", nilaiId);
        Callable<int[]> tanpaVersi = () -> {
            for (int i = 0; i < PERCOBAAN_PER_PENYUNTING; i++) {
                BigDecimal dibaca =
                        jdbc.queryForObject("select nilai from nilai_komponen where id = ?", BigDecimal.class, nilaiId);
                Thread.sleep(1);
                jdbc.update("update nilai_komponen set nilai = ? where id = ?", dibaca.add(BigDecimal.ONE), nilaiId);
            }
            return new int[] {PERCOBAAN_PER_PENYUNTING, 0};
        };
        int ditulis = jalankanSerentak(tanpaVersi)[0];
        int kontrolAkhir = jdbc.queryForObject(
                        "select nilai from nilai_komponen where id = ?", BigDecimal.class, nilaiId)
                .intValueExact();

        System.out.printf(
                "Tanpa pembaruan hilang: %d penyunting x %d percobaan = %d simpan; %d berhasil, %d konflik; "
                        + "versi %d -> %d; RENJA %s; riwayat realisasi_aud %d revisi, nilai_komponen_aud %d revisi "
                        + "(1 awal + berhasil). Kontrol tanpa versi: %d tulis, nilai akhir %d, %d pembaruan hilang%n",
                PENYUNTING,
                PERCOBAAN_PER_PENYUNTING,
                PENYUNTING * PERCOBAAN_PER_PENYUNTING,
                berhasil,
                konflik,
                awal.versi(),
                akhir.versi(),
                akhir.nilai().get("RENJA").toPlainString(),
                riwayatBaris,
                riwayatNilai,
                ditulis,
                kontrolAkhir,
                ditulis - kontrolAkhir);

        assertThat(berhasil + konflik)
                .as("every save commits or is a conflict")
                .isEqualTo(PENYUNTING * PERCOBAAN_PER_PENYUNTING);
        assertThat(berhasil).isPositive();
        assertThat(konflik).as("the editors did meet").isPositive();
        assertThat(akhir.nilai().get("RENJA")).isEqualByComparingTo(String.valueOf(berhasil));
        assertThat(akhir.versi()).isEqualTo(awal.versi() + berhasil);
        assertThat(riwayatBaris).isEqualTo(1L + berhasil);
        assertThat(riwayatNilai).isEqualTo(1L + berhasil);
        assertThat(ditulis).isEqualTo(PENYUNTING * PERCOBAAN_PER_PENYUNTING);
        assertThat(kontrolAkhir).as("last write wins loses updates").isLessThan(ditulis);
    }

    /** Runs the task on {@value #PENYUNTING} threads at once and adds up what they count. */
    private static int[] jalankanSerentak(Callable<int[]> tugas) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PENYUNTING);
        CountDownLatch mulai = new CountDownLatch(1);
        try {
            List<Future<int[]>> hasil = new ArrayList<>();
            for (int i = 0; i < PENYUNTING; i++) {
                hasil.add(pool.submit(() -> {
                    mulai.await();
                    return tugas.call();
                }));
            }
            mulai.countDown();
            int[] jumlah = new int[2];
            for (Future<int[]> f : hasil) {
                int[] h = f.get();
                jumlah[0] += h[0];
                jumlah[1] += h[1];
            }
            return jumlah;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void versiLamaDitolakSebagaiKonflik() {
        sebagai("kasubbag.umum");
        Long adm = indikator(TAHUN_VERSI_LAMA, "IKI-KASUBBAG-UMUM-1");
        SelTriwulan awal = service.simpanDraf(new SimpanDraf(
                adm, new Periode(TAHUN_VERSI_LAMA, Triwulan.II), nilai("ADMINISTRASI_KANTOR", "4"), null, null, null));
        service.simpanDraf(new SimpanDraf(
                adm,
                new Periode(TAHUN_VERSI_LAMA, Triwulan.II),
                nilai("ADMINISTRASI_KANTOR", "5"),
                null,
                null,
                awal.versi()));
        assertThatThrownBy(() -> service.simpanDraf(new SimpanDraf(
                        adm,
                        new Periode(TAHUN_VERSI_LAMA, Triwulan.II),
                        nilai("ADMINISTRASI_KANTOR", "6"),
                        null,
                        null,
                        awal.versi())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(sel(TAHUN_VERSI_LAMA, "IKI-KASUBBAG-UMUM-1", 2).nilai())
                .containsEntry("ADMINISTRASI_KANTOR", new BigDecimal("5.0000"));
    }

    /**
     * A sample row of IKI-KASI-LH-1 in {@link #TAHUN_CONTOH}, written as demo/DataContoh writes one, as "sistem": its
     * value, and its history up to the given states by the owner (kasi.lh) and the verifikator (sekcam), days apart
     * in the month after the triwulan.
     */
    private Long barisContoh(int triwulan, String nilai, StatusRealisasi... langkah) {
        sebagai("kasi.lh");
        Long indikatorId = indikator(TAHUN_CONTOH, "IKI-KASI-LH-1");
        return SebagaiSistem.jalankan(() -> new TransactionTemplate(transactionManager).execute(status -> {
            Indikator indikator = indikatorRepository.findById(indikatorId).orElseThrow();
            Instant awal = LocalDate.of(TAHUN_CONTOH, 3 * triwulan, 1)
                    .plusMonths(1)
                    .atTime(9, 0)
                    .atZone(ZoneId.of("Asia/Jakarta"))
                    .toInstant();
            StatusRealisasi akhir = langkah[langkah.length - 1];
            Realisasi realisasi = Realisasi.contoh(
                    indikator,
                    new Periode(TAHUN_CONTOH, Triwulan.dari(triwulan)),
                    akhir,
                    akhir == StatusRealisasi.DRAF ? null : awal.plus(Duration.ofDays(1)),
                    null,
                    akhir == StatusRealisasi.DIKEMBALIKAN ? "Lampirkan daftar hadir." : null,
                    awal.plus(Duration.ofDays(langkah.length - 1)));
            realisasi
                    .getNilaiKomponen()
                    .add(new NilaiKomponen(realisasi, indikator.getKomponen().getFirst(), new BigDecimal(nilai)));
            realisasiRepository.save(realisasi);
            for (int i = 0; i < langkah.length; i++) {
                riwayatRepository.save(new RiwayatStatus(
                        realisasi,
                        i == 0 ? null : langkah[i - 1],
                        langkah[i],
                        langkah[i] == StatusRealisasi.DIKEMBALIKAN ? "sekcam" : "kasi.lh",
                        awal.plus(Duration.ofDays(i)),
                        langkah[i] == StatusRealisasi.DIKEMBALIKAN ? "Lampirkan daftar hadir." : null));
            }
            return realisasi.getId();
        }));
    }

    private void ajukan(int tahun, int triwulan, String kode, Map<String, BigDecimal> nilai) {
        Periode periode = new Periode(tahun, Triwulan.dari(triwulan));
        SelTriwulan draf = service.simpanDraf(new SimpanDraf(indikator(tahun, kode), periode, nilai, null, null, null));
        service.ajukan(List.of(draf.realisasiId()));
    }

    private void simpan(Long indikatorId, String nilai, long versi) {
        service.simpanDraf(new SimpanDraf(
                indikatorId,
                new Periode(TAHUN_ISIAN_BURUK, Triwulan.III),
                nilai("JUMLAH_PEKERJA", nilai),
                null,
                null,
                versi));
    }

    private Long indikator(int tahun, String kode) {
        return service.kinerjaSaya(tahun).stream()
                .filter(b -> b.kode().equals(kode))
                .findFirst()
                .orElseThrow()
                .indikatorId();
    }

    private SelTriwulan sel(int tahun, String kode, int triwulan) {
        return service.kinerjaSaya(tahun).stream()
                .filter(b -> b.kode().equals(kode))
                .findFirst()
                .orElseThrow()
                .sel(Triwulan.dari(triwulan));
    }

    private void sebagai(String username) {
        UserDetails pengguna = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(pengguna, null, pengguna.getAuthorities()));
    }

    private static Map<String, BigDecimal> nilai(String... kodeDanNilai) {
        Map<String, BigDecimal> hasil = new HashMap<>();
        for (int i = 0; i < kodeDanNilai.length; i += 2) {
            hasil.put(kodeDanNilai[i], new BigDecimal(kodeDanNilai[i + 1]));
        }
        return hasil;
    }
}
