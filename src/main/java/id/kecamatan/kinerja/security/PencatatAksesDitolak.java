package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.PenolakanAkses;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every refused access to the security log: one row per {@link PenolakanAkses}, which {@link PenjagaAkses}
 * publishes once for each refusal of method security and of the features' own checks. The detail is
 * "Kelas.metode: alasan" for both.
 */
@Component
class PencatatAksesDitolak {

    private final PencatatKeamanan pencatat;

    PencatatAksesDitolak(PencatatKeamanan pencatat) {
        this.pencatat = pencatat;
    }

    @EventListener
    void aksesDitolak(PenolakanAkses penolakan) {
        pencatat.catat(
                Peristiwa.AKSES_DITOLAK,
                penolakan.username(),
                PencatatKeamanan.alamatSaatIni(),
                penolakan.metode() + ": " + penolakan.alasan());
    }
}
