package id.kecamatan.kinerja.base.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error pages in the portal's language. Some requests never reach the portal: a path Tomcat will not
 * normalise ({@code /%2e%2e/%2e%2e/etc/passwd}), a request line or header over Tomcat's limit. Tomcat answers those
 * itself through its host's ErrorReportValve, whose page is English ("HTTP Status 400 – Bad Request"); the valve
 * here writes the portal's static page for the status instead ({@link HalamanGalat}), with no detail.
 */
@Component
class HalamanGalatTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            // Spring Boot's customizer, applied before this one, put a plain ErrorReportValve there
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new LaporanGalat());
            // the host adds an ErrorReportValve of this class at start unless one is there already
            host.setErrorReportValveClass(LaporanGalat.class.getName());
        });
    }

    /** Tomcat's error report, written as the portal's page for the status. */
    static final class LaporanGalat extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // as Tomcat's own: not below 400, not over a body already written, once per response
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean bolehMenulis = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, bolehMenulis);
            if (!bolehMenulis.get()) {
                return;
            }
            try {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer penulis = response.getReporter();
                if (penulis != null) {
                    penulis.write(HalamanGalat.untuk(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response committed: nothing more can be sent, as in Tomcat's own
            }
        }
    }
}
