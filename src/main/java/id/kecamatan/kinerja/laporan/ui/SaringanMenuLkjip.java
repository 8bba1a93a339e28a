package id.kecamatan.kinerja.laporan.ui;

import id.kecamatan.kinerja.base.ui.SaringanMenu;
import id.kecamatan.kinerja.laporan.TeksLkjipService;
import id.kecamatan.kinerja.laporan.TeksLkjipService.Akses;
import org.springframework.stereotype.Component;

/** The LKjIP texts are in the menu of those who may write or read them, whatever their role. */
@Component
class SaringanMenuLkjip implements SaringanMenu {

    private final TeksLkjipService service;

    SaringanMenuLkjip(TeksLkjipService service) {
        this.service = service;
    }

    @Override
    public boolean tampilkan(String path) {
        return !LkjipView.ROUTE.equals(path) || service.aksesSaya() != Akses.TIDAK;
    }
}
