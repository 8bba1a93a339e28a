package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An evaluation written through the repository, for tests that need one in a year or an instansi the Sekcam's
 * {@link EvaluasiService#buka} would refuse or cannot reach (a year not started, another kecamatan without accounts),
 * with kriteria assigned and files attached the same way.
 */
public final class EvaluasiUji {

    private EvaluasiUji() {}

    /**
     * A recommendation of the evaluator (dariApip) on an evaluation, without follow-up, created once per evaluation;
     * returns its id.
     */
    public static synchronized long rekomendasi(ApplicationContext ctx, long evaluasiId) {
        RekomendasiEvaluasiRepository repository = ctx.getBean(RekomendasiEvaluasiRepository.class);
        return repository.findByEvaluasiIdOrderById(evaluasiId).stream()
                .findFirst()
                .orElseGet(() -> repository.save(new RekomendasiEvaluasi(
                        ctx.getBean(EvaluasiAkipRepository.class).getReferenceById(evaluasiId),
                        "1.a.1",
                        "uji",
                        true,
                        "uji",
                        ctx.getBean(Clock.class).instant())))
                .idTersimpan();
    }

    /** The instansi's evaluation of {@code tahun} on the default LKE, created once; returns its id. */
    public static synchronized long buka(ApplicationContext ctx, String kodeInstansi, int tahun) {
        var instansi =
                ctx.getBean(InstansiRepository.class).findByKode(kodeInstansi).orElseThrow();
        EvaluasiAkipRepository repository = ctx.getBean(EvaluasiAkipRepository.class);
        return repository
                .findByInstansiIdAndTahun(instansi.getId(), tahun)
                .orElseGet(() -> repository.save(new EvaluasiAkip(
                        instansi,
                        tahun,
                        PembacaLke.BAKU,
                        "uji",
                        ctx.getBean(Clock.class).instant())))
                .idTersimpan();
    }

    /** Assigns a kriteria of the evaluation to the jabatan of that kode in the evaluation's instansi, once. */
    public static synchronized void tugaskan(
            ApplicationContext ctx, long evaluasiId, String kriteria, String kodeJabatan) {
        JawabanKriteriaRepository jawaban = ctx.getBean(JawabanKriteriaRepository.class);
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            EvaluasiAkip evaluasi = ctx.getBean(EvaluasiAkipRepository.class)
                    .findById(evaluasiId)
                    .orElseThrow();
            var jabatan = ctx.getBean(JabatanRepository.class)
                    .findByInstansiIdAndKode(evaluasi.getInstansi().getId(), kodeJabatan)
                    .orElseThrow();
            JawabanKriteria j = jawaban.findByEvaluasiIdAndKriteria(evaluasiId, kriteria)
                    .orElseGet(() -> new JawabanKriteria(
                            evaluasi, kriteria, "uji", ctx.getBean(Clock.class).instant()));
            j.tugaskan(jabatan);
            jawaban.save(j);
        });
    }

    /** A PDF attached to a kriteria of the evaluation, once; returns its id. */
    public static synchronized long bukti(ApplicationContext ctx, long evaluasiId, String kriteria) {
        BuktiKriteriaRepository bukti = ctx.getBean(BuktiKriteriaRepository.class);
        return bukti.findInfo(evaluasiId).stream()
                .filter(b -> b.kriteria().equals(kriteria))
                .map(InfoBuktiKriteria::id)
                .findFirst()
                .orElseGet(() -> bukti.save(new BuktiKriteria(
                                ctx.getBean(EvaluasiAkipRepository.class)
                                        .findById(evaluasiId)
                                        .orElseThrow(),
                                kriteria,
                                "bukti.pdf",
                                "application/pdf",
                                BuktiUji.PDF,
                                BuktiUji.SHA256_PDF,
                                "uji",
                                ctx.getBean(Clock.class).instant()))
                        .idTersimpan());
    }

    /** A kriteria of the worksheet by its kode. */
    public static BarisKriteria kriteria(LembarEvaluasi lembar, String kode) {
        return lembar.semuaKriteria().stream()
                .filter(k -> k.kode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The Sekcam {@code sekcam} opens the year's evaluation, answers every kriteria at the top of its scale, but 1.a.1
     * with T, and sets the final answers as answered (an internal evaluation): a result of 99,00 (AA;
     * EvaluasiServiceTest works it out). Returns its id; leaves nobody signed in.
     */
    public static long dinilai99(ApplicationContext ctx, String sekcam, int tahun) {
        MasukSebagai.pengguna(ctx.getBean(UserDetailsService.class), sekcam);
        EvaluasiService service = ctx.getBean(EvaluasiService.class);
        long id = service.buka(tahun);
        for (BarisKriteria kr : service.lembar(tahun).orElseThrow().semuaKriteria()) {
            String jawaban = kr.kode().equals("1.a.1") ? "T" : kr.pilihan().getFirst();
            service.jawab(new JawabKriteria(id, kr.kode(), jawaban, null, kr.versi()));
        }
        service.tetapkanSesuaiUsulan(id);
        MasukSebagai.keluar();
        return id;
    }
}
