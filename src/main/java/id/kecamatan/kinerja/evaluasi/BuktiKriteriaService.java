package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AturanBukti;
import id.kecamatan.kinerja.base.BerkasBukti;
import id.kecamatan.kinerja.base.InfoBukti;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence files of the kriteria of an evaluation, stored in the database with their SHA-256 under the rules of
 * every evidence file ({@link AturanBukti}: type by content, the name agreeing, 10 MB). Whoever may answer a kriteria
 * uploads to it ({@link AksesEvaluasi}); a file with the name of a current one of that kriteria replaces it, and the
 * replaced file stays as history. Files are read by whoever may read the kriteria.
 */
@Service
public class BuktiKriteriaService {

    private final BuktiKriteriaRepository buktiRepository;
    private final EvaluasiAkipRepository evaluasiRepository;
    private final AksesEvaluasi akses;
    private final KatalogLke katalog;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    BuktiKriteriaService(
            BuktiKriteriaRepository buktiRepository,
            EvaluasiAkipRepository evaluasiRepository,
            AksesEvaluasi akses,
            KatalogLke katalog,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.buktiRepository = buktiRepository;
        this.evaluasiRepository = evaluasiRepository;
        this.akses = akses;
        this.katalog = katalog;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** A current file of a kriteria, as the LKE worksheet's output lists it. */
    public record BerkasKriteria(long id, String namaFile, String sha256) {}

    /**
     * Attaches a file to a kriteria the signed-in user may answer. Refused, with nothing stored or changed: a file
     * {@link AturanBukti#periksa} refuses, or a kriteria the evaluation's LKE does not have.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'KEPALA_UNIT', 'STAF')")
    public InfoBukti unggah(long evaluasiId, String kriteria, String namaFile, byte[] isi) {
        String metode = "BuktiKriteriaService.unggah";
        // locked: two uploads of one name to the evaluation follow each other, so one of them replaces the other
        EvaluasiAkip evaluasi = akses.evaluasi(metode, evaluasiId, true);
        akses.wajibMenjawab(metode, evaluasi, kriteria);
        katalog.periksaJawaban(evaluasi.getBerkasLke(), kriteria, null);
        AturanBukti.BuktiSah sah = AturanBukti.periksa(namaFile, isi);

        // as the database keeps it (datetime(6)), so what is returned is what is read back later
        Instant sekarang = clock.instant().truncatedTo(ChronoUnit.MICROS);
        buktiRepository.tandaiDiganti(evaluasiId, kriteria, sah.nama(), sekarang);
        BuktiKriteria bukti = buktiRepository.save(new BuktiKriteria(
                evaluasi,
                kriteria,
                sah.nama(),
                sah.jenis().tipeKonten(),
                isi,
                sah.sha256(),
                penggunaSaatIni.wajib().username(),
                sekarang));
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

    /** The files of a kriteria, current and replaced, oldest first; never their content. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<InfoBukti> daftar(long evaluasiId, String kriteria) {
        String metode = "BuktiKriteriaService.daftar";
        EvaluasiAkip evaluasi = akses.evaluasi(metode, evaluasiId, false);
        akses.wajibMembaca(metode, evaluasi, kriteria);
        return buktiRepository.findInfo(evaluasiId).stream()
                .filter(b -> b.kriteria().equals(kriteria))
                .map(InfoBuktiKriteria::info)
                .toList();
    }

    /** One file with its content, current or replaced, for whoever may read its kriteria. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public BerkasBukti unduh(long buktiId) {
        String metode = "BuktiKriteriaService.unduh";
        BuktiKriteria bukti = buktiRepository
                .findById(buktiId)
                .orElseThrow(() -> penjaga.tidakAda(metode, "bukti kriteria", buktiId));
        EvaluasiAkip evaluasi = akses.evaluasi(metode, bukti.getEvaluasi().idTersimpan(), false);
        akses.wajibMembaca(metode, evaluasi, bukti.getKriteria());
        return new BerkasBukti(bukti.getNamaFile(), bukti.getTipeKonten(), bukti.getIsi());
    }

    /**
     * The current files of every kriteria of the year's evaluation of the signed-in user's instansi (kriteria kode →
     * files, oldest first; a kriteria without files is absent), for the worksheet's documents; empty when the year
     * was not opened.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN', 'EVALUATOR')")
    public Map<String, List<BerkasKriteria>> berkasSaatIni(int tahun) {
        Map<String, List<BerkasKriteria>> berkas = new LinkedHashMap<>();
        evaluasiRepository
                .findByInstansiIdAndTahun(penggunaSaatIni.wajib().instansiId(), tahun)
                .ifPresent(e -> buktiRepository.findInfo(e.idTersimpan()).stream()
                        .filter(b -> b.digantiPada() == null)
                        .forEach(b -> berkas.computeIfAbsent(b.kriteria(), k -> new ArrayList<>())
                                .add(new BerkasKriteria(b.id(), b.namaFile(), b.sha256()))));
        return berkas;
    }
}
