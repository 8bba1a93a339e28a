package id.kecamatan.kinerja.cadangan;

import com.zaxxer.hikari.HikariDataSource;
import id.kecamatan.kinerja.base.db.EmbeddedMariaDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs MariaDB's own client tools against the portal's database: {@code mariadb-dump} to write a backup and
 * {@code mariadb} to load one. Host, port, user and database come from the connection pool's settings; the
 * password goes in the MYSQL_PWD environment variable, never on the command line (visible in the process list).
 */
@Component
class KlienMariaDb {

    /** jdbc:mariadb://host[:port]/database[?...] (also jdbc:mysql:). */
    private static final Pattern URL_JDBC =
            Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:,?]+)(?::(\\d+))?/([^?;/]+).*");

    private final HikariDataSource dataSource;
    private final String mariadbDump;
    private final String mariadb;
    private final List<String> opsiKlien;

    KlienMariaDb(HikariDataSource dataSource, ObjectProvider<EmbeddedMariaDb> embedded, CadanganProperties properties) {
        this.dataSource = dataSource;
        EmbeddedMariaDb tertanam = embedded.getIfAvailable();
        opsiKlien = tertanam == null ? List.of() : tertanam.opsiKlien();
        if (!properties.folderAlat().isBlank()) {
            Path folder = Path.of(properties.folderAlat());
            mariadbDump = folder.resolve("mariadb-dump").toString();
            mariadb = folder.resolve("mariadb").toString();
        } else if (tertanam != null) {
            mariadbDump = tertanam.mariadbDump().toString();
            mariadb = tertanam.mariadbKlien().toString();
        } else {
            mariadbDump = "mariadb-dump";
            mariadb = "mariadb";
        }
    }

    /**
     * A consistent snapshot of the database as SQL, written to {@code keluaran}: one transaction
     * (--single-transaction, no table locks, so the portal keeps working), binary columns (evidence files) in hex.
     */
    void dump(OutputStream keluaran) throws IOException {
        jalankan(
                List.of(
                        mariadbDump,
                        "--single-transaction",
                        "--quick",
                        "--hex-blob",
                        "--default-character-set=utf8mb4"),
                null,
                keluaran);
    }

    /** Runs the SQL of a backup against the database: its tables are dropped and created again with their rows. */
    void muat(InputStream sql) throws IOException {
        jalankan(List.of(mariadb, "--default-character-set=utf8mb4"), sql, OutputStream.nullOutputStream());
    }

    /**
     * Read when a tool runs, not at start: a URL these tools cannot use (e.g. several hosts) then fails the backup
     * with a message, never the start of the portal.
     */
    private void jalankan(List<String> perintahDasar, @Nullable InputStream masukan, OutputStream keluaran)
            throws IOException {
        Matcher url = URL_JDBC.matcher(dataSource.getJdbcUrl());
        if (!url.matches()) {
            throw new IOException("URL basis data " + dataSource.getJdbcUrl() + " tidak dikenali (diharapkan "
                    + "jdbc:mariadb://host:port/database)");
        }
        List<String> perintah = new ArrayList<>(perintahDasar);
        perintah.addAll(
                1,
                List.of(
                        "--host=" + url.group(1),
                        "--port=" + (url.group(2) == null ? "3306" : url.group(2)),
                        "--protocol=TCP",
                        "--user=" + dataSource.getUsername()));
        perintah.addAll(1, opsiKlien);
        perintah.add(url.group(3));
        ProcessBuilder pembangun = new ProcessBuilder(perintah);
        String password = dataSource.getPassword();
        if (password != null && !password.isEmpty()) {
            pembangun.environment().put("MYSQL_PWD", password);
        }
        Process proses;
        try {
            proses = pembangun.start();
        } catch (IOException e) {
            throw new IOException(
                    perintah.getFirst() + " tidak dapat dijalankan (atur kinerja.cadangan.folder-alat): "
                            + e.getMessage(),
                    e);
        }
        // stderr and stdin each on a thread of their own (not the common pool, which may have a single thread here
        // and would then never feed stdin while waiting for stderr)
        ByteArrayOutputStream galat = new ByteArrayOutputStream();
        Thread pembacaGalat = Thread.ofVirtual().start(() -> salin(proses.getErrorStream(), galat));
        IOException[] galatMasukan = new IOException[1];
        Thread penulis = Thread.ofVirtual().start(() -> {
            try (OutputStream stdin = proses.getOutputStream()) {
                if (masukan != null) {
                    masukan.transferTo(stdin);
                }
            } catch (IOException e) {
                galatMasukan[0] = e;
            }
        });
        int kode;
        try (InputStream stdout = proses.getInputStream()) {
            stdout.transferTo(keluaran);
            kode = proses.waitFor();
            penulis.join();
            pembacaGalat.join();
        } catch (InterruptedException e) {
            proses.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(perintah.getFirst() + " dihentikan", e);
        }
        if (kode == 0 && galatMasukan[0] != null) {
            throw new IOException(
                    perintah.getFirst() + " tidak menerima masukan: " + galatMasukan[0].getMessage(), galatMasukan[0]);
        }
        if (kode != 0) {
            throw new IOException(Path.of(perintah.getFirst()).getFileName() + " gagal (kode " + kode + "): "
                    + galat.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private static void salin(InputStream dari, ByteArrayOutputStream ke) {
        try (dari) {
            dari.transferTo(ke);
        } catch (IOException e) {
            ke.writeBytes(e.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
