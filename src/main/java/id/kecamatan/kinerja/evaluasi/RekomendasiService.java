package id.kecamatan.kinerja.evaluasi;

import static id.kecamatan.kinerja.evaluasi.AksesEvaluasi.bersih;
import static id.kecamatan.kinerja.evaluasi.AksesEvaluasi.oleh;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations of an evaluation and the office's follow-up. The Inspektorat's evaluator, or the Sekcam in an
 * internal evaluation, writes them (each changes and withdraws only their own kind, and only before any follow-up is
 * recorded); the Sekcam records per recommendation what the office did, by when, and how far it is. They are read
 * with the worksheet ({@link EvaluasiService#lembar}).
 */
@Service
public class RekomendasiService {

    /** Characters of a recommendation or a follow-up. */
    public static final int PANJANG_TEKS = 4000;

    private final RekomendasiEvaluasiRepository repository;
    private final KatalogLke katalog;
    private final PenggunaSaatIni penggunaSaatIni;
    private final AksesEvaluasi akses;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    RekomendasiService(
            RekomendasiEvaluasiRepository repository,
            KatalogLke katalog,
            PenggunaSaatIni penggunaSaatIni,
            AksesEvaluasi akses,
            PenjagaAkses penjaga,
            Clock clock) {
        this.repository = repository;
        this.katalog = katalog;
        this.penggunaSaatIni = penggunaSaatIni;
        this.akses = akses;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /**
     * A recommendation as the worksheet shows it: {@code terlambat} when its due date has passed and it is not done;
     * {@code bolehDiubah} when the reader may change or withdraw it.
     */
    public record BarisRekomendasi(
            long id,
            long versi,
            @Nullable String kriteria,
            String isi,
            boolean dariApip,
            String dibuatOleh,
            Instant dibuatPada,
            @Nullable String tindakLanjut,
            @Nullable LocalDate batasWaktu,
            StatusTindakLanjut status,
            @Nullable String tindakLanjutOleh,
            @Nullable Instant tindakLanjutPada,
            boolean terlambat,
            boolean bolehDiubah) {}

    /** A new recommendation ({@code id} none) or a change of one; {@code kriteria} none: on the whole evaluation. */
    public record TulisRekomendasi(
            long evaluasiId,
            @Nullable Long id,
            @Nullable String kriteria,
            @Nullable String isi,
            long versi) {}

    public record CatatTindakLanjut(
            long id,
            @Nullable String tindakLanjut,
            @Nullable LocalDate batasWaktu,
            @Nullable StatusTindakLanjut status,
            long versi) {}

    /** Writes a recommendation or changes one of the caller's own kind; returns its id. */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'EVALUATOR')")
    public long tulis(TulisRekomendasi perintah) {
        String metode = "RekomendasiService.tulis";
        Pengguna penilai = penggunaSaatIni.wajib();
        EvaluasiAkip evaluasi = akses.evaluasi(metode, perintah.evaluasiId(), false);
        String isi = bersih(perintah.isi());
        if (isi == null) {
            throw new AturanDilanggar("rekomendasi.isi-wajib");
        }
        if (isi.length() > PANJANG_TEKS) {
            throw new AturanDilanggar("rekomendasi.terlalu-panjang", PANJANG_TEKS);
        }
        String kriteria = bersih(perintah.kriteria());
        if (kriteria != null) {
            katalog.periksaJawaban(evaluasi.getBerkasLke(), kriteria, null);
        }
        if (perintah.id() == null) {
            return repository
                    .saveAndFlush(new RekomendasiEvaluasi(
                            evaluasi, kriteria, isi, AksesEvaluasi.apip(penilai), oleh(penilai), clock.instant()))
                    .idTersimpan();
        }
        RekomendasiEvaluasi rekomendasi = milikPenulis(metode, perintah.id(), perintah.versi(), penilai);
        if (!rekomendasi.getEvaluasi().idTersimpan().equals(evaluasi.idTersimpan())) {
            throw penjaga.tidakAda(metode, "rekomendasi", perintah.id());
        }
        rekomendasi.tulis(kriteria, isi);
        return rekomendasi.idTersimpan();
    }

    /** Withdraws a recommendation of the caller's own kind. */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'EVALUATOR')")
    public void hapus(long id, long versi) {
        repository.delete(milikPenulis("RekomendasiService.hapus", id, versi, penggunaSaatIni.wajib()));
    }

    /**
     * Records the office's follow-up of a recommendation: what it did (required once in progress or done), the due
     * date (required) and the status.
     */
    @Transactional
    @PreAuthorize("hasRole('SEKCAM')")
    public long catatTindakLanjut(CatatTindakLanjut perintah) {
        String metode = "RekomendasiService.catatTindakLanjut";
        Pengguna sekcam = penggunaSaatIni.wajib();
        RekomendasiEvaluasi rekomendasi = dimuat(metode, perintah.id(), perintah.versi());
        String uraian = bersih(perintah.tindakLanjut());
        StatusTindakLanjut status = perintah.status() == null ? StatusTindakLanjut.BELUM : perintah.status();
        if (perintah.batasWaktu() == null) {
            throw new AturanDilanggar("rekomendasi.batas-waktu-wajib");
        }
        if (uraian == null && status != StatusTindakLanjut.BELUM) {
            throw new AturanDilanggar("rekomendasi.tindak-lanjut-wajib");
        }
        if (uraian != null && uraian.length() > PANJANG_TEKS) {
            throw new AturanDilanggar("rekomendasi.terlalu-panjang", PANJANG_TEKS);
        }
        rekomendasi.tindakLanjuti(uraian, perintah.batasWaktu(), status, oleh(sekcam), clock.instant());
        return repository.saveAndFlush(rekomendasi).getVersion();
    }

    /** The recommendations of an evaluation as {@code pembaca} sees them, oldest first. */
    List<BarisRekomendasi> baris(EvaluasiAkip evaluasi, Pengguna pembaca) {
        LocalDate hariIni = LocalDate.now(clock);
        return repository.findByEvaluasiIdOrderById(evaluasi.idTersimpan()).stream()
                .map(r -> new BarisRekomendasi(
                        r.idTersimpan(),
                        r.getVersion(),
                        r.getKriteria(),
                        r.getIsi(),
                        r.isDariApip(),
                        r.getDibuatOleh(),
                        r.getDibuatPada(),
                        r.getTindakLanjut(),
                        r.getBatasWaktu(),
                        r.getStatus(),
                        r.getTindakLanjutOleh(),
                        r.getTindakLanjutPada(),
                        r.getStatus() != StatusTindakLanjut.SELESAI
                                && r.getBatasWaktu() != null
                                && r.getBatasWaktu().isBefore(hariIni),
                        bolehDiubah(r, pembaca)))
                .toList();
    }

    /**
     * A recommendation is its writer's kind's until the office starts on it: the evaluator's by the evaluator, the
     * Sekcam's by the Sekcam.
     */
    private static boolean bolehDiubah(RekomendasiEvaluasi r, Pengguna pengguna) {
        boolean penulis = r.isDariApip() ? pengguna.peran() == Peran.EVALUATOR : pengguna.peran() == Peran.SEKCAM;
        return penulis && r.getTindakLanjutPada() == null;
    }

    private RekomendasiEvaluasi milikPenulis(String metode, long id, long versi, Pengguna pengguna) {
        RekomendasiEvaluasi rekomendasi = dimuat(metode, id, versi);
        if (!bolehDiubah(rekomendasi, pengguna)) {
            throw new AturanDilanggar(
                    rekomendasi.getTindakLanjutPada() != null
                            ? "rekomendasi.sudah-ditindaklanjuti"
                            : "rekomendasi.bukan-penulis");
        }
        return rekomendasi;
    }

    private RekomendasiEvaluasi dimuat(String metode, long id, long versi) {
        RekomendasiEvaluasi rekomendasi =
                repository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "rekomendasi", id));
        penjaga.instansiSendiri(metode, rekomendasi.getEvaluasi().getInstansi().idTersimpan(), "rekomendasi", id);
        if (rekomendasi.getVersion() != versi) {
            throw new ObjectOptimisticLockingFailureException(RekomendasiEvaluasi.class, id);
        }
        return rekomendasi;
    }
}
