package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.web.HalamanGalat;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A budget of requests per address for the public page, which anyone may ask for without signing in: an address may
 * make {@link #KAPASITAS} requests at once and one more every {@link #JEDA_ISI}; beyond that it gets 429 with the
 * seconds to wait. The figures behind the page are cached, so the budget guards the office's one PC against a
 * scraper or a flood rather than against the cost of a single page. The first refusal of an episode is written to
 * the security log, not every one: a flood would otherwise fill it.
 * <p>
 * In memory, per instance (unlike the login throttle {@link PembatasAlamat}, which is in the database): a budget of
 * requests per second, checked on every request, is not worth a database round trip, and several instances only
 * multiply it. Bounded: beyond {@link #ALAMAT_MAKS} addresses the one seen longest ago is dropped.
 */
class PembatasHalamanPublik extends OncePerRequestFilter {

    static final int KAPASITAS = 60;
    static final Duration JEDA_ISI = Duration.ofSeconds(1);
    static final int ALAMAT_MAKS = 10_000;

    /** Tokens left as of {@code pada}; {@code dicatat}: this episode's refusal is already in the log. */
    private record Ember(double token, Instant pada, boolean dicatat) {}

    private final Clock clock;
    private final PencatatKeamanan pencatat;
    private final String halaman429;

    private final Map<String, Ember> ember = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ember> tertua) {
            return size() > ALAMAT_MAKS;
        }
    };

    PembatasHalamanPublik(Clock clock, PencatatKeamanan pencatat) {
        this.clock = clock;
        this.pencatat = pencatat;
        this.halaman429 = HalamanGalat.untuk(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String alamat = request.getRemoteAddr();
        Long tunggu = ambil(alamat);
        if (tunggu == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(tunggu));
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(halaman429.getBytes(StandardCharsets.UTF_8));
    }

    /** Takes a token for the address: null when it may go on, else the seconds until the next token. */
    @Nullable
    Long ambil(String alamat) {
        Instant sekarang = clock.instant();
        boolean catat;
        long tunggu;
        synchronized (this) {
            Ember e = ember.get(alamat);
            double token = e == null
                    ? KAPASITAS
                    : Math.min(
                            KAPASITAS,
                            e.token()
                                    + (double) Duration.between(e.pada(), sekarang)
                                                    .toMillis()
                                            / JEDA_ISI.toMillis());
            if (token >= 1) {
                ember.put(alamat, new Ember(token - 1, sekarang, false));
                return null;
            }
            catat = e == null || !e.dicatat();
            ember.put(alamat, new Ember(token, sekarang, true));
            tunggu = Math.max(1, (long) Math.ceil((1 - token) * JEDA_ISI.toMillis() / 1000.0));
        }
        if (catat) {
            pencatat.catat(
                    Peristiwa.PUBLIK_DIBATASI, null, alamat, "lebih dari " + KAPASITAS + " permintaan halaman publik");
        }
        return tunggu;
    }
}
