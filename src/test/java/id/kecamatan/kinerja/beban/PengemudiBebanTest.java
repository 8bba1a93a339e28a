package id.kecamatan.kinerja.beban;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.KonteksTerpisah;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The load driver, tiny (1 warm-up user, then 3 users, 1 iteration), against the whole portal over real HTTP, so
 * that the driver cannot rot when a screen or the Vaadin protocol changes. It needs its own application context:
 * the driver speaks HTTP to a real server, which the shared mock-servlet context of the other tests does not have;
 * this costs a second embedded database (its own folder and port, test profile: demo accounts, no sample data),
 * closed after this class.
 */
@ExtendWith(KonteksTerpisah.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PengemudiBebanTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tigaPenggunaMengisiMenyimpanDanMengajukanTanpaGalat() throws InterruptedException {
        var atur = new PengemudiBeban.Pengaturan(
                "http://localhost:" + port,
                3,
                1,
                1,
                Duration.ZERO,
                Duration.ofMillis(20),
                "dasbor",
                Arrays.asList(PengemudiBeban.AKUN_DEMO.split(",")),
                "meral-demo-2026",
                0,
                ZoneId.of("Asia/Jakarta"),
                "");

        PengemudiBeban.Hasil hasil = new PengemudiBeban(atur).jalankan(System.out);
        hasil.cetak(System.out);

        assertThat(hasil.contohGalat()).isEmpty();
        assertThat(hasil.jumlahGalat()).isZero();
        // the warm-up user is not in the figures
        assertThat(hasil.diajukan()).isEqualTo(3);
        for (String langkah : new String[] {
            "halaman-login", "masuk", "dasbor", "kinerja-saya", "buka-editor", "simpan", "ubah", "ajukan", "keluar"
        }) {
            assertThat(hasil.jumlah(langkah)).as(langkah).isEqualTo(3);
        }
        assertThat(hasil.jumlah("ketik")).isGreaterThanOrEqualTo(3);
        assertThat(hasil.permintaan()).isGreaterThan(3 * 12);
        // what the notifications said is what the database holds: three submitted quarters and the warm-up's one
        assertThat(jdbc.queryForObject("select count(*) from realisasi where status = 'DIAJUKAN'", Integer.class))
                .isEqualTo(4);
        // and the quarters the driver records as confirmed (for tools/galera.sh) are those four
        assertThat(hasil.komit()).hasSize(4);
        assertThat(hasil.komit().values()).containsOnly("DIAJUKAN");
        assertThat(hasil.komit().keySet().stream()
                        .map(slot -> slot.indikator() + " " + slot.tahun() + "/" + slot.triwulan())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "select concat(i.kode, ' ', r.tahun, '/', r.triwulan) from realisasi r"
                                + " join indikator i on i.id = r.indikator_id where r.status = 'DIAJUKAN'",
                        String.class));
    }
}
