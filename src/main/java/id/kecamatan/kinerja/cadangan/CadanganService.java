package id.kecamatan.kinerja.cadangan;

import id.kecamatan.kinerja.base.AturanDilanggar;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Backups of the whole database as gzip-compressed SQL from {@code mariadb-dump --single-transaction}, in one folder,
 * and restoring one of them. Admin only.
 * <p>
 * Not @Transactional: the work is done by MariaDB's client tools over their own connections; the only connection
 * taken here holds the named lock (GET_LOCK) that lets one backup or restore run at a time across all instances of
 * the portal on the same database, so the daily schedule runs once even behind a load balancer.
 */
@Service
public class CadanganService {

    private static final Logger log = LoggerFactory.getLogger(CadanganService.class);

    /** kinerja-20261125-013000-123.sql.gz: sorts by time; the only names listed, downloaded or restored. */
    private static final Pattern NAMA_BERKAS = Pattern.compile("kinerja-\\d{8}-\\d{6}-\\d{3}\\.sql\\.gz");

    private static final DateTimeFormatter CAP_WAKTU = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final CadanganProperties properties;
    private final KlienMariaDb klien;
    private final DataSource dataSource;
    private final Clock clock;

    CadanganService(CadanganProperties properties, KlienMariaDb klien, DataSource dataSource, Clock clock) {
        this.properties = properties;
        this.klien = klien;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** One backup file: its name, size in bytes and when it was written. */
    public record InfoCadangan(String nama, long ukuran, Instant dibuat) {}

    /** The backups in the folder, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<InfoCadangan> daftar() {
        if (!Files.isDirectory(properties.folder())) {
            return List.of();
        }
        try (Stream<Path> isi = Files.list(properties.folder())) {
            return isi.filter(
                            p -> NAMA_BERKAS.matcher(p.getFileName().toString()).matches())
                    .map(CadanganService::info)
                    .sorted(Comparator.comparing(InfoCadangan::nama).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a backup now; refused while another backup or a restore is running. */
    @PreAuthorize("hasRole('ADMIN')")
    public InfoCadangan buatSekarang() {
        return denganKunci(this::tulisCadangan).orElseThrow(() -> new AturanDilanggar("cadangan.sedang-berjalan"));
    }

    /**
     * The scheduled backup: takes one and keeps only the newest {@code kinerja.cadangan.simpan} files. Empty when
     * another instance (or an Admin) holds the lock: that one is already doing it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<InfoCadangan> buatTerjadwal() {
        return denganKunci(() -> {
            InfoCadangan baru = tulisCadangan();
            List<InfoCadangan> semua = daftar();
            for (InfoCadangan lama : semua.subList(Math.min(properties.simpan(), semua.size()), semua.size())) {
                hapus(lama.nama());
            }
            return baru;
        });
    }

    /** A backup file to download; only names listed by {@link #daftar()} are accepted. */
    @PreAuthorize("hasRole('ADMIN')")
    public Path berkas(String nama) {
        if (nama == null
                || !NAMA_BERKAS.matcher(nama).matches()
                || !Files.isRegularFile(properties.folder().resolve(nama))) {
            throw new AturanDilanggar("cadangan.tidak-ada", nama);
        }
        return properties.folder().resolve(nama);
    }

    /**
     * Replaces the whole database with the content of a backup: every table in the backup is dropped, created and
     * filled again. Users' work since the backup is lost; the view asks for a typed confirmation first.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void pulihkan(String nama) {
        Path berkas = berkas(nama);
        denganKunci(() -> {
                    long mulai = System.nanoTime();
                    try (InputStream sql = new GZIPInputStream(Files.newInputStream(berkas), 1 << 16)) {
                        klien.muat(sql);
                    } catch (IOException e) {
                        throw new CadanganGagal("Pemulihan dari " + nama + " gagal: " + e.getMessage(), e);
                    }
                    log.warn(
                            "Basis data dipulihkan dari cadangan {} ({} ms)",
                            nama,
                            (System.nanoTime() - mulai) / 1_000_000);
                    return nama;
                })
                .orElseThrow(() -> new AturanDilanggar("cadangan.sedang-berjalan"));
    }

    private InfoCadangan tulisCadangan() {
        long mulai = System.nanoTime();
        String nama = "kinerja-" + CAP_WAKTU.format(clock.instant().atZone(clock.getZone())) + ".sql.gz";
        Path tujuan = properties.folder().resolve(nama);
        Path sementara = properties.folder().resolve("." + nama + ".tmp");
        try {
            Files.createDirectories(properties.folder());
            if (Files.exists(tujuan)) {
                throw new AturanDilanggar("cadangan.sedang-berjalan");
            }
            try (OutputStream keluaran = new GZIPOutputStream(Files.newOutputStream(sementara), 1 << 16)) {
                klien.dump(keluaran);
            }
            // only a complete dump gets a name that is listed and restorable
            Files.move(sementara, tujuan, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            hapusDiam(sementara);
            throw new CadanganGagal("Pencadangan gagal: " + e.getMessage(), e);
        }
        InfoCadangan info = info(tujuan);
        log.info(
                "Cadangan {} dibuat: {} byte dalam {} ms",
                nama,
                info.ukuran(),
                (System.nanoTime() - mulai) / 1_000_000);
        return info;
    }

    /**
     * Runs the work while holding a MariaDB named lock on a connection of its own; empty when the lock is taken.
     * The lock is per database, so two portals on one server with different databases do not block each other.
     */
    private <T> Optional<T> denganKunci(java.util.function.Supplier<T> pekerjaan) {
        try (Connection koneksi = dataSource.getConnection()) {
            String kunci = "kinerja.cadangan." + koneksi.getCatalog();
            if (!perintahKunci(koneksi, "select get_lock(?, 0)", kunci)) {
                log.info("Kunci {} dipegang proses lain; pencadangan/pemulihan ini dilewati", kunci);
                return Optional.empty();
            }
            try {
                return Optional.of(pekerjaan.get());
            } finally {
                perintahKunci(koneksi, "select release_lock(?)", kunci);
            }
        } catch (SQLException e) {
            throw new CadanganGagal("Kunci pencadangan tidak dapat diambil: " + e.getMessage(), e);
        }
    }

    private static boolean perintahKunci(Connection koneksi, String sql, String kunci) throws SQLException {
        try (PreparedStatement perintah = koneksi.prepareStatement(sql)) {
            perintah.setString(1, kunci);
            try (ResultSet hasil = perintah.executeQuery()) {
                return hasil.next() && hasil.getInt(1) == 1;
            }
        }
    }

    private void hapus(String nama) {
        try {
            Files.deleteIfExists(properties.folder().resolve(nama));
            log.info("Cadangan lama {} dihapus (kinerja.cadangan.simpan={})", nama, properties.simpan());
        } catch (IOException e) {
            log.warn("Cadangan lama {} tidak dapat dihapus", nama, e);
        }
    }

    private static void hapusDiam(Path berkas) {
        try {
            Files.deleteIfExists(berkas);
        } catch (IOException e) {
            log.warn("Berkas sementara {} tidak dapat dihapus", berkas, e);
        }
    }

    private static InfoCadangan info(Path berkas) {
        try {
            return new InfoCadangan(
                    berkas.getFileName().toString(),
                    Files.size(berkas),
                    Files.getLastModifiedTime(berkas).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A backup or restore that MariaDB's tools could not complete; the message says why. */
    public static class CadanganGagal extends RuntimeException {

        CadanganGagal(String pesan, Throwable sebab) {
            super(pesan, sebab);
        }
    }
}
