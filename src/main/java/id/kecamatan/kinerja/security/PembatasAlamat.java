package id.kecamatan.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down repeated failed logins from one address, whatever the usernames tried (the account lock alone
 * does not stop one address trying many accounts). From the {@link #BEBAS_GAGAL}th failure in a row, the address
 * must wait before its next attempt: {@link #JEDA_AWAL}, doubling with each further failure, at most
 * {@link #JEDA_MAKS}. An address that has not failed for {@link #LUPA_SETELAH} starts afresh. A success does not
 * reset it: otherwise one valid account would let an address try others without limit.
 * <p>
 * Kept in the database (table {@code pembatas_alamat}), so every instance behind a proxy shares one count and an
 * address gets this budget once, not once per instance. A failure is counted by one atomic statement, so failures
 * at the same moment on several instances or threads are all counted. Times come from the portal's {@link Clock},
 * not from the database, so instances and tests agree on them.
 */
@Component
class PembatasAlamat {

    static final int BEBAS_GAGAL = 10;
    static final Duration JEDA_AWAL = Duration.ofSeconds(30);
    static final Duration JEDA_MAKS = Duration.ofMinutes(15);
    static final Duration LUPA_SETELAH = Duration.ofMinutes(30);

    /**
     * Forgotten rows are deleted once every this many failures counted by an instance, not on every one: the table
     * grows only by failures, so clearing in step with them keeps it bounded, and a login spends nothing on it in
     * between.
     */
    static final int BERSIHKAN_SETIAP = 1_000;

    /** At most this many rows per clearing, so it stays short; still ten times what a clearing interval adds. */
    static final int BERSIHKAN_MAKS = 10_000;

    private record Catatan(int gagal, Instant terakhir) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicInteger sejakBersih = new AtomicInteger();

    PembatasAlamat(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Until when the address must wait, or empty when it may try now. */
    Optional<Instant> tahanSampai(String alamat) {
        Instant sekarang = sekarang();
        List<Catatan> catatan = jdbc.query(
                "select gagal, terakhir from pembatas_alamat where alamat = ? and terakhir > ?",
                (baris, i) -> new Catatan(
                        baris.getInt("gagal"),
                        baris.getObject("terakhir", LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                alamat,
                utc(sekarang.minus(LUPA_SETELAH)));
        if (catatan.isEmpty() || catatan.getFirst().gagal() < BEBAS_GAGAL) {
            return Optional.empty();
        }
        Catatan c = catatan.getFirst();
        Instant sampai = c.terakhir().plus(jeda(c.gagal()));
        return sekarang.isBefore(sampai) ? Optional.of(sampai) : Optional.empty();
    }

    void gagal(String alamat) {
        Instant sekarang = sekarang();
        LocalDateTime pada = utc(sekarang);
        // one statement, so concurrent failures cannot lose a count; gagal is assigned before terakhir, so the
        // forget rule reads the previous failure's time
        jdbc.update("""
                insert into pembatas_alamat (alamat, gagal, terakhir) values (?, 1, ?)
                on duplicate key update gagal = if(terakhir <= ?, 1, gagal + 1), terakhir = ?""", alamat, pada, utc(sekarang.minus(LUPA_SETELAH)), pada);
        if (sejakBersih.incrementAndGet() % BERSIHKAN_SETIAP == 0) {
            lupakanYangLama(sekarang);
        }
    }

    /** The wait after the n-th failure in a row (n ≥ BEBAS_GAGAL). */
    static Duration jeda(int gagal) {
        int lipat = Math.min(gagal - BEBAS_GAGAL, 10);
        Duration jeda = JEDA_AWAL.multipliedBy(1L << lipat);
        return jeda.compareTo(JEDA_MAKS) > 0 ? JEDA_MAKS : jeda;
    }

    /**
     * Deletes the rows of addresses that have not failed for {@link #LUPA_SETELAH}. Found by the time index, then
     * deleted by primary key: a range delete on the time would also lock the gap where concurrent failures insert
     * their rows. The time is checked again, so a row that failed again meanwhile is kept.
     */
    private void lupakanYangLama(Instant sekarang) {
        LocalDateTime batas = utc(sekarang.minus(LUPA_SETELAH));
        List<Object[]> lama = jdbc
                .queryForList(
                        "select alamat from pembatas_alamat where terakhir <= ? limit ?",
                        String.class,
                        batas,
                        BERSIHKAN_MAKS)
                .stream()
                .map(alamat -> new Object[] {alamat, batas})
                .toList();
        if (!lama.isEmpty()) {
            jdbc.batchUpdate("delete from pembatas_alamat where alamat = ? and terakhir <= ?", lama);
        }
    }

    /** The column keeps microseconds: the instant is cut to them so that what is read back is what was written. */
    private Instant sekarang() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Times are stored in UTC, like every time in the schema. */
    private static LocalDateTime utc(Instant waktu) {
        return LocalDateTime.ofInstant(waktu, ZoneOffset.UTC);
    }
}
