package id.kecamatan.kinerja;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import id.kecamatan.kinerja.base.ui.TombolUnduh;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Clicks a download button in a Karibu test and waits for the background work to offer its file. */
public final class UnduhUji {

    private static final Duration BATAS = Duration.ofSeconds(20);

    private UnduhUji() {}

    /** The file's bytes, after the button's work has ended and the link shows. */
    public static byte[] unduh(TombolUnduh tombol) {
        klikDanTunggu(tombol);
        assertThat(tombol.getTautan().isVisible())
                .as("download link of %s", tombol.getTombol().getText())
                .isTrue();
        return DownloadKt._download(tombol.getTautan());
    }

    /**
     * What a download link answers, headers included (Karibu's own download gives only the bytes): the link's
     * handler run on a mock request and response, as Vaadin runs it on the browser's request.
     */
    public static MockHttpServletResponse jawaban(Anchor tautan) {
        VaadinSession sesi = VaadinSession.getCurrent();
        ElementStreamResource sumber = (ElementStreamResource) sesi.getResourceRegistry()
                .getResource(URI.create(tautan.getHref()))
                .orElseThrow(() -> new AssertionError("no download behind " + tautan.getHref()));
        VaadinServletService layanan = (VaadinServletService) sesi.getService();
        MockHttpServletResponse jawaban = new MockHttpServletResponse();
        try {
            sumber.getElementRequestHandler()
                    .handleRequest(
                            new VaadinServletRequest(
                                    new MockHttpServletRequest("GET", "/" + tautan.getHref()), layanan),
                            new VaadinServletResponse(jawaban, layanan),
                            sesi,
                            sumber.getOwner());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jawaban;
    }

    /** Clicks and waits until the button is usable again (the work ended, with a file or with a message). */
    public static void klikDanTunggu(TombolUnduh tombol) {
        _click(tombol.getTombol());
        Instant batas = Instant.now().plus(BATAS);
        // the work ends on another thread and reaches the screen through UI.access, run at the next roundtrip
        while (!tombol.getTombol().isEnabled() && Instant.now().isBefore(batas)) {
            MockVaadin.clientRoundtrip(false);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        MockVaadin.clientRoundtrip(false);
        assertThat(tombol.getTombol().isEnabled())
                .as("the work of %s ended", tombol.getTombol().getText())
                .isTrue();
    }
}
