package id.kecamatan.kinerja.cadangan;

import id.kecamatan.kinerja.base.db.JadwalHarian;
import id.kecamatan.kinerja.security.SebagaiSistem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily backup (kinerja.cadangan.jadwal), run as the portal itself with the Admin's rights, once a day across all
 * instances on the database: the first to claim the day ({@link JadwalHarian}) takes it.
 */
@Component
class CadanganTerjadwal {

    private static final Logger log = LoggerFactory.getLogger(CadanganTerjadwal.class);

    static final String PEKERJAAN = "cadangan";

    private final CadanganService service;
    private final JadwalHarian jadwal;

    CadanganTerjadwal(CadanganService service, JadwalHarian jadwal) {
        this.service = service;
        this.jadwal = jadwal;
    }

    @Scheduled(cron = "${kinerja.cadangan.jadwal}")
    void jalankan() {
        try {
            if (!jadwal.klaim(PEKERJAAN)) {
                log.info("Cadangan terjadwal hari ini sudah diambil (jadwal_harian); dilewati");
                return;
            }
            try {
                SebagaiSistem.jalankan(service::buatTerjadwal);
            } catch (RuntimeException e) {
                jadwal.lepas(PEKERJAAN);
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("Pencadangan terjadwal gagal", e);
        }
    }
}
