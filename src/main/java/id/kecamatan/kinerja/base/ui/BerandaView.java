package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import jakarta.annotation.security.PermitAll;

/**
 * The address "/" sends each role to its natural first page: a Kasi or staff member to their own results,
 * the Admin to the accounts, the Camat and the Sekcam to the dashboard.
 */
@Route("")
@PermitAll
public class BerandaView extends Div implements BeforeEnterObserver {

    private final PenggunaSaatIni penggunaSaatIni;

    public BerandaView(PenggunaSaatIni penggunaSaatIni) {
        this.penggunaSaatIni = penggunaSaatIni;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Peran peran = penggunaSaatIni.cari().map(Pengguna::peran).orElse(null);
        String tujuan = switch (peran == null ? Peran.STAF : peran) {
            case KEPALA_UNIT, STAF -> "kinerja-saya";
            case ADMIN -> "pengguna";
            case CAMAT, SEKCAM -> "dasbor";
            case EVALUATOR -> "evaluasi";
            case KABUPATEN -> "kabupaten";
        };
        event.forwardTo(tujuan);
    }
}
