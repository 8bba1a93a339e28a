package id.kecamatan.kinerja.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TetapkanKriteria;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService.KeadaanUsulan;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService.BarisPengaturan;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService.UbahIndikator;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.rencana.KecamatanUji;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Evaluasi AKIP's total proposed as the realisasi of Triwulan IV of the IKU marked "diisi dari Evaluasi AKIP", in a
 * kecamatan of this class's own (Meral's plan, so IKU-AKIP of the Camat is marked), each test in a year of its own
 * (past years: their Triwulan IV has started, so the realisasi service accepts it). Expected figure by hand: every
 * kriteria at the top of its scale but 1.a.1 answered T is 99,00 (AA; see EvaluasiServiceTest).
 */
@UjiTerpadu
class UsulanNilaiAkipServiceTest {

    private static final String KODE = InstansiUji.milik(UsulanNilaiAkipServiceTest.class, "UJI-AKIP");

    private static final BigDecimal NILAI = new BigDecimal("99.00");

    @Autowired
    UsulanNilaiAkipService service;

    @Autowired
    EvaluasiService evaluasiService;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    PengaturanIndikatorService pengaturanIndikatorService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationContext ctx;

    private String camat;
    private String sekcam;

    @BeforeEach
    void akun() {
        camat = KecamatanUji.akun(ctx, KODE, "CAMAT", "Camat Uji Akip");
        sekcam = KecamatanUji.akun(ctx, KODE, "SEKCAM", "Sekcam Uji Akip");
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void camatMengusulkanNilaiYangMasukPersetujuanBiasaDanDapatDiusulkanLagiSetelahDikembalikan() {
        int tahun = 2021;
        long evaluasi = evaluasiLengkap(tahun);

        MasukSebagai.pengguna(userDetailsService, camat);
        KeadaanUsulan keadaan = service.keadaan(tahun);
        assertThat(keadaan.evaluasiId()).isEqualTo(evaluasi);
        assertThat(keadaan.iku()).isNotNull();
        assertThat(keadaan.iku().kode()).isEqualTo("IKU-AKIP");
        assertThat(keadaan.iku().jabatanPemilik()).isEqualTo("Camat Meral");
        assertThat(keadaan.iku().milikSaya()).isTrue();
        assertThat(keadaan.realisasi().status()).isNull();
        assertThat(keadaan.nilaiUsulan()).isEqualTo(new Hasil.Nilai(NILAI));
        assertThat(keadaan.predikat()).isEqualTo("AA");
        assertThat(keadaan.bolehDiusulkan()).isTrue();

        long id = service.usulkan(evaluasi, NILAI, null);

        SelTriwulan sel = triwulanIv(tahun);
        assertThat(sel.realisasiId()).isEqualTo(id);
        assertThat(sel.status()).isEqualTo(StatusRealisasi.DIAJUKAN);
        assertThat(sel.nilai()).containsExactly(Map.entry("NILAI_AKIP", new BigDecimal("99.0000")));
        assertThat(sel.keterangan()).isEqualTo("Nilai AKIP dari Evaluasi AKIP " + tahun + ": 99,00 (AA)");
        // it waits for its verifikator (the Camat approves the Camat's own rows) as any submission does
        assertThat(realisasiService.kotakMasuk())
                .anySatisfy(b -> assertThat(b.realisasiId()).isEqualTo(id));
        KeadaanUsulan diajukan = service.keadaan(tahun);
        assertThat(diajukan.realisasi().status()).isEqualTo(StatusRealisasi.DIAJUKAN);
        assertThat(diajukan.realisasi().nilai()).isEqualTo(new Hasil.Nilai(NILAI));
        assertThat(diajukan.bolehDiusulkan()).isFalse();
        assertThat(diajukan.halangan()).isEqualTo("evaluasi.usulan.sudah-diajukan");
        assertDitolak(() -> service.usulkan(evaluasi, NILAI, sel.versi()), "evaluasi.usulan.sudah-diajukan");

        // returned by its verifikator: proposed again, over the returned row's version
        realisasiService.kembalikan(id, "Lampirkan laporan hasil evaluasi");
        KeadaanUsulan dikembalikan = service.keadaan(tahun);
        assertThat(dikembalikan.realisasi().status()).isEqualTo(StatusRealisasi.DIKEMBALIKAN);
        assertThat(dikembalikan.bolehDiusulkan()).isTrue();
        assertThat(service.usulkan(evaluasi, NILAI, dikembalikan.realisasi().versi()))
                .isEqualTo(id);
        assertThat(triwulanIv(tahun).status()).isEqualTo(StatusRealisasi.DIAJUKAN);

        realisasiService.setujui(List.of(id));
        assertThat(service.keadaan(tahun).halangan()).isEqualTo("evaluasi.usulan.sudah-disetujui");
        assertDitolak(
                () -> service.usulkan(evaluasi, NILAI, triwulanIv(tahun).versi()), "evaluasi.usulan.sudah-disetujui");

        // reopened: open to a new proposal again
        realisasiService.bukaKembali(id, "Nilai evaluasi dikoreksi");
        SelTriwulan dibuka = triwulanIv(tahun);
        service.usulkan(evaluasi, NILAI, dibuka.versi());
        assertThat(triwulanIv(tahun).status()).isEqualTo(StatusRealisasi.DIAJUKAN);
    }

    @Test
    void bukanPemilikIkuDitolak() {
        int tahun = 2022;
        long evaluasi = evaluasiLengkap(tahun);

        MasukSebagai.pengguna(userDetailsService, sekcam);
        KeadaanUsulan keadaan = service.keadaan(tahun);
        assertThat(keadaan.iku().milikSaya()).isFalse();
        assertThat(keadaan.halangan()).isEqualTo("evaluasi.usulan.bukan-pemilik");
        assertThat(keadaan.argumenHalangan()).containsExactly("Camat Meral");
        assertThatThrownBy(() -> service.usulkan(evaluasi, NILAI, null)).isInstanceOf(AccessDeniedException.class);

        MasukSebagai.pengguna(userDetailsService, camat);
        assertThat(triwulanIvAtauKosong(tahun)).isNull();
    }

    @Test
    void kriteriaYangBelumDitetapkanMenolakUsulanDenganJumlahnya() {
        int tahun = 2023;
        MasukSebagai.pengguna(userDetailsService, sekcam);
        long evaluasi = evaluasiService.buka(tahun);
        long versi =
                evaluasiService.jawab(new JawabKriteria(evaluasi, "1.a.1", "Y", null, EvaluasiService.BELUM_DIJAWAB));
        // the office's answer alone is not the result: only the final answers count
        evaluasiService.jawab(new JawabKriteria(evaluasi, "1.a.2", "Y", null, EvaluasiService.BELUM_DIJAWAB));
        evaluasiService.tetapkan(new TetapkanKriteria(evaluasi, "1.a.1", "Y", null, versi));

        MasukSebagai.pengguna(userDetailsService, camat);
        KeadaanUsulan keadaan = service.keadaan(tahun);
        assertThat(keadaan.nilaiUsulan()).isInstanceOf(Hasil.BelumDiisi.class);
        assertThat(keadaan.halangan()).isEqualTo("evaluasi.usulan.belum-ditetapkan");
        assertThat(keadaan.argumenHalangan()).containsExactly(79, 80);
        assertThatThrownBy(() -> service.usulkan(evaluasi, BigDecimal.ZERO, null))
                .isInstanceOfSatisfying(AturanDilanggar.class, e -> {
                    assertThat(e.getKunciPesan()).isEqualTo("evaluasi.usulan.belum-ditetapkan");
                    assertThat(e.getArgumen()).containsExactly(79, 80);
                });
        assertThat(triwulanIvAtauKosong(tahun)).isNull();
    }

    @Test
    void nilaiYangBerubahSejakDilihatDanTanpaIkuDitandaiDitolak() {
        int tahun = 2024;
        long evaluasi = evaluasiLengkap(tahun);

        MasukSebagai.pengguna(userDetailsService, camat);
        assertDitolak(() -> service.usulkan(evaluasi, new BigDecimal("100.00"), null), "evaluasi.usulan.nilai-berubah");
        assertThat(triwulanIvAtauKosong(tahun)).isNull();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            MasukSebagai.pengguna(userDetailsService, sekcam);
            BarisPengaturan akip = pengaturanIndikatorService.daftar().stream()
                    .filter(b -> b.kode().equals("IKU-AKIP"))
                    .findFirst()
                    .orElseThrow();
            pengaturanIndikatorService.simpan(new UbahIndikator(
                    akip.id(),
                    akip.versi(),
                    akip.formula(),
                    akip.agregasi(),
                    akip.polaritas(),
                    akip.rumus(),
                    akip.bobot(),
                    false));
            MasukSebagai.pengguna(userDetailsService, camat);
            KeadaanUsulan keadaan = service.keadaan(tahun);
            assertThat(keadaan.iku()).isNull();
            assertThat(keadaan.halangan()).isEqualTo("evaluasi.usulan.tanpa-iku");
            assertDitolak(() -> service.usulkan(evaluasi, NILAI, null), "evaluasi.usulan.tanpa-iku");
        });
    }

    private long evaluasiLengkap(int tahun) {
        long id = EvaluasiUji.dinilai99(ctx, sekcam, tahun);
        MasukSebagai.pengguna(userDetailsService, sekcam);
        assertThat(evaluasiService.lembar(tahun).orElseThrow().hasilEvaluasi().nilai())
                .isEqualTo(new Hasil.Nilai(NILAI));
        MasukSebagai.keluar();
        return id;
    }

    private SelTriwulan triwulanIv(int tahun) {
        SelTriwulan sel = triwulanIvAtauKosong(tahun);
        assertThat(sel).isNotNull();
        return sel;
    }

    /** The signed-in Camat's own IKU-AKIP in Triwulan IV. */
    private @Nullable SelTriwulan triwulanIvAtauKosong(int tahun) {
        return realisasiService.kinerjaSaya(tahun).stream()
                .filter(b -> b.kode().equals("IKU-AKIP"))
                .findFirst()
                .orElseThrow()
                .sel(Triwulan.IV);
    }

    private static void assertDitolak(Runnable panggilan, String kunci) {
        assertThatThrownBy(panggilan::run)
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo(kunci));
    }
}
