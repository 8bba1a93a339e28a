package id.kecamatan.kinerja.base.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The portal's own error pages (static/error, Bahasa Indonesia): refused, not found, another request error, a server
 * error. They say what happened and where to go on, never any detail of the error. Spring's error controller and
 * Tomcat's error report both answer with them.
 */
public final class HalamanGalat {

    private static final Map<String, String> HALAMAN =
            Map.of("403", baca("403"), "404", baca("404"), "429", baca("429"));
    private static final String HALAMAN_4XX = baca("4xx");
    private static final String HALAMAN_5XX = baca("5xx");

    private HalamanGalat() {}

    /** The page for an HTTP error status (400–599). */
    public static String untuk(int status) {
        String kode = String.valueOf(status);
        return HALAMAN.getOrDefault(kode, status < 500 ? HALAMAN_4XX : HALAMAN_5XX);
    }

    private static String baca(String nama) {
        try (InputStream isi = HalamanGalat.class.getResourceAsStream("/static/error/" + nama + ".html")) {
            if (isi == null) {
                throw new IllegalStateException("static/error/" + nama + ".html tidak ada");
            }
            return new String(isi.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
