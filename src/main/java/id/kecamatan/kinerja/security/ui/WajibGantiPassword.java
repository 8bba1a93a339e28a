package id.kecamatan.kinerja.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import org.springframework.stereotype.Component;

/** Keeps a user with a generated or reset password on the change-password page until they change it. */
@Component
class WajibGantiPassword implements VaadinServiceInitListener {

    private final PenggunaSaatIni penggunaSaatIni;

    WajibGantiPassword(PenggunaSaatIni penggunaSaatIni) {
        this.penggunaSaatIni = penggunaSaatIni;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    boolean wajib = penggunaSaatIni
                            .cari()
                            .map(Pengguna::harusGantiPassword)
                            .orElse(false);
                    Class<?> tujuan = enter.getNavigationTarget();
                    if (wajib && tujuan != GantiPasswordView.class && tujuan != LoginView.class) {
                        enter.rerouteTo(GantiPasswordView.class);
                    }
                }));
    }
}
