package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.kecamatan.kinerja.base.db.GalatBasisData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Errors in event listeners (a click, a save): when the database cannot be reached, or a service refused access,
 * the user gets a message in the error colour instead of nothing happening; every other error goes to Vaadin's
 * default handling (logged). A refusal is not logged again here: it is in the security log already
 * (base.PenjagaAkses). Errors while opening a page are shown by {@link BasisDataTidakTersediaView}.
 */
@Component
public class PenanganGalat implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PenanganGalat.class);

    private final ErrorHandler bawaan = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && ditolak(event.getThrowable())) {
            Pemberitahuan.aksesDitolak(ui);
        } else if (ui != null && GalatBasisData.tidakTerhubung(event.getThrowable())) {
            log.warn(
                    "Basis data tidak dapat dihubungi: {}", event.getThrowable().toString());
            Pemberitahuan.galat(ui.getTranslation("galat.basis-data"));
        } else {
            bawaan.error(event);
        }
    }

    /** A refusal of method security or of a service's own check, however the listener's call wrapped it. */
    private static boolean ditolak(Throwable galat) {
        for (Throwable t = galat; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
