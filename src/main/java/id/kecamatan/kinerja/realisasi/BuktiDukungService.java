package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AturanBukti;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.BerkasBukti;
import id.kecamatan.kinerja.base.InfoBukti;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bukti dukung: the evidence files of a realisasi, stored in the database with their SHA-256. The owner of the
 * indicator uploads while the row is a draft or returned; each file meets {@link AturanBukti} (type decided by the
 * content, the name agreeing with it). A file with the name of a current one replaces it, and the replaced file stays
 * as history.
 * Files are read only by those who may read the row: the owner, the verifikator of the owner's jabatan, the Camat.
 */
@Service
public class BuktiDukungService {

    private final BuktiDukungRepository buktiRepository;
    private final RealisasiRepository realisasiRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final AksesRealisasi akses;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    BuktiDukungService(
            BuktiDukungRepository buktiRepository,
            RealisasiRepository realisasiRepository,
            PenggunaSaatIni penggunaSaatIni,
            AksesRealisasi akses,
            PenjagaAkses penjaga,
            Clock clock) {
        this.buktiRepository = buktiRepository;
        this.realisasiRepository = realisasiRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.akses = akses;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /**
     * Attaches a file to a realisasi of the caller's own indicator that is still a draft or returned. Refused, with
     * nothing stored or changed: a file {@link AturanBukti#periksa} refuses.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public InfoBukti unggah(Long realisasiId, String namaFile, byte[] isi) {
        // locked: a submission waits for the upload to finish, and an upload after it sees the new status
        Realisasi realisasi = realisasiRepository
                .findTerkunci(realisasiId)
                .orElseThrow(() -> penjaga.tidakAda("BuktiDukungService.unggah", "realisasi", realisasiId));
        akses.milikSaya("BuktiDukungService.unggah", realisasi.getIndikator());
        if (!realisasi.getStatus().dapatDiubah()) {
            throw new AturanDilanggar("bukti.terkunci", realisasi.getStatus());
        }
        AturanBukti.BuktiSah sah = AturanBukti.periksa(namaFile, isi);
        String nama = sah.nama();

        // as the database keeps it (datetime(6)), so what is returned is what is read back later
        Instant sekarang = clock.instant().truncatedTo(ChronoUnit.MICROS);
        buktiRepository.tandaiDiganti(realisasiId, nama, sekarang);
        BuktiDukung bukti = buktiRepository.save(new BuktiDukung(
                realisasi,
                nama,
                sah.jenis().tipeKonten(),
                isi,
                sah.sha256(),
                penggunaSaatIni.wajib().username(),
                sekarang));
        realisasi.milikPengguna();
        return new InfoBukti(
                bukti.idTersimpan(),
                bukti.getNamaFile(),
                bukti.getTipeKonten(),
                bukti.getUkuran(),
                bukti.getSha256(),
                bukti.getDiunggahOleh(),
                bukti.getDiunggahPada(),
                null);
    }

    /** The files of a realisasi, current and replaced, oldest first; never their content. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InfoBukti> daftar(Long realisasiId) {
        Realisasi realisasi = realisasiRepository
                .findById(realisasiId)
                .orElseThrow(() -> penjaga.tidakAda("BuktiDukungService.daftar", "realisasi", realisasiId));
        akses.bolehBaca("BuktiDukungService.daftar", realisasi.getIndikator());
        return buktiRepository.findInfo(realisasiId);
    }

    /** One file with its content, current or replaced, for those who may read its realisasi. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public BerkasBukti unduh(Long buktiId) {
        BuktiDukung bukti = buktiRepository
                .findById(buktiId)
                .orElseThrow(() -> penjaga.tidakAda("BuktiDukungService.unduh", "bukti dukung", buktiId));
        akses.bolehBaca("BuktiDukungService.unduh", bukti.getRealisasi().getIndikator());
        return new BerkasBukti(bukti.getNamaFile(), bukti.getTipeKonten(), bukti.getIsi());
    }
}
