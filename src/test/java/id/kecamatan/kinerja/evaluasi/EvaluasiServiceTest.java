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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Meral's self-assessment of {@link #TAHUN} (a year this class claims) on the default LKE of PermenPANRB 88/2021,
 * 80 kriteria: opened by the Sekcam, answered, scored; bad answers refused with the kriteria named, two screens
 * meeting as a conflict, the Camat reading only, a Kasi with nothing assigned seeing no kriteria. Expected figures by hand: every kriteria at the top of its scale is
 * 100,00 (AA); 1.a.1 answered T instead of Y takes away its share of 1.a (6 points / 6 kriteria = 1,00): 99,00.
 */
@UjiTerpadu
class EvaluasiServiceTest {

    static final int TAHUN = TahunUji.milik(EvaluasiServiceTest.class, 2007);

    @Autowired
    EvaluasiService service;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void sekcamMembukaMenjawabDanNilaiMengikutiJawaban() {
        LembarEvaluasi lembar = terbuka();
        assertThat(lembar.jumlahKriteria()).isEqualTo(80);
        assertThat(lembar.komponen())
                .extracting(EvaluasiService.BarisKomponen::bobot)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("15"), new BigDecimal("25"));

        for (BarisKriteria k : lembar.semuaKriteria()) {
            if (k.usulan() == null || !k.usulan().equals(k.pilihan().getFirst())) {
                service.jawab(new JawabKriteria(
                        lembar.evaluasiId(), k.kode(), k.pilihan().getFirst(), null, k.versi()));
            }
        }
        lembar = service.lembar(TAHUN).orElseThrow();
        assertThat(lembar.mandiri().belum()).isZero();
        assertThat(lembar.mandiri().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("100.00")));
        assertThat(lembar.mandiri().predikat()).isEqualTo("AA");
        assertThat(lembar.peningkatan()).isEmpty();

        BarisKriteria pertama = EvaluasiUji.kriteria(lembar, "1.a.1");
        service.jawab(new JawabKriteria(
                lembar.evaluasiId(), "1.a.1", "T", "Dokumen Renstra belum diunggah", pertama.versi()));
        lembar = service.lembar(TAHUN).orElseThrow();
        assertThat(lembar.mandiri().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("99.00")));
        assertThat(lembar.mandiri().predikat()).isEqualTo("AA");
        assertThat(EvaluasiUji.kriteria(lembar, "1.a.1").justifikasi()).isEqualTo("Dokumen Renstra belum diunggah");
        assertThat(EvaluasiUji.kriteria(lembar, "1.a.1").oleh()).contains("Sekretaris Camat");
        // the one answer below the top is the one step that raises the score, by what it took away
        assertThat(lembar.peningkatan()).singleElement().satisfies(p -> {
            assertThat(p.kriteria()).isEqualTo("1.a.1");
            assertThat(p.dari() + "→" + p.ke()).isEqualTo("T→Y");
            assertThat(p.tambahan()).isEqualByComparingTo("1.00");
        });

        // clearing an answer makes it belum dinilai again: the total has no number, never a 0 for it
        service.jawab(new JawabKriteria(
                lembar.evaluasiId(),
                "1.a.1",
                "",
                null,
                EvaluasiUji.kriteria(lembar, "1.a.1").versi()));
        lembar = service.lembar(TAHUN).orElseThrow();
        assertThat(lembar.mandiri().belum()).isEqualTo(1);
        assertThat(lembar.mandiri().nilai()).isInstanceOf(Hasil.BelumDiisi.class);
        assertThat(lembar.mandiri().predikat()).isNull();
    }

    /** The portal's own data beside the kriteria that name it: Meral has 2 IKU and 18 indicators, none approved in 2007. */
    @Test
    void kriteriaYangMenunjukDataPortalMenampilkannya() {
        LembarEvaluasi lembar = terbuka();
        List<BarisKriteria> semua = lembar.semuaKriteria();

        BarisKriteria iku = semua.stream()
                .filter(k -> "IKU_DITETAPKAN".equals(k.sumberData()))
                .findFirst()
                .orElseThrow();
        assertThat(iku.bukti()).isNotNull();
        assertThat(iku.bukti().kunciPesan()).isEqualTo("evaluasi.bukti.IKU_DITETAPKAN");
        assertThat(iku.bukti().argumen()).containsExactly(2);
        assertThat(iku.bukti().tautan()).isEqualTo("iku");
        BarisKriteria realisasi = semua.stream()
                .filter(k -> "REALISASI_TRIWULANAN".equals(k.sumberData()))
                .findFirst()
                .orElseThrow();
        assertThat(realisasi.bukti().argumen()).containsExactly(TAHUN, 0, 0, 0, 0, 18);
        BarisKriteria terbit = semua.stream()
                .filter(k -> "DOKUMEN_TERBIT".equals(k.sumberData()))
                .findFirst()
                .orElseThrow();
        assertThat(terbit.bukti().argumen()).containsExactly(0);
        assertThat(EvaluasiUji.kriteria(lembar, "1.a.1").bukti()).isNull();
    }

    @Test
    void jawabanSalahDitolakDenganKriterianyaDanTidakMenyimpanApaPun() {
        LembarEvaluasi lembar = terbuka();
        long id = lembar.evaluasiId();
        long versi = EvaluasiUji.kriteria(lembar, "1.b.1").versi();

        assertThatThrownBy(() -> service.jawab(new JawabKriteria(id, "1.b.1", "Y", null, versi)))
                .isInstanceOfSatisfying(AturanDilanggar.class, e -> {
                    assertThat(e.getKunciPesan()).isEqualTo("evaluasi.jawaban-tidak-sah");
                    assertThat(e.getArgumen()).containsExactly("1.b.1", "Y", "A, B, C, D, E");
                });
        assertThatThrownBy(
                        () -> service.jawab(new JawabKriteria(id, "9.z.9", "A", null, EvaluasiService.BELUM_DIJAWAB)))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.kriteria-tidak-ada"));
        assertThatThrownBy(() -> service.jawab(new JawabKriteria(
                        id, "1.b.1", "A", "x".repeat(EvaluasiService.PANJANG_JUSTIFIKASI + 1), versi)))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.justifikasi-terlalu-panjang"));
        assertThat(EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "1.b.1")
                        .versi())
                .isEqualTo(versi);

        assertThatThrownBy(() -> service.buka(TAHUN))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.sudah-dibuka"));
        assertThatThrownBy(() -> service.buka(1999))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.tahun-tidak-sah"));
    }

    /** Two screens loaded the same answer: the first save wins, the second is a conflict, not an overwrite. */
    @Test
    void duaLayarYangMenyimpanJawabanSamaBertemuSebagaiKonflik() {
        LembarEvaluasi lembar = terbuka();
        BarisKriteria k = EvaluasiUji.kriteria(lembar, "2.c.1");

        service.jawab(new JawabKriteria(lembar.evaluasiId(), "2.c.1", "B", "layar pertama", k.versi()));

        assertThatThrownBy(() ->
                        service.jawab(new JawabKriteria(lembar.evaluasiId(), "2.c.1", "E", "layar kedua", k.versi())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "2.c.1")
                        .justifikasi())
                .isEqualTo("layar pertama");
    }

    /** Nothing of 2007 is assigned: a Kasi gets the office's scores and no kriteria, and answers none. */
    @Test
    void camatDanAdminMembacaSajaKasiTanpaTugasTidakMelihatKriteria() {
        terbuka();
        MasukSebagai.pengguna(userDetailsService, "camat");
        LembarEvaluasi lembar = service.lembar(TAHUN).orElseThrow();
        assertThat(lembar.bolehMenjawab()).isFalse();
        assertThat(service.bolehMembuka()).isFalse();
        assertThatThrownBy(() -> service.jawab(
                        new JawabKriteria(lembar.evaluasiId(), "1.a.1", "Y", null, EvaluasiService.BELUM_DIJAWAB)))
                .isInstanceOf(AccessDeniedException.class);

        MasukSebagai.pengguna(userDetailsService, "admin");
        assertThat(service.lembar(TAHUN)).isPresent();

        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        LembarEvaluasi kasi = service.lembar(TAHUN).orElseThrow();
        assertThat(kasi.hanyaTugasSaya()).isTrue();
        assertThat(kasi.jumlahKriteria()).isEqualTo(80);
        assertThat(kasi.semuaKriteria()).isEmpty();
        assertThat(kasi.peningkatan()).isEmpty();
        assertThat(service.bolehMembuka()).isFalse();
        assertThatThrownBy(() -> service.jawab(
                        new JawabKriteria(lembar.evaluasiId(), "1.a.1", "Y", null, EvaluasiService.BELUM_DIJAWAB)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The Sekcam signed in, Meral's evaluation of {@link #TAHUN} opened once (by whichever test runs first). */
    private LembarEvaluasi terbuka() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        synchronized (EvaluasiServiceTest.class) {
            if (service.lembar(TAHUN).isEmpty()) {
                service.buka(TAHUN);
            }
        }
        return service.lembar(TAHUN).orElseThrow();
    }
}
