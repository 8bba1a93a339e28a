package id.kecamatan.kinerja.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundle files a page preloads: those the current entry script leads to, not the older versions beside them. */
class PramuatBundelTest {

    @Test
    void mengikutiNamaDariSkripMasukBukanVersiLama() {
        Map<String, String> berkas = Map.of(
                "META-INF/VAADIN/config/stats.json",
                "{\"entryScripts\": [\"VAADIN/build/indexhtml-A1.js\"]}",
                "META-INF/VAADIN/webapp/VAADIN/build/indexhtml-A1.js",
                "import('./FlowBootstrap-B2.js'); import('./generated-flow-imports-C_3.js'); import('./FlowClient-D-4.js');"
                        + " const grafik = () => import('./vaadin-chart-X.js');",
                "META-INF/VAADIN/webapp/VAADIN/build/generated-flow-imports-C_3.js",
                "import{a}from\"./indexhtml-A1.js\";import{b}from\"./style-props-E5.js\";"
                        + "const k = () => import(\"./vaadin-grid-pro-Y.js\");",
                "META-INF/VAADIN/webapp/VAADIN/build/style-props-E5.js",
                "import\"./focus-utils-F6.js\";",
                "META-INF/VAADIN/webapp/VAADIN/build/FlowBootstrap-B2.js",
                "/* no further imports */",
                "META-INF/VAADIN/webapp/VAADIN/build/FlowClient-OLD9.js",
                "an older build's file, which nothing current names");

        assertThat(PramuatBundel.cari(jalan -> Optional.ofNullable(berkas.get(jalan))))
                .as("not the entry itself, nor a chunk loaded only on demand, nor an older build's FlowClient")
                .containsExactly(
                        "FlowBootstrap-B2.js",
                        "generated-flow-imports-C_3.js",
                        "FlowClient-D-4.js",
                        "style-props-E5.js",
                        "focus-utils-F6.js");
    }

    @Test
    void tanpaStatsTidakAdaPramuat() {
        assertThat(PramuatBundel.cari(jalan -> Optional.empty())).isEmpty();
    }

    @Test
    void bundelBuildIniMenyebutKetigaBerkasItu() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(PramuatBundel.cari(jalan -> Optional.ofNullable(loader.getResource(jalan))
                        .map(url -> {
                            try (var masuk = url.openStream()) {
                                return new String(masuk.readAllBytes(), StandardCharsets.UTF_8);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        })))
                .as("this build's production bundle, as the jar serves it")
                .anyMatch(f -> f.startsWith("FlowBootstrap-"))
                .anyMatch(f -> f.startsWith("generated-flow-imports-"))
                .anyMatch(f -> f.startsWith("FlowClient-"))
                .allMatch(f -> loader.getResource("META-INF/VAADIN/webapp/VAADIN/build/" + f) != null);
    }
}
