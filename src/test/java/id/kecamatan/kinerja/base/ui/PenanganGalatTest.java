package id.kecamatan.kinerja.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.AksesDitolak;
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The session's error handler: a lost database connection and a refusal of access become a plain message,
 * anything else is left to Vaadin's default handling. (The real outage is in base/db/PemadamanDatabaseTest.)
 */
class PenanganGalatTest extends AbstractUiTest {

    private static final String PESAN = "Basis data tidak dapat dihubungi atau sedang sibuk. Data yang Anda isi belum "
            + "tersimpan; coba lagi beberapa saat lagi. Bila berlanjut, hubungi operator sistem.";

    private static final String DITOLAK = "Akses ditolak: Anda tidak berhak membuka atau mengubah data ini.";

    @Autowired
    PenanganGalat penanganGalat;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    TargetService targetService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dipasangPadaSetiapSesi() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isSameAs(penanganGalat);
    }

    @Test
    void koneksiPutusMenjadiPesanJelas() {
        login("kasi.pemerintahan");
        var galat = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new JDBCConnectionException(
                        "Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException(
                                "Connection is not available, request timed out after 3000ms")));

        penanganGalat.error(new ErrorEvent(new RuntimeException("listener", galat)));

        NotificationsKt.expectNotifications(PESAN);
    }

    /**
     * A refusal of a service's own check and one of method security read the same, without the reason; the
     * handler writes nothing to the security log, where each refusal already is once.
     */
    @Test
    void setiapPenolakanMenjadiPesanYangSama() {
        login("kasi.pemerintahan");
        Throwable pemeriksaan = catchThrowable(() -> realisasiService.riwayat(-1L));
        Throwable metode = catchThrowable(() -> targetService.tabelTarget(2026));
        long logTerakhir = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);

        penanganGalat.error(new ErrorEvent(new RuntimeException("listener", pemeriksaan)));
        NotificationsKt.expectNotifications(DITOLAK);
        penanganGalat.error(new ErrorEvent(metode));
        NotificationsKt.expectNotifications(DITOLAK);

        assertThat(pemeriksaan).isInstanceOf(AksesDitolak.class);
        assertThat(metode).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class))
                .isEqualTo(logTerakhir);
    }

    @Test
    void galatLainTidakDisamarkan() {
        login("kasi.pemerintahan");

        penanganGalat.error(new ErrorEvent(new IllegalStateException("bug")));

        NotificationsKt.expectNoNotifications();
    }
}
