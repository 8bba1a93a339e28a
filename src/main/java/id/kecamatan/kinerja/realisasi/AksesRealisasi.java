package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AksesDitolak;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.organisasi.Jabatan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a realisasi of an indicator (DESIGN §5), for the services of this package. A refusal is logged
 * with the reason (and written to the security log through {@link AksesDitolak}) and the caller only learns
 * "refused", so guessing ids tells nothing.
 */
@Component
class AksesRealisasi {

    private static final Logger log = LoggerFactory.getLogger(AksesRealisasi.class);

    private final PenggunaSaatIni penggunaSaatIni;
    private final ApplicationEventPublisher events;

    AksesRealisasi(PenggunaSaatIni penggunaSaatIni, ApplicationEventPublisher events) {
        this.penggunaSaatIni = penggunaSaatIni;
        this.events = events;
    }

    /** The indicator belongs to the signed-in user's jabatan. */
    void milikSaya(Indikator indikator) {
        if (!pemilik(penggunaSaatIni.wajib(), indikator)) {
            throw ditolak("indikator " + indikator.getId() + " bukan milik jabatannya");
        }
    }

    /** The signed-in user verifies the owner's jabatan; where it has no verifikator (the Camat's own), the Camat. */
    void verifikatorSaya(Indikator indikator) {
        if (!verifikator(penggunaSaatIni.wajib(), indikator)) {
            throw ditolak("bukan verifikator indikator " + indikator.getId());
        }
    }

    void samaInstansi(Indikator indikator) {
        if (!indikator.getInstansi().getId().equals(penggunaSaatIni.wajib().instansiId())) {
            throw ditolak("indikator " + indikator.getId() + " di instansi lain");
        }
    }

    /** Reading a row that may not be approved yet, and its evidence: the owner, the verifikator and the Camat. */
    void bolehBaca(Indikator indikator) {
        if (!dapatMembaca(indikator)) {
            throw ditolak("tidak boleh membaca realisasi indikator " + indikator.getId());
        }
    }

    /** The same rule as {@link #bolehBaca}, as a question: may the signed-in user see this row before approval? */
    boolean dapatMembaca(Indikator indikator) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        boolean camat = pengguna.peran() == Peran.CAMAT && indikator.getInstansi().getId().equals(pengguna.instansiId());
        return pemilik(pengguna, indikator) || verifikator(pengguna, indikator) || camat;
    }

    /** May reopen an approved row: its verifikator, or the Camat of the same instansi. */
    boolean dapatMembukaKembali(Indikator indikator) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        return verifikator(pengguna, indikator)
                || (pengguna.peran() == Peran.CAMAT && indikator.getInstansi().getId().equals(pengguna.instansiId()));
    }

    boolean milik(Indikator indikator) {
        return pemilik(penggunaSaatIni.wajib(), indikator);
    }

    AccessDeniedException ditolak(String alasan) {
        String username = penggunaSaatIni.cari().map(Pengguna::username).orElse("anonim");
        log.warn("Akses ditolak untuk {}: {}", username, alasan);
        events.publishEvent(new AksesDitolak(username, alasan));
        return new AccessDeniedException("Akses ditolak");
    }

    private static boolean pemilik(Pengguna pengguna, Indikator indikator) {
        return indikator.getPemilik().getId().equals(pengguna.jabatanId());
    }

    private static boolean verifikator(Pengguna pengguna, Indikator indikator) {
        Jabatan verifikator = indikator.getPemilik().getVerifikator();
        return verifikator != null
                ? verifikator.getId().equals(pengguna.jabatanId())
                : pengguna.peran() == Peran.CAMAT && indikator.getInstansi().getId().equals(pengguna.instansiId());
    }
}
