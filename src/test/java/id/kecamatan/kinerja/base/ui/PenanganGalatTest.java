package id.kecamatan.kinerja.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import id.kecamatan.kinerja.AbstractUiTest;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The session's error handler: a lost database connection becomes a plain message, anything else is left to
 * Vaadin's default handling. (The real outage is in base/db/PemadamanDatabaseTest.)
 */
class PenanganGalatTest extends AbstractUiTest {

    private static final String PESAN = "Basis data tidak dapat dihubungi atau sedang sibuk. Data yang Anda isi belum "
            + "tersimpan; coba lagi beberapa saat lagi. Bila berlanjut, hubungi operator sistem.";

    @Autowired
    PenanganGalat penanganGalat;

    @Test
    void dipasangPadaSetiapSesi() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isSameAs(penanganGalat);
    }

    @Test
    void koneksiPutusMenjadiPesanJelas() {
        login("kasi.pemerintahan");
        var galat = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")));

        penanganGalat.error(new ErrorEvent(new RuntimeException("listener", galat)));

        NotificationsKt.expectNotifications(PESAN);
    }

    @Test
    void galatLainTidakDisamarkan() {
        login("kasi.pemerintahan");

        penanganGalat.error(new ErrorEvent(new IllegalStateException("bug")));

        NotificationsKt.expectNoNotifications();
    }
}
