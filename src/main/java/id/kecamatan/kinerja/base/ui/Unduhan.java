package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Every file the portal hands to the browser goes out here. Its name is written into Content-Disposition as
 * RFC 6266 and RFC 5987 say: {@code filename*} in UTF-8, and an ASCII {@code filename} with quotes escaped for
 * older clients. Vaadin's {@code DownloadEvent.setFileName} puts an ASCII name between quotes as it is, so a
 * name holding a quote (an evidence file is named by whoever uploaded it) broke the header.
 */
public final class Unduhan {

    /** Writes the file's content. */
    @FunctionalInterface
    public interface Isi {
        void tulis(OutputStream keluaran) throws IOException;
    }

    private Unduhan() {}

    /** Sends the file as an attachment named {@code nama}. */
    public static void kirim(DownloadEvent event, String nama, String jenisMime, long ukuran, Isi isi)
            throws IOException {
        event.getResponse().setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(nama));
        event.setContentType(jenisMime);
        event.setContentLength(ukuran);
        try (OutputStream keluaran = event.getOutputStream()) {
            isi.tulis(keluaran);
        }
    }

    /** The header's value for a download saved under {@code nama}. */
    static String contentDisposition(String nama) {
        return ContentDisposition.attachment()
                .filename(nama, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
