package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKomponen;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An evaluation written through the repository, for tests that need one in a year or an instansi the Sekcam's
 * {@link EvaluasiService#buka} would refuse or cannot reach (a year not started, another kecamatan without accounts).
 */
public final class EvaluasiUji {

    private EvaluasiUji() {}

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

    /**
     * The Sekcam {@code sekcam} opens the year's evaluation and answers every kriteria at the top of its scale, but
     * 1.a.1 with T: a total of 99,00 (AA; EvaluasiServiceTest works it out). Returns its id; leaves nobody signed in.
     */
    public static long dinilai99(ApplicationContext ctx, String sekcam, int tahun) {
        MasukSebagai.pengguna(ctx.getBean(UserDetailsService.class), sekcam);
        EvaluasiService service = ctx.getBean(EvaluasiService.class);
        long id = service.buka(tahun);
        for (BarisKomponen k : service.lembar(tahun).orElseThrow().komponen()) {
            for (BarisSub s : k.sub()) {
                for (BarisKriteria kr : s.kriteria()) {
                    String jawaban =
                            kr.kode().equals("1.a.1") ? "T" : kr.pilihan().getFirst();
                    service.jawab(new JawabKriteria(id, kr.kode(), jawaban, null, kr.versi()));
                }
            }
        }
        MasukSebagai.keluar();
        return id;
    }
}
