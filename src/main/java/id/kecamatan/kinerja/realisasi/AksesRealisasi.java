package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.organisasi.Jabatan;
import org.springframework.stereotype.Component;

/**
 * Who may act on a realisasi of an indicator (the owner enters it, the verifikator approves it, the Camat reads all),
 * for the services of this package: each rule once, as a check that refuses through {@link PenjagaAkses}
 * ({@code metode}: the service method called, for the log) and, where a screen must offer only what is allowed, as a
 * question.
 */
@Component
class AksesRealisasi {

    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;

    AksesRealisasi(PenggunaSaatIni penggunaSaatIni, PenjagaAkses penjaga) {
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
    }

    /** The indicator belongs to the signed-in user's jabatan. */
    void milikSaya(String metode, Indikator indikator) {
        if (!milik(indikator)) {
            throw penjaga.tolak(metode, "indikator " + indikator.getId() + " bukan milik jabatannya");
        }
    }

    /** The signed-in user verifies the owner's jabatan; where it has no verifikator (the Camat's own), the Camat. */
    void verifikatorSaya(String metode, Indikator indikator) {
        if (!verifikator(penggunaSaatIni.wajib(), indikator)) {
            throw penjaga.tolak(metode, "bukan verifikator indikator " + indikator.getId());
        }
    }

    /** Reading a row that may not be approved yet, its history and evidence: the owner, the verifikator, the Camat. */
    void bolehBaca(String metode, Indikator indikator) {
        if (!dapatMembaca(indikator)) {
            throw penjaga.tolak(metode, "tidak boleh membaca realisasi indikator " + indikator.getId());
        }
    }

    /** The same rule as {@link #bolehBaca}, as a question: may the signed-in user see this row before approval? */
    boolean dapatMembaca(Indikator indikator) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        boolean camat = pengguna.peran() == Peran.CAMAT
                && indikator.getInstansi().idTersimpan().equals(pengguna.instansiId());
        return pemilik(pengguna, indikator) || verifikator(pengguna, indikator) || camat;
    }

    /** May reopen an approved row: its verifikator, or the Camat of the same instansi. */
    boolean dapatMembukaKembali(Indikator indikator) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        return verifikator(pengguna, indikator)
                || (pengguna.peran() == Peran.CAMAT
                        && indikator.getInstansi().idTersimpan().equals(pengguna.instansiId()));
    }

    boolean milik(Indikator indikator) {
        return pemilik(penggunaSaatIni.wajib(), indikator);
    }

    private static boolean pemilik(Pengguna pengguna, Indikator indikator) {
        return indikator.getPemilik().idTersimpan().equals(pengguna.jabatanId());
    }

    private static boolean verifikator(Pengguna pengguna, Indikator indikator) {
        Jabatan verifikator = indikator.getPemilik().getVerifikator();
        return verifikator != null
                ? verifikator.idTersimpan().equals(pengguna.jabatanId())
                : pengguna.peran() == Peran.CAMAT
                        && indikator.getInstansi().idTersimpan().equals(pengguna.instansiId());
    }
}
