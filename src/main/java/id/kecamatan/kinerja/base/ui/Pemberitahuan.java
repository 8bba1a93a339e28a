package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The portal's two kinds of messages: a short confirmation at the top, where it covers no menu or button,
 * and a refusal in the middle, long enough to read, in the error colour.
 */
public final class Pemberitahuan {

    private Pemberitahuan() {
    }

    public static void berhasil(String pesan) {
        Notification.show(pesan, 4000, Notification.Position.TOP_CENTER);
    }

    public static void galat(String pesan) {
        Notification.show(pesan, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
