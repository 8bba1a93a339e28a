package id.kecamatan.kinerja.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The system's Chromium ({@code /usr/bin/chromium}, or the system property {@code e2e.chromium}) driven by Playwright,
 * which never downloads a browser of its own.
 */
final class ChromiumSistem {

    private static final Path CHROMIUM = Paths.get(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    /** As the machine notes ask: without the networking flags Chromium keeps calling Google's hosts. */
    private static final List<String> FLAG = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private ChromiumSistem() {}

    static Playwright playwright() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium tidak ditemukan di " + CHROMIUM
                    + ": pasang paket Debian 'chromium' atau atur -De2e.chromium=/path/ke/chromium");
        }
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser buka(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(FLAG));
    }

    /** Closes what {@link #playwright()} and {@link #buka} opened; either may be missing if start-up failed. */
    static void tutup(@Nullable Browser browser, @Nullable Playwright playwright) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
