package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.db.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile against a real MariaDB server, on a database of its own created for the run
 * and dropped after it. Run by the Maven profile db-eksternal only:
 * {@code ./mvnw -Pdb-eksternal failsafe:integration-test failsafe:verify}.
 * The server is 127.0.0.1:3306 as root without password unless the system properties (or environment
 * variables) kinerja.it.db.url / KINERJA_IT_DB_URL (a JDBC URL without database, e.g.
 * {@code jdbc:mariadb://127.0.0.1:3306/}), kinerja.it.db.username / KINERJA_IT_DB_USERNAME and
 * kinerja.it.db.password / KINERJA_IT_DB_PASSWORD say otherwise. An unreachable server fails the test.
 */
@SpringBootTest(properties = "KINERJA_ADMIN_PASSWORD=" + ProdProfilIT.PASSWORD_ADMIN)
@ActiveProfiles("prod")
class ProdProfilIT {

    static final String PASSWORD_ADMIN = "admin-awal-uji-2026";

    private static final String URL_SERVER =
            pengaturan("kinerja.it.db.url", "KINERJA_IT_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USERNAME = pengaturan("kinerja.it.db.username", "KINERJA_IT_DB_USERNAME", "root");
    private static final String PASSWORD = pengaturan("kinerja.it.db.password", "KINERJA_IT_DB_PASSWORD", "");
    private static final String DATABASE =
            "kinerja_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static boolean databaseDibuat;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService userDetailsService;

    /** Runs before the Spring context is created (that happens when the first test instance is prepared). */
    @BeforeAll
    static void buatDatabase() {
        jalankanDiServer("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        databaseDibuat = true;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL_SERVER + DATABASE);
        registry.add("spring.datasource.username", () -> USERNAME);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** The context's pool still holds idle connections; MariaDB drops a database they are not using. */
    @AfterAll
    static void hapusDatabase() {
        if (databaseDibuat) {
            jalankanDiServer("drop database if exists " + DATABASE);
        }
    }

    @Test
    void memakaiServerEksternalBukanMariaDbTertanam() {
        assertThat(context.getBeanProvider(EmbeddedMariaDb.class).getIfAvailable())
                .isNull();
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(DATABASE);
        assertThat(environment.getProperty("kinerja.demo.enabled")).isEqualTo("false");
    }

    /** The context started with ddl-auto=validate, so Hibernate found the migrated schema matching every entity. */
    @Test
    void flywayMembuatSkemaDanHibernateMemvalidasinya() {
        assertThat(jdbc.queryForMap("""
                select version, success from flyway_schema_history where version = '1'
                """)).containsEntry("version", "1").containsEntry("success", true);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 0", Long.class))
                .isZero();
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void rencanaMeralDiimpor() {
        assertThat(jdbc.queryForObject("select nama from instansi where kode = 'MERAL'", String.class))
                .isEqualTo("Kecamatan Meral");
        assertThat(jdbc.queryForObject("select count(*) from instansi", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from indikator", Long.class))
                .isEqualTo(18);
        assertThat(jdbc.queryForObject("select count(*) from jabatan where peran <> 'ADMIN'", Long.class))
                .isEqualTo(12);
        assertThat(jdbc.queryForObject("""
                select count(*) from komponen k join indikator i on i.id = k.indikator_id
                """, Long.class)).isEqualTo(40);
    }

    @Test
    void satuSatunyaAkunAdalahAdminYangWajibGantiPassword() {
        assertThat(jdbc.queryForList("select username from akun", String.class)).containsExactly("admin");
        Map<String, Object> admin = jdbc.queryForMap("select password_hash, harus_ganti_password, aktif from akun");
        assertThat(admin).containsEntry("harus_ganti_password", true).containsEntry("aktif", true);
        String hash = (String) admin.get("password_hash");
        assertThat(hash).startsWith("$2").doesNotContain(PASSWORD_ADMIN);
        assertThat(passwordEncoder.matches(PASSWORD_ADMIN, hash)).isTrue();
        assertThat(passwordEncoder.matches("meral-demo-2026", hash)).isFalse();

        Pengguna pengguna = ((PenggunaSaatIni.Prinsipal) userDetailsService.loadUserByUsername("admin")).pengguna();
        assertThat(pengguna.harusGantiPassword()).isTrue();
        assertThat(pengguna.namaJabatan()).isEqualTo("Operator Sistem");
    }

    @Test
    void tidakAdaPegawaiContoh() {
        assertThat(jdbc.queryForObject("select count(*) from pegawai where data_contoh", Long.class))
                .isZero();
        // the Camat named in the plan, and the administrator
        assertThat(jdbc.queryForList("select nama from pegawai order by id", String.class))
                .containsExactly("R. NOVI YOHANDRI, S.STP, M.AP", "Administrator");
        assertThat(jdbc.queryForObject("select count(*) from realisasi", Long.class))
                .isZero();
    }

    @Test
    void tidakAdaTargetAtauRealisasiContoh() throws ClassNotFoundException {
        for (String tabel : List.of("target", "target_aud", "realisasi", "realisasi_aud")) {
            assertThat(jdbc.queryForObject("select count(*) from " + tabel + " where data_contoh", Long.class))
                    .as(tabel)
                    .isZero();
        }
        // only the plan's own targets: IKU-AKIP 2017–2021
        assertThat(jdbc.queryForList("select distinct tahun from target order by tahun", Integer.class))
                .containsExactly(2017, 2018, 2019, 2020, 2021);
        // the generator is package-private; looked up by name so that a rename fails here instead of passing
        assertThat(context.getBeanNamesForType(Class.forName("id.kecamatan.kinerja.demo.DataContoh")))
                .isEmpty();
    }

    /** Straight SQL on the server: it makes and drops the run's database, which no portal context has yet. */
    private static void jalankanDiServer(String sql) {
        try (Connection koneksi = DriverManager.getConnection(URL_SERVER, USERNAME, PASSWORD);
                Statement perintah = koneksi.createStatement()) {
            perintah.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Server MariaDB untuk uji profil prod tidak dapat dipakai (" + URL_SERVER
                            + ", pengguna " + USERNAME + "): " + e.getMessage() + ". Jalankan servernya (mis. "
                            + "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd) atau atur "
                            + "kinerja.it.db.url / .username / .password.",
                    e);
        }
    }

    private static String pengaturan(String properti, String variabelLingkungan, String bawaan) {
        String nilai = System.getProperty(properti);
        if (nilai == null) {
            nilai = System.getenv(variabelLingkungan);
        }
        return nilai != null ? nilai : bawaan;
    }
}
