package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
 * What only the running server shows, over real HTTP: the Vaadin servlet under /VAADIN (MockMvc does not run it) and
 * the error page as the browser gets it. A Spring context of its own, for the real port; closed after this class.
 */
@ExtendWith(KonteksTerpisah.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class HttpNyataTest {

    private static final String HALAMAN_ID = "<html lang=\"id\">";

    @LocalServerPort
    int port;

    private final HttpClient klien = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

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
        assertThat(jawaban.body()).contains(HALAMAN_ID, "Halaman tidak ditemukan").doesNotContain("999");
    }

    private HttpResponse<String> minta(String jalan, String... kepala) throws IOException, InterruptedException {
        HttpRequest.Builder permintaan = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + jalan));
        for (int i = 0; i < kepala.length; i += 2) {
            permintaan.header(kepala[i], kepala[i + 1]);
        }
        return klien.send(permintaan.build(), HttpResponse.BodyHandlers.ofString());
    }
}
