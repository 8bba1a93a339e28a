package id.kecamatan.kinerja.cadangan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.cadangan.CadanganService.InfoCadangan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Backups on the shared test database: taken, listed and fetched by the Admin only. Nothing here restores. */
@UjiTerpadu
class CadanganServiceTest {

    @Autowired
    CadanganService service;

    @Autowired
    CadanganProperties properties;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void adminMembuatCadanganLengkapYangTerdaftar() throws IOException {
        MasukSebagai.pengguna(userDetailsService, "admin");

        InfoCadangan baru = service.buatSekarang();

        assertThat(baru.nama()).matches("kinerja-\\d{8}-\\d{6}-\\d{3}\\.sql\\.gz");
        assertThat(service.daftar()).first().isEqualTo(baru);
        Path berkas = service.berkas(baru.nama());
        assertThat(berkas).hasParent(properties.folder()).hasFileName(baru.nama());
        assertThat(Files.size(berkas)).isEqualTo(baru.ukuran()).isPositive();
        String sql = isi(berkas);
        assertThat(sql)
                .contains(
                        "CREATE TABLE `realisasi`",
                        "CREATE TABLE `flyway_schema_history`",
                        "INSERT INTO `instansi`",
                        "Kecamatan Meral");
        // mariadb-dump writes this last line only when it finished without error
        assertThat(sql.strip().lines().toList().getLast()).startsWith("-- Dump completed on ");
        // no half-written file left behind
        try (var isiFolder = Files.list(properties.folder())) {
            assertThat(isiFolder.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void hanyaNamaBerkasCadanganYangDapatDiambil() {
        MasukSebagai.pengguna(userDetailsService, "admin");

        for (String nama : List.of("../kinerja.lock", "kinerja-20261125-013000-000.sql.gz", "application.properties")) {
            assertThatThrownBy(() -> service.berkas(nama))
                    .isInstanceOf(AturanDilanggar.class)
                    .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                    .isEqualTo("cadangan.tidak-ada");
            assertThatThrownBy(() -> service.pulihkan(nama)).isInstanceOf(AturanDilanggar.class);
        }
    }

    /** The named lock that keeps the daily backup to one instance also refuses a second backup at the same time. */
    @Test
    void cadanganDitolakSelamaKunciDipegangProsesLain() throws Exception {
        MasukSebagai.pengguna(userDetailsService, "admin");
        int sebelum = service.daftar().size();
        try (Connection lain = dataSource.getConnection()) {
            assertThat(kunci(lain, "select get_lock('kinerja.cadangan.kinerja', 0)"))
                    .isEqualTo(1);

            assertThatThrownBy(service::buatSekarang)
                    .isInstanceOf(AturanDilanggar.class)
                    .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                    .isEqualTo("cadangan.sedang-berjalan");
            assertThat(service.buatTerjadwal()).isEmpty();
            assertThat(service.daftar()).hasSize(sebelum);

            assertThat(kunci(lain, "select release_lock('kinerja.cadangan.kinerja')"))
                    .isEqualTo(1);
        }
        assertThat(service.buatSekarang()).isNotNull();
        assertThat(service.daftar()).hasSize(sebelum + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"camat", "sekcam", "kasi.pemerintahan", "bendahara"})
    void selainAdminDitolak(String username) {
        MasukSebagai.pengguna(userDetailsService, "admin");
        String ada = service.buatSekarang().nama();
        int jumlah = service.daftar().size();
        MasukSebagai.pengguna(userDetailsService, username);

        assertThatThrownBy(service::daftar).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::buatSekarang).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::buatTerjadwal).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.berkas(ada)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.pulihkan(ada)).isInstanceOf(AccessDeniedException.class);

        MasukSebagai.pengguna(userDetailsService, "admin");
        assertThat(service.daftar()).hasSize(jumlah);
    }

    private static int kunci(Connection koneksi, String sql) throws Exception {
        try (PreparedStatement perintah = koneksi.prepareStatement(sql);
                ResultSet hasil = perintah.executeQuery()) {
            hasil.next();
            return hasil.getInt(1);
        }
    }

    private static String isi(Path berkas) throws IOException {
        try (InputStream masuk = new GZIPInputStream(Files.newInputStream(berkas))) {
            return new String(masuk.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
