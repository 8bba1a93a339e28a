package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may act on a kriteria of an evaluation, for the services of this package, each rule once: the Sekcam answers
 * every kriteria and the holder of the jabatan a kriteria is assigned to answers that one (any role of the office);
 * the Inspektorat's evaluator, or the Sekcam for an internal evaluation, sets the final answers and writes the
 * recommendations; the Sekcam, the Camat, the Admin and the evaluator read the whole worksheet, the holder of an
 * assigned jabatan its kriteria. Refusals go through {@link PenjagaAkses} ({@code metode}: the service method
 * called, for the log). And how a change names who made it.
 */
@Component
class AksesEvaluasi {

    /** The roles that read every kriteria of their instansi's evaluation. */
    private static final Set<Peran> MEMBACA_SEMUA = Set.of(Peran.SEKCAM, Peran.CAMAT, Peran.ADMIN, Peran.EVALUATOR);

    private final EvaluasiAkipRepository evaluasiRepository;
    private final JawabanKriteriaRepository jawabanRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;

    AksesEvaluasi(
            EvaluasiAkipRepository evaluasiRepository,
            JawabanKriteriaRepository jawabanRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga) {
        this.evaluasiRepository = evaluasiRepository;
        this.jawabanRepository = jawabanRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
    }

    /** The evaluation of the signed-in user's instansi with that id; refused for another's or for none. */
    EvaluasiAkip evaluasi(String metode, long evaluasiId, boolean terkunci) {
        Optional<EvaluasiAkip> evaluasi =
                terkunci ? evaluasiRepository.findTerkunci(evaluasiId) : evaluasiRepository.findById(evaluasiId);
        EvaluasiAkip e = evaluasi.orElseThrow(() -> penjaga.tidakAda(metode, "evaluasi", evaluasiId));
        penjaga.instansiSendiri(metode, e.getInstansi().idTersimpan(), "evaluasi", evaluasiId);
        return e;
    }

    /** Whether the signed-in user reads every kriteria, not only those assigned to their jabatan. */
    boolean membacaSemua() {
        return MEMBACA_SEMUA.contains(penggunaSaatIni.wajib().peran());
    }

    /** The same rule as {@link #wajibMenjawab}, as a question, on the kriteria's answer row (none: not assigned). */
    boolean bolehMenjawab(Pengguna pengguna, @Nullable JawabanKriteria jawaban) {
        return pengguna.peran() == Peran.SEKCAM || (jawaban != null && jawaban.ditugaskanKe(pengguna.jabatanId()));
    }

    /** May answer the kriteria and attach files to it; returns its answer row, if there is one. */
    Optional<JawabanKriteria> wajibMenjawab(String metode, EvaluasiAkip evaluasi, String kriteria) {
        Optional<JawabanKriteria> jawaban =
                jawabanRepository.findByEvaluasiIdAndKriteria(evaluasi.idTersimpan(), kriteria);
        if (!bolehMenjawab(penggunaSaatIni.wajib(), jawaban.orElse(null))) {
            throw penjaga.tolak(metode, "kriteria " + kriteria + " tidak ditugaskan ke jabatannya");
        }
        return jawaban;
    }

    /** May read the kriteria's answer and files: who reads the whole worksheet, or the holder it is assigned to. */
    void wajibMembaca(String metode, EvaluasiAkip evaluasi, String kriteria) {
        if (membacaSemua()) {
            return;
        }
        Long jabatan = penggunaSaatIni.wajib().jabatanId();
        boolean ditugaskan = jawabanRepository
                .findByEvaluasiIdAndKriteria(evaluasi.idTersimpan(), kriteria)
                .filter(j -> j.ditugaskanKe(jabatan))
                .isPresent();
        if (!ditugaskan) {
            throw penjaga.tolak(metode, "kriteria " + kriteria + " tidak ditugaskan ke jabatannya");
        }
    }

    /** Who sets the final answers and writes recommendations: the Inspektorat's evaluator, or the Sekcam. */
    static boolean penilai(Pengguna pengguna) {
        return pengguna.peran() == Peran.EVALUATOR || pengguna.peran() == Peran.SEKCAM;
    }

    static boolean apip(Pengguna pengguna) {
        return pengguna.peran() == Peran.EVALUATOR;
    }

    /**
     * Whether a {@link #penilai} ({@code apip}: the Inspektorat's evaluator) may set a kriteria's final answer: the
     * Sekcam sets them for an internal evaluation, never over one the Inspektorat's evaluator set.
     */
    static boolean bolehMenetapkan(boolean penilai, boolean apip, @Nullable JawabanKriteria jawaban) {
        return penilai && (apip || jawaban == null || !jawaban.isPenetapanApip());
    }

    static String oleh(Pengguna pengguna) {
        return pengguna.nama() + " (" + pengguna.namaJabatan() + ")";
    }

    static @Nullable String bersih(@Nullable String teks) {
        return teks == null || teks.isBlank() ? null : teks.strip();
    }
}
