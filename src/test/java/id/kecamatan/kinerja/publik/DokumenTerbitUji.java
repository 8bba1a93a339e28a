package id.kecamatan.kinerja.publik;

import id.kecamatan.kinerja.organisasi.InstansiRepository;
import java.time.Clock;
import org.springframework.context.ApplicationContext;

/**
 * A published document written through the repository, for tests that need one of an instansi whose Camat cannot
 * publish there (another kecamatan without accounts): the row {@link PublikService#terbitkan} would leave, with a
 * stand-in file.
 */
public final class DokumenTerbitUji {

    private DokumenTerbitUji() {}

    /** A Pengukuran Kinerja of {@code tahun} in force for the instansi; returns its id. */
    public static long tulis(ApplicationContext ctx, String kodeInstansi, int tahun) {
        var instansi =
                ctx.getBean(InstansiRepository.class).findByKode(kodeInstansi).orElseThrow();
        byte[] isi = "%PDF-1.4 uji".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return ctx.getBean(DokumenTerbitRepository.class)
                .save(new DokumenTerbit(
                        instansi,
                        JenisDokumenTerbit.PENGUKURAN_KINERJA,
                        tahun,
                        null,
                        "pengukuran-uji.pdf",
                        isi,
                        "0".repeat(64),
                        "uji",
                        ctx.getBean(Clock.class).instant()))
                .idTersimpan();
    }
}
