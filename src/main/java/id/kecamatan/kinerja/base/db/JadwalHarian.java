package id.kecamatan.kinerja.base.db;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The day of a scheduled job that must run once a day across every instance on the database (table
 * {@code jadwal_harian}): the instance whose INSERT of (job, today) succeeds runs it, the others find the day taken.
 * A named lock alone is not enough: an instance whose schedule fires after the first one finished would take the
 * free lock and run the job again. The day is the office's ({@link Clock} of base/WaktuConfig).
 */
@Component
public class JadwalHarian {

    /** pid@host of this JVM, written with the claim so the Admin sees which instance ran the job. */
    private static final String INSTANS = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JadwalHarian(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims today for the job; false when another instance (or an earlier run here) already has. */
    public boolean klaim(String pekerjaan) {
        return jdbc.update(
                        "insert ignore into jadwal_harian (pekerjaan, tanggal, oleh, pada) values (?, ?, ?, ?)",
                        pekerjaan,
                        LocalDate.now(clock),
                        INSTANS,
                        Timestamp.from(clock.instant()))
                == 1;
    }

    /** Gives today back after the job failed, so that an instance firing later today may try again. */
    public void lepas(String pekerjaan) {
        jdbc.update("delete from jadwal_harian where pekerjaan = ? and tanggal = ?", pekerjaan, LocalDate.now(clock));
    }
}
