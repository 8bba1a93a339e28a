package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import id.kecamatan.kinerja.base.ui.LencanaMenu;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.Ringkasan;
import java.util.HashMap;
import java.util.Map;

/** Menu counts: rows waiting for my approval beside Persetujuan; returned, late and due-soon beside Kinerja Saya. */
@org.springframework.stereotype.Component
class LencanaRealisasi implements LencanaMenu {

    private final RealisasiService service;

    LencanaRealisasi(RealisasiService service) {
        this.service = service;
    }

    @Override
    public Map<String, Lencana> lencana(Component konteks) {
        Ringkasan r = service.ringkasan();
        Map<String, Lencana> hasil = new HashMap<>();
        if (r.menungguPersetujuan() > 0) {
            hasil.put(
                    "persetujuan",
                    new Lencana(
                            r.menungguPersetujuan(),
                            konteks.getTranslation("lencana.menunggu", r.menungguPersetujuan())));
        }
        int perhatian = r.dikembalikan() + r.terlambat() + r.segeraJatuhTempo();
        if (perhatian > 0) {
            hasil.put(
                    "kinerja-saya",
                    new Lencana(
                            perhatian,
                            konteks.getTranslation(
                                    "lencana.kinerja", r.dikembalikan(), r.terlambat(), r.segeraJatuhTempo())));
        }
        return hasil;
    }
}
