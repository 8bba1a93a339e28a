package id.kecamatan.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kecamatan.kinerja.UjiTerpadu;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Known weak spots of Vaadin and Spring at the HTTP level, through the real security filter chain (MockMvc on the
 * shared context): security headers, requests to /VAADIN and path-traversal variants without a session, and
 * error pages without internal detail, logout. MockMvc does not run the Vaadin servlet: what it does with /VAADIN
 * paths was checked against the running jar, and the filter that stops it opening sessions is tested directly.
 */
@UjiTerpadu
class KeamananWebTest {

    @Autowired
    WebApplicationContext context;

    private static final String VAADIN_SERVLET = "springServlet";

    private MockMvc mvc;

    @BeforeEach
    void siapkan() {
        // Spring MVC hands Vaadin's paths to the servlet by name; MockMvc records that forward instead of running it.
        if (context.getServletContext() instanceof MockServletContext servletContext) {
            servletContext.registerNamedDispatcher(VAADIN_SERVLET, new MockRequestDispatcher(VAADIN_SERVLET));
        }
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void securityHeadersAreSent() throws Exception {
        MockHttpServletResponse jawaban = mvc.perform(get("/login")).andReturn().getResponse();

        assertThat(jawaban.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(jawaban.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(jawaban.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(jawaban.getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityConfig.CSP)
                .contains("frame-ancestors 'self'", "object-src 'none'", "default-src 'self'");
        assertThat(jawaban.getHeader("Strict-Transport-Security"))
                .as("not on plain http")
                .isNull();
    }

    @Test
    void hstsOnHttpsOnly() throws Exception {
        MockHttpServletResponse jawaban =
                mvc.perform(get("/login").secure(true)).andReturn().getResponse();

        assertThat(jawaban.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        // and only there: over plain HTTP the header would pin nothing
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .isNull();
    }

    /**
     * No session for an anonymous request to Vaadin's folder, and nothing protected behind it: the folder
     * itself goes to Vaadin's static files (which need no session), traversal variants are refused by Spring's
     * firewall before anything else sees them.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/VAADIN",
                "/VAADIN/",
                "/VAADIN/../",
                "/VAADIN/../pengguna",
                "/VAADIN/..;/pengguna",
                "/VAADIN/%2e%2e/pengguna",
                "/VAADIN/..%2fpengguna",
                "/VAADIN//../log-keamanan",
                "/VAADIN/./pengguna"
            })
    void vaadinFolderCreatesNoSessionAndReachesNothingProtected(String alamat) throws Exception {
        MvcResult hasil = mvc.perform(get(alamat)).andReturn();

        assertThat(hasil.getRequest().getSession(false))
                .as("HTTP session for %s", alamat)
                .isNull();
        int status = hasil.getResponse().getStatus();
        String diteruskan = hasil.getResponse().getForwardedUrl();
        if (status == 400) {
            return; // refused by the firewall
        }
        assertThat(diteruskan).as("forwarded to Vaadin for %s", alamat).isNotNull();
        assertThat(alamat).as("only the folder itself passes").isIn("/VAADIN", "/VAADIN/");
    }

    /**
     * Vaadin itself opened a session for any /VAADIN path that is no static file (checked against the running jar:
     * /VAADIN, /VAADIN/, /VAADIN/nope each answered with a new JSESSIONID); the filter in front of it prevents that.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/VAADIN", "/VAADIN/", "/VAADIN/nope", "/VAADIN/build/tidak-ada.js"})
    void vaadinCannotOpenASessionUnderItsFolder(String alamat) throws Exception {
        MockHttpServletRequest permintaan = new MockHttpServletRequest("GET", alamat);
        List<Object> sesiDiVaadin = new ArrayList<>();

        new SesiBukanUntukFolderVaadin()
                .doFilter(
                        permintaan,
                        new MockHttpServletResponse(),
                        (req, res) -> sesiDiVaadin.add(String.valueOf(((HttpServletRequest) req).getSession(true))));

        assertThat(sesiDiVaadin).containsExactly("null");
        assertThat(permintaan.getSession(false)).isNull();
    }

    @Test
    void otherPathsStillGetTheirSession() throws Exception {
        MockHttpServletRequest permintaan = new MockHttpServletRequest("GET", "/iki");

        new SesiBukanUntukFolderVaadin()
                .doFilter(
                        permintaan,
                        new MockHttpServletResponse(),
                        (req, res) -> ((HttpServletRequest) req).getSession(true));

        assertThat(permintaan.getSession(false)).isNotNull();
    }

    @Test
    void logoutEndsTheSessionOnTheServer() throws Exception {
        MockHttpSession sesi = new MockHttpSession();

        MvcResult hasil = mvc.perform(post("/logout")
                        .session(sesi)
                        .with(csrf())
                        .with(user("sekcam").roles("SEKCAM")))
                .andReturn();

        assertThat(sesi.isInvalid()).isTrue();
        // to the start page, which sends a visitor who is not signed in to the login page
        assertThat(hasil.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    /** A protected page asked for without login: sent to the login page, no HTTP session needed for that. */
    @Test
    void aProtectedViewWithoutLoginGoesToTheLoginPage() throws Exception {
        MvcResult hasil = mvc.perform(get("/pengguna")).andReturn();

        assertThat(hasil.getResponse().getStatus()).isEqualTo(302);
        assertThat(hasil.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void errorPagesShowNoInternalDetail() throws Exception {
        for (MediaType jenis : new MediaType[] {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON}) {
            // as Tomcat dispatches an error (of a visitor not signed in: the page is the same for everyone)
            String isi = mvc.perform(get("/error")
                            .accept(jenis)
                            .with(permintaan -> {
                                permintaan.setDispatcherType(DispatcherType.ERROR);
                                return permintaan;
                            })
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/laporan")
                            .requestAttr(
                                    RequestDispatcher.ERROR_EXCEPTION,
                                    new IllegalStateException("rahasia: jdbc:mariadb://db-internal:3306/kinerja")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();

            // the portal's page whatever the client accepts: it has no JSON interface
            assertThat(isi)
                    .as(jenis.toString())
                    .contains("Terjadi kesalahan", "lang=\"id\"")
                    .doesNotContain(
                            "rahasia", "jdbc", "IllegalStateException", "java.lang", "at id.kecamatan", "trace");
        }
    }

    /**
     * An error answered to a client that accepts anything (curl's default) is the page too, even where the response
     * already had another type, as Vaadin's 403 for /VAADIN has (that case against the real servlet: HttpNyataTest).
     * Spring Boot's error controller chose JSON there and failed with a 500.
     */
    @Test
    void anErrorForAnyAcceptedTypeIsThePortalsPage() throws Exception {
        MockHttpServletResponse jawaban = mvc.perform(get("/error")
                        .accept(MediaType.ALL)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .with(permintaan -> {
                            permintaan.setDispatcherType(DispatcherType.ERROR);
                            return permintaan;
                        }))
                .andReturn()
                .getResponse();

        assertThat(jawaban.getStatus()).isEqualTo(403);
        assertThat(jawaban.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(jawaban.getContentAsString()).contains("Akses ditolak", "lang=\"id\"");
    }

    /** /error asked for directly is no page of the portal: Spring Boot's answered 500 with {"status":999}. */
    @Test
    void theErrorPathItselfIsNotFound() throws Exception {
        MockHttpServletResponse jawaban =
                mvc.perform(get("/error").accept(MediaType.ALL)).andReturn().getResponse();

        assertThat(jawaban.getStatus()).isEqualTo(404);
        assertThat(jawaban.getContentAsString())
                .contains("Halaman tidak ditemukan", "lang=\"id\"")
                .doesNotContain("999");
    }

    /** The error pages a browser gets are in Indonesian (static/error): refused, not found. */
    @ParameterizedTest
    @ValueSource(ints = {403, 404})
    void errorPagesForTheBrowserAreIndonesian(int status) throws Exception {
        String isi = mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                        .with(permintaan -> {
                            permintaan.setDispatcherType(DispatcherType.ERROR);
                            return permintaan;
                        }))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(isi).contains(status == 403 ? "Akses ditolak" : "Halaman tidak ditemukan", "lang=\"id\"");
    }
}
