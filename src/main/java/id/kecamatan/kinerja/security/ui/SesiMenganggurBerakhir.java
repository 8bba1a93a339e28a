package id.kecamatan.kinerja.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Ends the login with the Vaadin session. With {@code vaadin.closeIdleSessions=true} Vaadin closes a session
 * whose user has done nothing for the session timeout, but only its own part: the HTTP session, which holds the
 * login, stayed alive because the heartbeat keeps touching it, and a reload of the page opened the portal again
 * without a password (seen in Chromium with a 1-minute timeout). Invalidating the HTTP session here makes
 * the idle timeout a real logout.
 */
@Component
class SesiMenganggurBerakhir implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(berakhir -> {
            WrappedSession http = berakhir.getSession().getSession();
            if (http == null) {
                return;
            }
            try {
                http.invalidate();
            } catch (IllegalStateException sudahBerakhir) {
                // logout or deactivation invalidated it first
            }
        });
    }
}
