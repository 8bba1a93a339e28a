package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.Triwulan;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications written through the repository, for tests outside this package that need one of a given account
 * (the access matrix's id guessing), without a workflow transition to cause it.
 */
public final class NotifikasiUji {

    private NotifikasiUji() {}

    /**
     * An unread notification of {@code username}'s account, with a key of its own: the approval of "Indikator uji",
     * Triwulan I 2030, by "Penguji", linking to Kinerja Saya; returns its id.
     */
    public static long untuk(ApplicationContext ctx, String username) {
        Long akunId = ctx.getBean(JdbcTemplate.class)
                .queryForObject("select id from akun where username = ?", Long.class, username);
        return new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).execute(s -> {
            Notifikasi n = new Notifikasi(
                    Objects.requireNonNull(akunId),
                    "uji:" + UUID.randomUUID(),
                    JenisNotifikasi.REALISASI_DISETUJUI,
                    "Indikator uji",
                    ctx.getBean(Clock.class).instant());
            n.setPeriode(2030, Triwulan.I);
            n.setOleh("Penguji");
            n.setTautan("kinerja-saya");
            return ctx.getBean(NotifikasiRepository.class).save(n).getId();
        });
    }
}
