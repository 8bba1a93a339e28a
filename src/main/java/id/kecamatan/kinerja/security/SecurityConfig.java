package id.kecamatan.kinerja.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Vaadin's security setup with our login view; access is also decided on every service method, whose refusals
 * method security reports to base.PenjagaAkses (the portal's AuthorizationEventPublisher) for the security log.
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize only: with JSR-250 enabled, Spring would also proxy every view carrying
// @RolesAllowed/@PermitAll for Vaadin's navigation checks (vaadin/flow#16062).
@EnableMethodSecurity
class SecurityConfig {

    /** bcrypt cost 10: about 60 ms per check here, within OWASP's advice and cheap enough for many logins. */
    static final int BCRYPT_COST = 10;

    /** By path, not by class, so this package does not depend on its ui package. */
    static final String LOGIN_ROUTE = "/login";
    /** The public page's paths (package publik), by path for the same reason. */
    static final String HALAMAN_PUBLIK = "/publik";
    /** The login page after a login posted without a valid CSRF token; the page says to sign in again. */
    static final String LOGIN_KEDALUWARSA = LOGIN_ROUTE + "?kedaluwarsa";

    /**
     * What a page may load. Vaadin's client needs inline scripts (its bootstrap), eval (it runs
     * {@code executeJs} through {@code new Function}) and inline styles (Lumo), so script-src cannot be strict;
     * the policy still keeps everything to this origin, forbids plugins, foreign frames around the portal,
     * a changed base URL and forms posting elsewhere. Checked in Chromium: login and the views work with it.
     */
    static final String CSP = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    /**
     * The public page (/publik: approved figures and published documents, for anyone): a chain of its own, first, so
     * that a visitor gets no session (nothing to remember between requests), no CSRF token (it only reads, by GET)
     * and a page that browsers and proxies may cache (the page says for how long), with the portal's other headers,
     * and a budget of requests per address.
     */
    @Bean
    @Order(1)
    SecurityFilterChain halamanPublik(HttpSecurity http, Clock clock, PencatatKeamanan pencatat) throws Exception {
        http.securityMatcher(HALAMAN_PUBLIK, HALAMAN_PUBLIK + "/**")
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, HALAMAN_PUBLIK, HALAMAN_PUBLIK + "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, HALAMAN_PUBLIK, HALAMAN_PUBLIK + "/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .addFilterAfter(new PembatasHalamanPublik(clock, pencatat), HeaderWriterFilter.class);
        header(http, false);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil) throws Exception {
        // Spring Boot's error page, which shows no internal detail (server.error.*): without this rule Vaadin's
        // configuration refuses it and an error reaches the browser as an empty 403.
        http.authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll());
        header(http, true);
        // the chart library (ECharts WebJar, ARCHITECTURE.md §6) is a public file; Vaadin's rules would deny it
        // otherwise
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/webjars/**").permitAll());
        // Vaadin's own requests carry Vaadin's CSRF token; every other post needs Spring's, the login form's too.
        // VaadinSecurityConfigurer also exempts the login page, so a login could be posted from any site (login CSRF);
        // its form sends the token the page carries in its _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // a login page left open longer than its session lost its token with it: a fresh login page, not a 403
        http.exceptionHandling(e -> e.defaultAccessDeniedHandlerFor(
                (request, response, ditolak) -> response.sendRedirect(request.getContextPath() + LOGIN_KEDALUWARSA),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_ROUTE)));
        // an address that is no route reaches Vaadin for a signed-in user, which shows its not-found page inside the
        // portal (VaadinSecurityConfigurer refuses it by default, with a bare 403 page); Vaadin checks each route
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LOGIN_ROUTE)
                                .enableCsrfConfiguration(false)
                                .anyRequest(AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * The headers of every response. {@code tanpaSimpan}: browsers and proxies must not keep it (everything behind a
     * login); otherwise the page sets its own caching.
     */
    private static void header(HttpSecurity http, boolean tanpaSimpan) throws Exception {
        http.headers(headers -> {
            headers.contentTypeOptions(c -> {})
                    .frameOptions(f -> f.sameOrigin())
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                    // Spring sends HSTS on https requests only (behind a proxy: see server.forward-headers-strategy
                    // in the prod profile); never on plain http, where it would be ignored anyway.
                    .httpStrictTransportSecurity(
                            hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                    // Before the request goes on, not when the response is committed: Vaadin's bootstrap page
                    // (the login page and every first load of a view) came out without them otherwise.
                    .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                        @Override
                        public <O extends HeaderWriterFilter> O postProcess(O filter) {
                            filter.setShouldWriteHeadersEagerly(true);
                            return filter;
                        }
                    });
            if (!tanpaSimpan) {
                headers.cacheControl(c -> c.disable());
            }
        });
    }

    /** Vaadin's own folder: static files, push and downloads ({@link SesiBukanUntukFolderVaadin}). */
    static boolean folderVaadin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/VAADIN") || path.startsWith("/VAADIN/");
    }

    /** The only authentication provider: password check with account lock, address throttle and log. */
    @Bean
    PenyediaAutentikasi penyediaAutentikasi(
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            PenguncianAkun penguncian,
            PembatasAlamat pembatas,
            PencatatKeamanan pencatat) {
        return new PenyediaAutentikasi(userDetailsService, passwordEncoder, penguncian, pembatas, pencatat);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new EncoderPassword(BCRYPT_COST);
    }
}
