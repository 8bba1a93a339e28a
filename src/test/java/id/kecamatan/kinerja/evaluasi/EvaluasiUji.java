package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import java.time.Clock;
import org.springframework.context.ApplicationContext;

/**
 * An evaluation written through the repository, for tests that need one in a year or an instansi the Sekcam's
 * {@link EvaluasiService#buka} would refuse or cannot reach (a year not started, another kecamatan without accounts).
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
}
