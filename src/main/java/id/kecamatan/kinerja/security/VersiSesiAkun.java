package id.kecamatan.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session on this instance when its account was deactivated or got a new password on another instance
 * behind the proxy. Each session's principal carries the account's session number its login read
 * ({@code akun.versi_sesi}, raised by {@link AkunRepository#akhiriSesi}); before Spring Security reads the session,
 * a session whose number is no longer the account's is invalidated, so the request goes on as one without a session
 * (the login page), exactly as when {@link SesiPengguna} ended it locally.
 * <p>
 * The numbers are read at most once per account every {@link #SEGAR} per instance (one primary-key read), so a
 * change reaches every instance within that time and a request otherwise costs a map lookup. When the database
 * cannot be read, the request goes on and the next one checks again: no account can be changed then either.
 */
@Component
class VersiSesiAkun extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(VersiSesiAkun.class);

    /** How old a number read from the database may be: well inside the 5 s issue 17 allows. */
    static final Duration SEGAR = Duration.ofSeconds(2);

    private final AkunRepository akunRepository;
    private final Map<Long, Terbaca> terbaca = new ConcurrentHashMap<>();

    /** A number as read, and when (System.nanoTime); versi -1: the account is gone. */
    private record Terbaca(int versi, long pada) {}

    VersiSesiAkun(AkunRepository akunRepository) {
        this.akunRepository = akunRepository;
    }

    /** Before Spring Security's filters, which load the signed-in user from the session. */
    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            periksa(session);
        }
        chain.doFilter(request, response);
    }

    private void periksa(HttpSession session) {
        try {
            AkunPengguna akun = SesiPengguna.akun(session);
            if (akun == null) {
                return;
            }
            Long akunId = akun.pengguna().akunId();
            Integer versi = versi(akunId);
            if (versi != null && versi != akun.versiSesi()) {
                log.info(
                        "Sesi akun {} diakhiri: akun dinonaktifkan atau passwordnya direset (versi sesi {} -> {})",
                        akun.getUsername(),
                        akun.versiSesi(),
                        versi);
                session.invalidate();
            }
        } catch (IllegalStateException sudahBerakhir) {
            // invalidated meanwhile by another request of the same session
        }
    }

    /** The account's current number, at most {@link #SEGAR} old; null when the database cannot say now. */
    private @Nullable Integer versi(Long akunId) {
        long sekarang = System.nanoTime();
        Terbaca lama = terbaca.get(akunId);
        if (lama != null && sekarang - lama.pada() < SEGAR.toNanos()) {
            return lama.versi();
        }
        try {
            int versi = akunRepository.versiSesi(akunId).orElse(-1);
            terbaca.put(akunId, new Terbaca(versi, sekarang));
            return versi;
        } catch (DataAccessException tidakTerbaca) {
            log.debug("Versi sesi akun {} tidak terbaca: {}", akunId, tidakTerbaca.toString());
            return null;
        }
    }
}
