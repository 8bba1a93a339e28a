package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.pengukuran.JenisPredikat;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's Evaluasi AKIP of a year: the Sekcam opens it and answers each kriteria of the LKE with a
 * justification; the Sekcam, the Camat and the Admin read the worksheet with its scores (computed by
 * {@code capaian.lke} from the answers, a kriteria without an answer never counted as 0) and what would raise the
 * grade most.
 */
@Service
public class EvaluasiService {

    /** The version of a kriteria without an answer row. */
    public static final long BELUM_DIJAWAB = -1;

    /** Characters of a justification: a few paragraphs. */
    public static final int PANJANG_JUSTIFIKASI = 4000;

    private final EvaluasiAkipRepository evaluasiRepository;
    private final JawabanKriteriaRepository jawabanRepository;
    private final InstansiRepository instansiRepository;
    private final KatalogLke katalog;
    private final BuktiOtomatis buktiOtomatis;
    private final PengaturanSkorService pengaturanSkorService;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    EvaluasiService(
            EvaluasiAkipRepository evaluasiRepository,
            JawabanKriteriaRepository jawabanRepository,
            InstansiRepository instansiRepository,
            KatalogLke katalog,
            BuktiOtomatis buktiOtomatis,
            PengaturanSkorService pengaturanSkorService,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.evaluasiRepository = evaluasiRepository;
        this.jawabanRepository = jawabanRepository;
        this.instansiRepository = instansiRepository;
        this.katalog = katalog;
        this.buktiOtomatis = buktiOtomatis;
        this.pengaturanSkorService = pengaturanSkorService;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /**
     * A kriteria as the worksheet shows it: its scale's answers ({@code pilihan}), the answer given (none: belum
     * dinilai) with who gave it when and the version to save against ({@link #BELUM_DIJAWAB} before the first
     * answer), and the value the answer is worth (0–1).
     */
    public record BarisKriteria(
            String kode,
            String uraian,
            List<String> pilihan,
            @Nullable String usulan,
            @Nullable String justifikasi,
            @Nullable String oleh,
            @Nullable Instant pada,
            long versi,
            Hasil nilai,
            @Nullable String sumberData,
            @Nullable BuktiPortal bukti) {}

    /**
     * What the portal's own data says for a kriteria (by its {@code sumberData}): a message key
     * ("evaluasi.bukti." + the key) with its arguments, and the route of the page where the data is.
     */
    public record BuktiPortal(String kunciPesan, List<Object> argumen, String tautan) {}

    /** A sub-komponen: its weight in points (its share of the komponen's) and its score. */
    public record BarisSub(String kode, String nama, BigDecimal bobot, Hasil nilai, List<BarisKriteria> kriteria) {}

    public record BarisKomponen(
            String kode, String nama, BigDecimal bobot, Hasil nilai, int belumDinilai, List<BarisSub> sub) {}

    /** One step up a kriteria's scale and the points it adds to the total. */
    public record Peningkatan(String kriteria, String uraian, String dari, String ke, BigDecimal tambahan) {}

    /**
     * The worksheet of a year. {@code total}: 0–100, or no number while {@code belumDinilai} kriteria have no answer;
     * {@code kurangKePredikatBerikut}: the points missing to {@code predikatBerikut} (none at the top grade or without
     * a total).
     */
    public record LembarEvaluasi(
            long evaluasiId,
            int tahun,
            String namaLke,
            Hasil total,
            @Nullable String predikat,
            int belumDinilai,
            int jumlahKriteria,
            List<BarisKomponen> komponen,
            List<Peningkatan> peningkatan,
            @Nullable BigDecimal kurangKePredikatBerikut,
            @Nullable String predikatBerikut,
            boolean bolehMenjawab) {}

    /**
     * An answer to save: {@code usulan} empty clears it; {@code versi} the one loaded, {@link #BELUM_DIJAWAB} for a
     * kriteria nobody had answered (a new row's first version is 0, so 0 cannot mean "none").
     */
    public record JawabKriteria(
            long evaluasiId,
            String kriteria,
            @Nullable String usulan,
            @Nullable String justifikasi,
            long versi) {}

    /** The evaluation of the signed-in user's instansi for a year, if it was opened. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN')")
    public Optional<LembarEvaluasi> lembar(int tahun) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        return evaluasiRepository
                .findByInstansiIdAndTahun(pengguna.instansiId(), tahun)
                .map(e -> lembar(e, pengguna.peran() == Peran.SEKCAM));
    }

    /** Whether the signed-in user opens evaluations and answers them (the Sekcam); never refuses. */
    @PreAuthorize("isAuthenticated()")
    public boolean bolehMembuka() {
        return penggunaSaatIni.wajib().peran() == Peran.SEKCAM;
    }

    /** Opens the year's evaluation on the default LKE ({@link PembacaLke#BAKU}); returns its id. */
    @Transactional
    @PreAuthorize("hasRole('SEKCAM')")
    public long buka(int tahun) {
        Pengguna sekcam = penggunaSaatIni.wajib();
        int tahunIni = LocalDate.now(clock).getYear();
        if (tahun < 2000 || tahun > tahunIni) {
            throw new AturanDilanggar("evaluasi.tahun-tidak-sah", 2000, tahunIni);
        }
        if (evaluasiRepository
                .findByInstansiIdAndTahun(sekcam.instansiId(), tahun)
                .isPresent()) {
            throw new AturanDilanggar("evaluasi.sudah-dibuka", tahun);
        }
        Instansi instansi = instansiRepository.getReferenceById(sekcam.instansiId());
        return evaluasiRepository
                .save(new EvaluasiAkip(instansi, tahun, PembacaLke.BAKU, oleh(sekcam), clock.instant()))
                .idTersimpan();
    }

    /**
     * Saves the Sekcam's answer to a kriteria: a letter of its scale, or none to clear it; the justification at most
     * {@link #PANJANG_JUSTIFIKASI} characters. An answer loaded from an older version is a conflict.
     */
    @Transactional
    @PreAuthorize("hasRole('SEKCAM')")
    public long jawab(JawabKriteria perintah) {
        String metode = "EvaluasiService.jawab";
        Pengguna sekcam = penggunaSaatIni.wajib();
        EvaluasiAkip evaluasi = evaluasiRepository
                .findById(perintah.evaluasiId())
                .orElseThrow(() -> penjaga.tidakAda(metode, "evaluasi", perintah.evaluasiId()));
        penjaga.instansiSendiri(metode, evaluasi.getInstansi().idTersimpan(), "evaluasi", perintah.evaluasiId());
        String usulan = bersih(perintah.usulan());
        String justifikasi = bersih(perintah.justifikasi());
        if (justifikasi != null && justifikasi.length() > PANJANG_JUSTIFIKASI) {
            throw new AturanDilanggar("evaluasi.justifikasi-terlalu-panjang", PANJANG_JUSTIFIKASI);
        }
        katalog.periksaJawaban(evaluasi.getBerkasLke(), perintah.kriteria(), usulan);
        JawabanKriteria jawaban = jawabanRepository
                .findByEvaluasiIdAndKriteria(evaluasi.idTersimpan(), perintah.kriteria())
                .orElseGet(() -> new JawabanKriteria(evaluasi, perintah.kriteria(), oleh(sekcam), clock.instant()));
        long dimuat = jawaban.getId() == null ? BELUM_DIJAWAB : jawaban.getVersion();
        if (dimuat != perintah.versi()) {
            throw new ObjectOptimisticLockingFailureException(JawabanKriteria.class, perintah.kriteria());
        }
        jawaban.ubah(usulan, justifikasi, oleh(sekcam), clock.instant());
        try {
            return jawabanRepository.saveAndFlush(jawaban).getVersion();
        } catch (DataIntegrityViolationException keduanyaBaru) {
            // two screens answered a kriteria nobody had answered yet: the unique key let one in
            throw new ObjectOptimisticLockingFailureException(JawabanKriteria.class, perintah.kriteria());
        }
    }

    private LembarEvaluasi lembar(EvaluasiAkip evaluasi, boolean bolehMenjawab) {
        return katalog.lembar(
                evaluasi,
                jawabanRepository.findByEvaluasiId(evaluasi.idTersimpan()),
                buktiOtomatis.untuk(evaluasi.getInstansi().idTersimpan(), evaluasi.getTahun()),
                pengaturanSkorService.aturan().tabel(JenisPredikat.NILAI_AKIP),
                bolehMenjawab);
    }

    private static String oleh(Pengguna pengguna) {
        return pengguna.nama() + " (" + pengguna.namaJabatan() + ")";
    }

    private static @Nullable String bersih(@Nullable String teks) {
        return teks == null || teks.isBlank() ? null : teks.strip();
    }
}
