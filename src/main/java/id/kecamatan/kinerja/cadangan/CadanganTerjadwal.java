package id.kecamatan.kinerja.cadangan;

import id.kecamatan.kinerja.security.SebagaiSistem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily backup (kinerja.cadangan.jadwal), run as the portal itself with the Admin's rights. */
@Component
class CadanganTerjadwal {

    private static final Logger log = LoggerFactory.getLogger(CadanganTerjadwal.class);

    private final CadanganService service;

    CadanganTerjadwal(CadanganService service) {
        this.service = service;
    }

    @Scheduled(cron = "${kinerja.cadangan.jadwal}")
    void jalankan() {
        try {
            SebagaiSistem.jalankan(service::buatTerjadwal);
        } catch (RuntimeException e) {
            log.error("Pencadangan terjadwal gagal", e);
        }
    }
}
