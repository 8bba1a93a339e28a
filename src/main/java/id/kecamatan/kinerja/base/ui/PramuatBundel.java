package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Phones on slow networks (issue 15): Vaadin's client fetches its bundle one file after another (the entry script,
 * after the first server round trip FlowBootstrap, then the component imports, then FlowClient), each waiting for the
 * one before. Every page therefore asks for those files at once, with modulepreload links, so they load beside the
 * entry script. The files are the ones this build's entry script (META-INF/VAADIN/config/stats.json) leads to; where
 * none is found (a development run), nothing is added.
 */
@Component
class PramuatBundel implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PramuatBundel.class);
    private static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final String BUILD = "VAADIN/build/";
    /** The files the entry script loads by itself, later: named in it (dynamic imports), found by their name. */
    private static final Pattern BERKAS =
            Pattern.compile("(?:FlowBootstrap|generated-flow-imports|FlowClient)-[A-Za-z0-9_-]+\\.js");
    /** A file's static imports (from "./x.js", import "./x.js"), which load whenever the file does. */
    private static final Pattern IMPOR_STATIS =
            Pattern.compile("(?:from|import)\\s*[\"'](?:\\./)?([A-Za-z0-9_.-]+\\.js)[\"']");

    private final List<String> pramuat;

    PramuatBundel() {
        ClassLoader loader = PramuatBundel.class.getClassLoader();
        this.pramuat = cari(jalan -> baca(loader, jalan));
        log.debug("Pramuat bundel: {}", pramuat);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(respons -> pramuat.forEach(berkas -> respons.getDocument()
                .head()
                .appendElement("link")
                .attr("rel", "modulepreload")
                .attr("crossorigin", "")
                .attr("href", "./" + BUILD + berkas)));
    }

    /**
     * The bundle files every page loads after the entry script: FlowBootstrap, the component imports and FlowClient as
     * the entry script names them (the build keeps older versions of each beside the current one, so only what the
     * current entry names counts), and the static imports of those, and of theirs. Not the entry script itself, which
     * the page loads already, nor what is imported only on demand.
     *
     * @param baca a classpath resource's text, if it exists
     */
    static List<String> cari(Function<String, Optional<String>> baca) {
        Optional<String> stats = baca.apply("META-INF/VAADIN/config/stats.json");
        if (stats.isEmpty()) {
            return List.of();
        }
        Set<String> entri = new LinkedHashSet<>();
        for (JsonNode skrip : JsonMapper.shared().readTree(stats.get()).path("entryScripts")) {
            entri.add(skrip.asString().substring(skrip.asString().lastIndexOf('/') + 1));
        }
        Set<String> ditemukan = new LinkedHashSet<>();
        Deque<String> periksa = new ArrayDeque<>();
        for (String skrip : entri) {
            baca.apply(WEBAPP + BUILD + skrip)
                    .ifPresent(isi -> temukan(BERKAS.matcher(isi), 0, entri, ditemukan, periksa));
        }
        while (!periksa.isEmpty()) {
            baca.apply(WEBAPP + BUILD + periksa.poll())
                    .ifPresent(isi -> temukan(IMPOR_STATIS.matcher(isi), 1, entri, ditemukan, periksa));
        }
        return List.copyOf(ditemukan);
    }

    /** Adds each file the matcher names (its whole match, or its group 1) that is new and not an entry script. */
    private static void temukan(
            Matcher nama, int grup, Set<String> entri, Set<String> ditemukan, Deque<String> periksa) {
        while (nama.find()) {
            String berkas = nama.group(grup);
            if (!entri.contains(berkas) && ditemukan.add(berkas)) {
                periksa.add(berkas);
            }
        }
    }

    private static Optional<String> baca(ClassLoader loader, String jalan) {
        try (InputStream masuk = loader.getResourceAsStream(jalan)) {
            return masuk == null
                    ? Optional.empty()
                    : Optional.of(new String(masuk.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("Berkas bundel {} tidak terbaca; halaman tetap berjalan tanpa pramuat", jalan, e);
            return Optional.empty();
        }
    }
}
