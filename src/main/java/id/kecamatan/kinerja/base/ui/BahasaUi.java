package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.kecamatan.kinerja.base.PesanProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The portal speaks Bahasa Indonesia whatever the browser's language; English is chosen in the menu
 * and kept for the session.
 */
@Component
class BahasaUi implements VaadinServiceInitListener {

    static final Locale INDONESIA = PesanProvider.INDONESIA;
    static final Locale INGGRIS = PesanProvider.INGGRIS;
    private static final String ATRIBUT = BahasaUi.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(dipilih()));
    }

    static void simpan(Locale locale) {
        VaadinSession.getCurrent().setAttribute(ATRIBUT, locale);
    }

    private static Locale dipilih() {
        VaadinSession session = VaadinService.getCurrent() == null ? null : VaadinSession.getCurrent();
        Object locale = session == null ? null : session.getAttribute(ATRIBUT);
        return locale instanceof Locale l ? l : INDONESIA;
    }
}
