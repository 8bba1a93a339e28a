package id.kecamatan.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@link #LAMA_KUNCI} after {@link #BATAS_GAGAL} failed logins in a row. The count and
 * the end of the lock are columns of {@code akun}, so the lock holds across restarts and on every instance.
 * Attempts while locked are refused without looking at the password and do not extend the lock (so nobody
 * can keep another person out for longer by trying). A successful login starts the count afresh.
 */
@Component
class PenguncianAkun {

    static final int BATAS_GAGAL = 5;
    static final Duration LAMA_KUNCI = Duration.ofMinutes(15);

    private final AkunRepository akunRepository;
    private final Clock clock;

    PenguncianAkun(AkunRepository akunRepository, Clock clock) {
        this.akunRepository = akunRepository;
        this.clock = clock;
    }

    /** Counts a failed login of an existing account; the end of the lock when this failure locked it. */
    Optional<Instant> gagal(String username) {
        if (akunRepository.tambahGagal(username) == 0) {
            return Optional.empty();
        }
        // to the column's precision, so the instant told to the user is the one stored
        Instant sampai = clock.instant().truncatedTo(ChronoUnit.MICROS).plus(LAMA_KUNCI);
        return akunRepository.kunciBilaMencapai(username, BATAS_GAGAL, sampai) > 0
                ? Optional.of(sampai)
                : Optional.empty();
    }

    void berhasil(String username) {
        akunRepository.pulihkanLogin(username);
    }
}
