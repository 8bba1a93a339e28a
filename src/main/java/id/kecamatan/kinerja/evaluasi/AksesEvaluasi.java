package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The checks every change of an evaluation starts with, and how a change names who made it. */
@Component
class AksesEvaluasi {

    private final EvaluasiAkipRepository evaluasiRepository;
    private final PenjagaAkses penjaga;

    AksesEvaluasi(EvaluasiAkipRepository evaluasiRepository, PenjagaAkses penjaga) {
        this.evaluasiRepository = evaluasiRepository;
        this.penjaga = penjaga;
    }

    /** The evaluation by id, if it is of the user's own instansi; else refused and logged as {@code metode}. */
    EvaluasiAkip evaluasiSendiri(String metode, long evaluasiId) {
        EvaluasiAkip evaluasi = evaluasiRepository
                .findById(evaluasiId)
                .orElseThrow(() -> penjaga.tidakAda(metode, "evaluasi", evaluasiId));
        penjaga.instansiSendiri(metode, evaluasi.getInstansi().idTersimpan(), "evaluasi", evaluasiId);
        return evaluasi;
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
