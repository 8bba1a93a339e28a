package id.kecamatan.kinerja.base.db;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.KonteksTerpisah;
import id.kecamatan.kinerja.base.ui.BasisDataTidakTersediaView;
import id.kecamatan.kinerja.base.ui.PenanganGalat;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.ui.PersetujuanView;
import id.kecamatan.kinerja.security.BasisDataTidakTersedia;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The database goes away for about 10 s under a running portal and comes back: requests during the outage answer
 * within 5 s with a clear message, the first request after it succeeds within 15 s, and no connection leaks.
 * <p>
 * This test stops the database server, so it must not share the context (and database) of the other tests: the
 * distinct pool name gives it a Spring context and embedded MariaDB of its own, and {@link DirtiesContext} closes
 * both after the class, so the server it stopped and started again is not reused by anyone ({@link KonteksTerpisah}
 * gives the shared context back its security-context strategy).
 */
@ExtendWith(KonteksTerpisah.class)
@SpringBootTest(properties = "spring.datasource.hikari.pool-name=uji-pemadaman")
@DirtiesContext
class PemadamanDatabaseTest extends AbstractUiTest {

    private static final long PEMADAMAN_MS = 10_000;

    @Autowired
    EmbeddedMariaDb embeddedMariaDb;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    PenanganGalat penanganGalat;

    @Autowired
    AuthenticationProvider penyediaAutentikasi;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void portalBertahanSelamaPemadamanDanPulihSesudahnya() throws Exception {
        login("sekcam");
        UI.getCurrent().navigate("persetujuan");
        expectView(PersetujuanView.class);
        HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();

        embeddedMariaDb.hentikanServer();
        long padam = System.nanoTime();
        List<Double> lamaPermintaan = new ArrayList<>();
        int ditampilkan = 0;
        try {
            while (System.nanoTime() - padam < PEMADAMAN_MS * 1_000_000) {
                long mulai = System.nanoTime();
                // a page opened during the outage: the message page, not an internal error
                UI.getCurrent().navigate("persetujuan");
                lamaPermintaan.add((System.nanoTime() - mulai) / 1e9);
                BasisDataTidakTersediaView halaman = _get(BasisDataTidakTersediaView.class);
                assertThat(halaman.getElement().getTextRecursively()).contains("Basis data tidak dapat dihubungi");
                _assertNone(PersetujuanView.class);
                ditampilkan++;

                // a click whose service call fails: the session's error handler shows the message
                mulai = System.nanoTime();
                try {
                    realisasiService.kotakMasuk();
                    fail("the database is down, yet the service answered");
                } catch (RuntimeException galat) {
                    lamaPermintaan.add((System.nanoTime() - mulai) / 1e9);
                    assertThat(GalatBasisData.tidakTerhubung(galat))
                            .as(galat.toString())
                            .isTrue();
                    NotificationsKt.clearNotifications();
                    penanganGalat.error(new ErrorEvent(galat));
                    NotificationsKt.expectNotifications(
                            "Basis data tidak dapat dihubungi atau sedang sibuk. Data yang Anda "
                                    + "isi belum tersimpan; coba lagi beberapa saat lagi. Bila berlanjut, hubungi operator sistem.");
                }

                // a login: refused as "database unreachable", never as a wrong password (the login page says which)
                mulai = System.nanoTime();
                try {
                    penyediaAutentikasi.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated("kasi.kesos", "meral-demo-2026"));
                    fail("the database is down, yet the login was checked");
                } catch (BasisDataTidakTersedia diharapkan) {
                    lamaPermintaan.add((System.nanoTime() - mulai) / 1e9);
                }
            }
        } finally {
            embeddedMariaDb.jalankanServerLagi();
        }
        long hidup = System.nanoTime();
        // until the server reports "ready for connections" again; includes its own start-up of several seconds
        double lamaPadam = (hidup - padam) / 1e9;

        double pulihDalam = Double.NaN;
        int percobaan = 0;
        while (Double.isNaN(pulihDalam) && System.nanoTime() - hidup < 15_000_000_000L) {
            percobaan++;
            try {
                realisasiService.kotakMasuk();
                pulihDalam = (System.nanoTime() - hidup) / 1e9;
            } catch (RuntimeException masihPadam) {
                assertThat(GalatBasisData.tidakTerhubung(masihPadam))
                        .as(masihPadam.toString())
                        .isTrue();
                Thread.sleep(250);
            }
        }
        UI.getCurrent().navigate("persetujuan");
        expectView(PersetujuanView.class);
        assertThat(penyediaAutentikasi
                        .authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated("kasi.kesos", "meral-demo-2026"))
                        .isAuthenticated())
                .isTrue();
        assertThat(jdbc.queryForObject("select gagal_berturut from akun where username = 'kasi.kesos'", Integer.class))
                .as("logins refused during the outage are no failed attempts of the account")
                .isZero();

        System.out.printf(
                Locale.ROOT,
                "PEMADAMAN: database down %.1f s (10 s of requests, then the server's own restart); %d requests during the outage took %s s "
                        + "(max %.2f s); first success %.2f s after the server was up again (attempt %d); Hikari active=%d "
                        + "idle=%d total=%d max=%d%n",
                lamaPadam,
                lamaPermintaan.size(),
                lamaPermintaan.stream()
                        .map(d -> String.format(Locale.ROOT, "%.2f", d))
                        .toList(),
                lamaPermintaan.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                pulihDalam,
                percobaan,
                pool.getActiveConnections(),
                pool.getIdleConnections(),
                pool.getTotalConnections(),
                dataSource.getMaximumPoolSize());

        assertThat(ditampilkan).as("pages opened during the outage").isGreaterThanOrEqualTo(2);
        assertThat(lamaPermintaan)
                .as("seconds per request during the outage")
                .allSatisfy(d -> assertThat(d).isLessThan(5.0));
        assertThat(pulihDalam)
                .as("seconds to the first success after the database returned")
                .isLessThan(15.0);
        assertThat(pool.getActiveConnections())
                .as("active connections after recovery")
                .isZero();
        assertThat(pool.getTotalConnections()).isLessThanOrEqualTo(dataSource.getMaximumPoolSize());
    }
}
