package id.kecamatan.kinerja.notifikasi.ui;

import com.vaadin.flow.component.Component;
import id.kecamatan.kinerja.base.ui.TombolKepala;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;

/** Puts the notification bell in the header of every signed-in page. */
@org.springframework.stereotype.Component
class PenyediaLonceng implements TombolKepala {

    private final NotifikasiService service;

    PenyediaLonceng(NotifikasiService service) {
        this.service = service;
    }

    @Override
    public Component buat() {
        return new LoncengNotifikasi(service);
    }
}
