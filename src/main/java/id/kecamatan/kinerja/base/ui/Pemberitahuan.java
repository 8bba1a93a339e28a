package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The portal's two kinds of messages: a short confirmation at the top, where it covers no menu or button,
 * and a refusal in the middle, long enough to read, in the error colour. A refusal of access reads the same
 * wherever it happens ({@link #aksesDitolak}).
 */
public final class Pemberitahuan {

    private Pemberitahuan() {}

    public static void berhasil(String pesan) {
        Notification.show(pesan, 4000, Notification.Position.TOP_CENTER);
    }

    public static void galat(String pesan) {
        Notification.show(pesan, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Any refusal of access, of method security or of a service's own check: one message, never the reason. */
    public static void aksesDitolak(UI ui) {
        galat(ui.getTranslation("akses.ditolak"));
    }
}
