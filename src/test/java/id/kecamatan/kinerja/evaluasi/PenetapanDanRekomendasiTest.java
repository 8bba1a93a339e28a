package id.kecamatan.kinerja.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TetapkanKriteria;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.BarisRekomendasi;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.CatatTindakLanjut;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.TulisRekomendasi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The evaluation of Meral's self-assessment: the Inspektorat's evaluator (demo account "evaluator") or, internally,
 * the Sekcam sets the final answers beside the office's own, and writes recommendations the office follows up.
 * Expected figures by hand as in {@link EvaluasiServiceTest}: every kriteria at the top of its scale is 100,00 (AA);
 * 1.a.1 at T instead of Y takes away 6 points / 6 kriteria = 1,00: 99,00.
 */
@UjiTerpadu
class PenetapanDanRekomendasiTest {

    /** The evaluation the evaluator sets wholly. */
    static final int TAHUN_APIP = TahunUji.bebas(PenetapanDanRekomendasiTest.class);

    /** The evaluation the Sekcam sets internally. */
    static final int TAHUN_INTERNAL = TahunUji.bebas(PenetapanDanRekomendasiTest.class);

    /** The evaluation whose recommendations are followed up. */
    static final int TAHUN_REKOMENDASI = TahunUji.bebas(PenetapanDanRekomendasiTest.class);

    @Autowired
    EvaluasiService service;

    @Autowired
    RekomendasiService rekomendasiService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    Clock clock;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void evaluatorMenetapkanNilaiHasilEvaluasiDanJawabanKantorTetapTersimpan() {
        long id = EvaluasiUji.buka(ctx, "MERAL", TAHUN_APIP);
        sebagai("sekcam");
        for (BarisKriteria k : lembar(TAHUN_APIP).semuaKriteria()) {
            service.jawab(new JawabKriteria(id, k.kode(), k.pilihan().getFirst(), null, k.versi()));
        }

        sebagai("evaluator");
        LembarEvaluasi lembar = lembar(TAHUN_APIP);
        assertThat(lembar.bolehMenetapkan()).isTrue();
        assertThat(lembar.bolehMenjawab()).isFalse();
        assertThat(lembar.mandiri().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("100.00")));
        // nothing set yet: the evaluation's total has no number, never 0
        assertThat(lembar.hasilEvaluasi().belum()).isEqualTo(80);
        assertThat(lembar.hasilEvaluasi().nilai()).isInstanceOf(Hasil.BelumDiisi.class);

        assertThat(service.tetapkanSesuaiUsulan(id)).isEqualTo(80);
        assertThat(service.tetapkanSesuaiUsulan(id)).isZero();
        lembar = lembar(TAHUN_APIP);
        assertThat(lembar.hasilEvaluasi().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("100.00")));
        assertThat(lembar.hasilEvaluasi().predikat()).isEqualTo("AA");

        service.tetapkan(new TetapkanKriteria(
                id,
                "1.a.1",
                "T",
                "Renstra tidak dapat ditunjukkan",
                EvaluasiUji.kriteria(lembar, "1.a.1").versi()));
        lembar = lembar(TAHUN_APIP);
        assertThat(lembar.hasilEvaluasi().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("99.00")));
        assertThat(lembar.mandiri().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("100.00")));
        BarisKriteria k = EvaluasiUji.kriteria(lembar, "1.a.1");
        assertThat(k.usulan()).isEqualTo("Y");
        assertThat(k.penetapan().jawaban()).isEqualTo("T");
        assertThat(k.penetapan().catatan()).isEqualTo("Renstra tidak dapat ditunjukkan");
        assertThat(k.penetapan().apip()).isTrue();
        assertThat(k.penetapan().oleh()).contains("Evaluator APIP");
        // what raises the grade now is undoing the evaluator's step down
        assertThat(lembar.peningkatan())
                .singleElement()
                .satisfies(p -> assertThat(p.kriteria()).isEqualTo("1.a.1"));
        assertThatThrownBy(() ->
                        service.tetapkan(new TetapkanKriteria(id, "1.b.1", "Y", null, versi(TAHUN_APIP, "1.b.1"))))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.jawaban-tidak-sah"));
        assertThatThrownBy(() -> service.jawab(new JawabKriteria(id, "1.a.1", "T", null, versi(TAHUN_APIP, "1.a.1"))))
                .isInstanceOf(AccessDeniedException.class);

        // the Sekcam reads the evaluator's answers but does not change them
        sebagai("sekcam");
        assertThat(EvaluasiUji.kriteria(lembar(TAHUN_APIP), "1.a.1").penetapan().bolehDiubah())
                .isFalse();
        assertThatThrownBy(() ->
                        service.tetapkan(new TetapkanKriteria(id, "1.a.1", "Y", null, versi(TAHUN_APIP, "1.a.1"))))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.penetapan-apip"));
        assertThat(EvaluasiUji.kriteria(lembar(TAHUN_APIP), "1.a.1").penetapan().jawaban())
                .isEqualTo("T");

        sebagai("camat");
        assertThat(lembar(TAHUN_APIP).bolehMenetapkan()).isFalse();
        assertThatThrownBy(() ->
                        service.tetapkan(new TetapkanKriteria(id, "1.a.1", "Y", null, versi(TAHUN_APIP, "1.a.1"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sekcamMenetapkanUntukEvaluasiInternalEvaluatorBolehMengubahnya() {
        long id = EvaluasiUji.buka(ctx, "MERAL", TAHUN_INTERNAL);
        sebagai("sekcam");
        service.jawab(new JawabKriteria(id, "2.a.1", "Y", "ada", EvaluasiService.BELUM_DIJAWAB));
        service.tetapkan(new TetapkanKriteria(id, "2.a.1", "Y", null, versi(TAHUN_INTERNAL, "2.a.1")));
        BarisKriteria k = EvaluasiUji.kriteria(lembar(TAHUN_INTERNAL), "2.a.1");
        assertThat(k.penetapan().apip()).isFalse();
        assertThat(k.penetapan().bolehDiubah()).isTrue();
        // a final answer to a kriteria the office left open: the row is made for it
        service.tetapkan(new TetapkanKriteria(id, "2.a.2", "T", null, EvaluasiService.BELUM_DIJAWAB));
        assertThat(EvaluasiUji.kriteria(lembar(TAHUN_INTERNAL), "2.a.2").usulan())
                .isNull();

        // a save loaded before another one is a conflict, not an overwrite
        long lama = versi(TAHUN_INTERNAL, "2.a.1");
        service.tetapkan(new TetapkanKriteria(id, "2.a.1", "T", "pertama", lama));
        assertThatThrownBy(() -> service.tetapkan(new TetapkanKriteria(id, "2.a.1", "Y", "kedua", lama)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        sebagai("evaluator");
        service.tetapkan(new TetapkanKriteria(id, "2.a.1", "Y", "diperiksa APIP", versi(TAHUN_INTERNAL, "2.a.1")));
        assertThat(EvaluasiUji.kriteria(lembar(TAHUN_INTERNAL), "2.a.1")
                        .penetapan()
                        .apip())
                .isTrue();
    }

    @Test
    void rekomendasiDitindaklanjutiKantorDenganBatasWaktuDanStatus() {
        long id = EvaluasiUji.buka(ctx, "MERAL", TAHUN_REKOMENDASI);
        sebagai("evaluator");
        long rekomendasiId = rekomendasiService.tulis(
                new TulisRekomendasi(id, null, "1.a.1", "Unggah Renstra yang ditandatangani", 0));
        assertThatThrownBy(() -> rekomendasiService.tulis(new TulisRekomendasi(id, null, "9.z.9", "x", 0)))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.kriteria-tidak-ada"));
        assertThatThrownBy(() -> rekomendasiService.tulis(new TulisRekomendasi(id, null, null, "  ", 0)))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("rekomendasi.isi-wajib"));
        BarisRekomendasi r = satu();
        assertThat(r.dariApip()).isTrue();
        assertThat(r.bolehDiubah()).isTrue();
        assertThat(r.status()).isEqualTo(StatusTindakLanjut.BELUM);

        sebagai("sekcam");
        assertThat(satu().bolehDiubah()).isFalse();
        ditolak(
                () -> rekomendasiService.tulis(new TulisRekomendasi(id, rekomendasiId, "1.a.1", "diubah", versiR())),
                "rekomendasi.bukan-penulis");
        ditolak(
                () -> rekomendasiService.catatTindakLanjut(new CatatTindakLanjut(
                        rekomendasiId, "Renstra diunggah", null, StatusTindakLanjut.PROSES, versiR())),
                "rekomendasi.batas-waktu-wajib");
        LocalDate kemarin = LocalDate.now(clock).minusDays(1);
        ditolak(
                () -> rekomendasiService.catatTindakLanjut(
                        new CatatTindakLanjut(rekomendasiId, " ", kemarin, StatusTindakLanjut.PROSES, versiR())),
                "rekomendasi.tindak-lanjut-wajib");
        long versi = versiR();
        rekomendasiService.catatTindakLanjut(
                new CatatTindakLanjut(rekomendasiId, "Renstra dipindai", kemarin, StatusTindakLanjut.PROSES, versi));
        assertThatThrownBy(() -> rekomendasiService.catatTindakLanjut(
                        new CatatTindakLanjut(rekomendasiId, "layar lain", kemarin, StatusTindakLanjut.BELUM, versi)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        r = satu();
        assertThat(r.tindakLanjut()).isEqualTo("Renstra dipindai");
        assertThat(r.status()).isEqualTo(StatusTindakLanjut.PROSES);
        // due yesterday and not done
        assertThat(r.terlambat()).isTrue();

        sebagai("evaluator");
        assertThat(satu().bolehDiubah()).isFalse();
        ditolak(() -> rekomendasiService.hapus(rekomendasiId, versiR()), "rekomendasi.sudah-ditindaklanjuti");

        sebagai("sekcam");
        rekomendasiService.catatTindakLanjut(new CatatTindakLanjut(
                rekomendasiId, "Renstra diunggah ke portal", kemarin, StatusTindakLanjut.SELESAI, versiR()));
        assertThat(satu().terlambat()).isFalse();
        assertThat(satu().status()).isEqualTo(StatusTindakLanjut.SELESAI);

        sebagai("camat");
        assertThat(satu().isi()).isEqualTo("Unggah Renstra yang ditandatangani");
        assertThatThrownBy(() -> rekomendasiService.tulis(new TulisRekomendasi(id, null, null, "x", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rekomendasiService.catatTindakLanjut(
                        new CatatTindakLanjut(rekomendasiId, "x", kemarin, StatusTindakLanjut.SELESAI, versiR())))
                .isInstanceOf(AccessDeniedException.class);

        // the Sekcam's own recommendation of an internal evaluation: written and withdrawn by the Sekcam
        sebagai("sekcam");
        long internal = rekomendasiService.tulis(new TulisRekomendasi(id, null, null, "Rapat evaluasi triwulanan", 0));
        BarisRekomendasi milikSekcam = lembar(TAHUN_REKOMENDASI).rekomendasi().getLast();
        assertThat(milikSekcam.dariApip()).isFalse();
        assertThat(milikSekcam.bolehDiubah()).isTrue();
        rekomendasiService.hapus(internal, milikSekcam.versi());
        assertThat(lembar(TAHUN_REKOMENDASI).rekomendasi()).hasSize(1);
    }

    private void sebagai(String username) {
        MasukSebagai.pengguna(userDetailsService, username);
    }

    private LembarEvaluasi lembar(int tahun) {
        return service.lembar(tahun).orElseThrow();
    }

    private BarisRekomendasi satu() {
        return lembar(TAHUN_REKOMENDASI).rekomendasi().getFirst();
    }

    private long versiR() {
        return satu().versi();
    }

    private long versi(int tahun, String kode) {
        return EvaluasiUji.kriteria(lembar(tahun), kode).versi();
    }

    private static void ditolak(Runnable aksi, String kunci) {
        Consumer<AturanDilanggar> kunciSama = e -> assertThat(e.getKunciPesan()).isEqualTo(kunci);
        assertThatThrownBy(aksi::run).isInstanceOfSatisfying(AturanDilanggar.class, kunciSama);
    }
}
