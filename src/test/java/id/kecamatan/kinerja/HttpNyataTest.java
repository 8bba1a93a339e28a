package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only the running server shows, over real HTTP: Tomcat's own answers to requests it refuses before the portal
 * sees them, the Vaadin servlet under /VAADIN (MockMvc does not run it), and the session cookie as Tomcat writes it
 * for a request that came over https through a proxy. A Spring context of its own, for the real port, with the prod
 * profile's forwarded-header handling; closed after this class.
 */
@ExtendWith(KonteksTerpisah.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
@DirtiesContext
class HttpNyataTest {

    private static final String HALAMAN_ID = "<html lang=\"id\">";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient klien = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Vaadin answers its folder itself with an error; curl's Accept made Spring Boot's error page fail with 500. */
    @ParameterizedTest
    @ValueSource(strings = {"/VAADIN", "/VAADIN/"})
    void vaadinsFolderIsAnsweredWithThePortalsErrorPage(String alamat) throws Exception {
        for (String terima : List.of("*/*", "text/html", "application/json")) {
            HttpResponse<String> jawaban = minta(alamat, "Accept", terima);

            assertThat(jawaban.statusCode()).as("%s, Accept %s", alamat, terima).isIn(403, 404);
            assertThat(jawaban.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
            assertThat(jawaban.body()).contains(HALAMAN_ID).doesNotContain("Exception", "trace");
        }
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        HttpResponse<String> jawaban = minta("/error", "Accept", "*/*");

        assertThat(jawaban.statusCode()).isEqualTo(404);
        assertThat(jawaban.body())
                .contains(HALAMAN_ID, "Halaman tidak ditemukan")
                .doesNotContain("999");
    }

    /**
     * A path Tomcat refuses to normalise and a request line over its limit never reach the portal; Tomcat's own page
     * was English ("HTTP Status 400 – Bad Request").
     */
    @ParameterizedTest
    @ValueSource(strings = {"/%2e%2e/%2e%2e/etc/passwd", "/VAADIN/%2e%2e/%2e%2e/pengguna", "/panjang"})
    void requestsTomcatRefusesGetThePortalsIndonesianPage(String alamat) throws Exception {
        String jalan = alamat.equals("/panjang") ? "/" + "a".repeat(20_000) : alamat;

        HttpResponse<String> jawaban = minta(jalan, "Accept", "text/html");

        assertThat(jawaban.statusCode()).isEqualTo(400);
        assertThat(jawaban.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(jawaban.body())
                .contains(HALAMAN_ID, "Permintaan tidak dapat diproses")
                .doesNotContain("HTTP Status", "Tomcat", "Bad Request");
    }

    /**
     * An address that is no route, opened by a signed-in user, reaches Vaadin, which shows its not-found page inside
     * the portal (MainLayoutTest shows that page); it was refused before Vaadin with a bare 403 page.
     */
    @Test
    void anUnknownAddressOfASignedInUserReachesThePortal() throws Exception {
        String sesi = masuk("kasi.lh");

        HttpResponse<String> halaman = minta("/tidak-ada-halaman-ini", "Cookie", sesi, "Accept", "text/html");

        assertThat(halaman.statusCode())
                .as("Vaadin's page, not a refusal before it")
                .isEqualTo(200);
        assertThat(halaman.body()).contains("<meta name=\"_csrf\"").doesNotContain("Akses ditolak");
    }

    /** SameSite=Lax always; Secure when the browser's request was https, here as a proxy on this host reports it. */
    @Test
    void theSessionCookieIsSameSiteLaxAndSecureOverHttps() throws Exception {
        String http = kukiSesi(minta("/login", "Accept", "text/html"));
        String https = kukiSesi(minta("/login", "Accept", "text/html", "X-Forwarded-Proto", "https"));

        assertThat(http).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(https).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    private HttpResponse<String> minta(String jalan, String... kepala) throws IOException, InterruptedException {
        HttpRequest.Builder permintaan = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + jalan));
        for (int i = 0; i < kepala.length; i += 2) {
            permintaan.header(kepala[i], kepala[i + 1]);
        }
        return klien.send(permintaan.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form, with its CSRF token; returns the session's cookie. */
    private String masuk(String username) throws IOException, InterruptedException {
        HttpResponse<String> halaman = minta("/login", "Accept", "text/html");
        Matcher token = META_CSRF.matcher(halaman.body());
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        String isi = "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username=" + username
                + "&password=" + MasukSebagai.PASSWORD_DEMO;
        HttpResponse<String> jawaban = klien.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Cookie", nilai(kukiSesi(halaman)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(isi))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(jawaban.headers().firstValue("Location")).as("signed in").hasValue("http://127.0.0.1:" + port + "/");
        return nilai(kukiSesi(jawaban));
    }

    /** "JSESSIONID=…" of a Set-Cookie header. */
    private static String nilai(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String kukiSesi(HttpResponse<String> jawaban) {
        return jawaban.headers().allValues("Set-Cookie").stream()
                .filter(k -> k.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + jawaban.headers()));
    }
}
