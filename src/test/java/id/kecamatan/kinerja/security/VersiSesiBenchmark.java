package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.UjiTerpadu;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Benchmark of the per-request session check ({@link VersiSesiAkun}), not a test: prints what the filter adds to a
 * request, asserts nothing about time. Run alone:
 * <pre>./mvnw test -Dtest=VersiSesiBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Three cases on the embedded database: a request without a session, a signed-in session whose account's number was
 * read less than 2 s ago (nearly every request), and one whose number must be read from the database (once per
 * account every 2 s per instance).
 */
@UjiTerpadu
class VersiSesiBenchmark {

    @Autowired
    AkunRepository akunRepository;

    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void ukur() throws Exception {
        MockHttpSession sesi = sesi("camat");
        VersiSesiAkun filter = new VersiSesiAkun(akunRepository);
        cetak("tanpa sesi", 20_000, () -> filter, null);
        cetak("sesi, versi dari cache", 20_000, () -> filter, sesi);
        cetak("sesi, versi dibaca dari DB", 3_000, () -> new VersiSesiAkun(akunRepository), sesi);
    }

    private static void cetak(String nama, int n, Supplier<VersiSesiAkun> filter, MockHttpSession sesi)
            throws Exception {
        long[] ns = new long[n];
        for (int putaran = 0; putaran < 2; putaran++) {
            // the first round warms up the JIT and the pool; the second is printed
            for (int i = 0; i < n; i++) {
                VersiSesiAkun f = filter.get();
                MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
                if (sesi != null) {
                    request.setSession(sesi);
                }
                MockHttpServletResponse response = new MockHttpServletResponse();
                MockFilterChain chain = new MockFilterChain();
                long mulai = System.nanoTime();
                f.doFilter(request, response, chain);
                ns[i] = System.nanoTime() - mulai;
            }
        }
        Arrays.sort(ns);
        System.out.printf(
                Locale.ROOT,
                "VersiSesiAkun %-28s n=%6d  min %8.1f µs  median %8.1f µs  p95 %8.1f µs  p99 %8.1f µs  maks %8.1f µs%n",
                nama,
                n,
                ns[0] / 1e3,
                ns[n / 2] / 1e3,
                ns[(int) (n * 0.95)] / 1e3,
                ns[(int) (n * 0.99)] / 1e3,
                ns[n - 1] / 1e3);
    }

    private MockHttpSession sesi(String username) {
        UserDetails akun = userDetailsService.loadUserByUsername(username);
        SecurityContext konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.getAuthorities()));
        MockHttpSession sesi = new MockHttpSession();
        sesi.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, konteks);
        return sesi;
    }
}
