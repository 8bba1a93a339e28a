package id.kecamatan.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down repeated failed logins from one address, whatever the usernames tried (the account lock alone
 * does not stop one address trying many accounts). From the {@link #BEBAS_GAGAL}th failure in a row, the address
 * must wait before its next attempt: {@link #JEDA_AWAL}, doubling with each further failure, at most
 * {@link #JEDA_MAKS}. An address that has not failed for {@link #LUPA_SETELAH} starts afresh. A success does not
 * reset it: otherwise one valid account would let an address try others without limit.
 * <p>
 * Kept in memory, per instance, on purpose: it is a speed bump against guessing, cheap to check before any
 * database work, and losing it on a restart costs little, because the durable protection is the account lock
 * in the database ({@link PenguncianAkun}). With several instances behind a proxy an address gets this budget
 * once per instance. The table is bounded, so a flood of addresses cannot exhaust memory.
 */
@Component
class PembatasAlamat {

    static final int BEBAS_GAGAL = 10;
    static final Duration JEDA_AWAL = Duration.ofSeconds(30);
    static final Duration JEDA_MAKS = Duration.ofMinutes(15);
    static final Duration LUPA_SETELAH = Duration.ofMinutes(30);
    static final int ALAMAT_MAKS = 10_000;

    private record Catatan(int gagal, Instant terakhir) {}

    private final Clock clock;

    /** Least recently failed first, so the oldest entry is dropped when the table is full. */
    private final Map<String, Catatan> catatan = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Catatan> tertua) {
            return size() > ALAMAT_MAKS;
        }
    };

    PembatasAlamat(Clock clock) {
        this.clock = clock;
    }

    /** Until when the address must wait, or empty when it may try now. */
    synchronized Optional<Instant> tahanSampai(String alamat) {
        Catatan c = berlaku(alamat);
        if (c == null || c.gagal() < BEBAS_GAGAL) {
            return Optional.empty();
        }
        Instant sampai = c.terakhir().plus(jeda(c.gagal()));
        return clock.instant().isBefore(sampai) ? Optional.of(sampai) : Optional.empty();
    }

    synchronized void gagal(String alamat) {
        Catatan c = berlaku(alamat);
        catatan.put(alamat, new Catatan(c == null ? 1 : c.gagal() + 1, clock.instant()));
    }

    /** The wait after the n-th failure in a row (n ≥ BEBAS_GAGAL). */
    static Duration jeda(int gagal) {
        int lipat = Math.min(gagal - BEBAS_GAGAL, 10);
        Duration jeda = JEDA_AWAL.multipliedBy(1L << lipat);
        return jeda.compareTo(JEDA_MAKS) > 0 ? JEDA_MAKS : jeda;
    }

    private @Nullable Catatan berlaku(String alamat) {
        Catatan c = catatan.get(alamat);
        if (c != null && !clock.instant().isBefore(c.terakhir().plus(LUPA_SETELAH))) {
            catatan.remove(alamat);
            return null;
        }
        return c;
    }
}
