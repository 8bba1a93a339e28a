package id.kecamatan.kinerja.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.UjiTerpadu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lock on the embedded database's data folder: one portal per folder. */
@UjiTerpadu
class EmbeddedMariaDbTest {

    @Autowired
    EmbeddedDbProperties properties;

    @Autowired
    EmbeddedMariaDb embeddedMariaDb;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startKeduaPadaFolderYangDipakaiDitolak() {
        EmbeddedMariaDb kedua = new EmbeddedMariaDb(properties);

        assertThatThrownBy(kedua::start)
                .isInstanceOf(EmbeddedDbTidakDapatDimulai.class)
                .hasMessageContaining(
                        "Folder data " + properties.dataDir().toAbsolutePath().normalize())
                .hasMessageContaining("sedang dipakai oleh portal lain yang masih berjalan")
                .hasMessageContaining("kinerja.embedded-db.data-dir");

        kedua.close();
        // the running portal's database is untouched
        assertThat(jdbc.queryForObject("select count(*) from instansi where kode = 'MERAL'", Long.class))
                .isEqualTo(1);
        assertThat(embeddedMariaDb.port()).isPositive();
    }

    /**
     * After refusing a second start, the folder is still locked against other processes, e.g. a portal
     * started from another terminal: refusing must not release the running portal's lock.
     */
    @Test
    void penolakanTidakMelepasKunciPortalYangBerjalan(@TempDir Path sementara) throws Exception {
        Path berkasKunci = properties.dataDir().toAbsolutePath().normalize().resolve("kinerja.lock");
        assertThat(kunciDariProsesLain(berkasKunci, sementara)).as("sebelum").isEqualTo("TERKUNCI");

        assertThatThrownBy(() -> new EmbeddedMariaDb(properties).start()).hasMessageContaining("sedang dipakai");

        assertThat(kunciDariProsesLain(berkasKunci, sementara))
                .as("setelah penolakan")
                .isEqualTo("TERKUNCI");
    }

    /** Tries the lock from a separate JVM, as a second portal would: "TERKUNCI" or "BEBAS". */
    private static String kunciDariProsesLain(Path berkasKunci, Path folder) throws IOException, InterruptedException {
        Path program = folder.resolve("CobaKunci.java");
        Files.writeString(program, """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;

                public class CobaKunci {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                            System.out.print(channel.tryLock() == null ? "TERKUNCI" : "BEBAS");
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process proses = new ProcessBuilder(java, program.toString(), berkasKunci.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(proses.waitFor(60, TimeUnit.SECONDS))
                .as("child JVM finished")
                .isTrue();
        String keluaran = new String(proses.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(proses.exitValue()).as(keluaran).isZero();
        return keluaran;
    }
}
