package id.kecamatan.kinerja.evaluasi;

import static id.kecamatan.kinerja.evaluasi.AksesEvaluasi.bersih;
import static id.kecamatan.kinerja.evaluasi.AksesEvaluasi.oleh;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.InfoBukti;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.pengukuran.JenisPredikat;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's Evaluasi AKIP of a year: the Sekcam opens it, assigns kriteria of the LKE to jabatan of the office and
 * answers any kriteria with a justification ("usulan"); the holder of an assigned jabatan answers the kriteria
 * assigned to it ({@link AksesEvaluasi}). The evaluator sets the final answer ("penetapan"): the Inspektorat's
 * EVALUATOR, or the Sekcam for an internal evaluation, never over the Inspektorat's. The Sekcam, the Camat, the Admin
 * and the evaluator read the whole worksheet with both scores (computed by {@code capaian.lke}, a kriteria without an
 * answer never counted as 0), the recommendations with their follow-up, and what would raise the grade most; a holder
 * of an assigned jabatan reads the office's scores and its own kriteria.
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
    private final JabatanRepository jabatanRepository;
    private final BuktiKriteriaRepository buktiRepository;
    private final AksesEvaluasi akses;
    private final KatalogLke katalog;
    private final BuktiOtomatis buktiOtomatis;
    private final PengaturanSkorService pengaturanSkorService;
    private final RekomendasiService rekomendasiService;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    EvaluasiService(
            EvaluasiAkipRepository evaluasiRepository,
            JawabanKriteriaRepository jawabanRepository,
            InstansiRepository instansiRepository,
            JabatanRepository jabatanRepository,
            BuktiKriteriaRepository buktiRepository,
            AksesEvaluasi akses,
            KatalogLke katalog,
            BuktiOtomatis buktiOtomatis,
            PengaturanSkorService pengaturanSkorService,
            RekomendasiService rekomendasiService,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.evaluasiRepository = evaluasiRepository;
        this.jawabanRepository = jawabanRepository;
        this.instansiRepository = instansiRepository;
        this.jabatanRepository = jabatanRepository;
        this.buktiRepository = buktiRepository;
        this.akses = akses;
        this.katalog = katalog;
        this.buktiOtomatis = buktiOtomatis;
        this.pengaturanSkorService = pengaturanSkorService;
        this.rekomendasiService = rekomendasiService;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /**
     * A kriteria as the worksheet shows it: its scale's answers ({@code pilihan}), the answer given (none: belum
     * dinilai) with who gave it when and the version to save against ({@link #BELUM_DIJAWAB} before the first
     * answer), and the value the answer is worth (0–1); the jabatan it is assigned to, whether the signed-in user may
     * answer it (and attach files), its evidence files, current and replaced, oldest first; and the evaluator's final
     * answer.
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
            @Nullable BuktiPortal bukti,
            @Nullable Long ditugaskanKeId,
            @Nullable String ditugaskanKe,
            boolean bolehMenjawab,
            List<InfoBukti> berkas,
            Penetapan penetapan) {}

    /**
     * The evaluator's final answer to a kriteria (none: belum ditetapkan), with its note, who set it when
     * ({@code apip}: the Inspektorat's evaluator), the value it is worth, and whether the reader may change it.
     */
    public record Penetapan(
            @Nullable String jawaban,
            @Nullable String catatan,
            boolean apip,
            @Nullable String oleh,
            @Nullable Instant pada,
            Hasil nilai,
            boolean bolehDiubah) {}

    /**
     * What the portal's own data says for a kriteria (by its {@code sumberData}): a message key
     * ("evaluasi.bukti." + the key) with its arguments, and the route of the page where the data is.
     */
    public record BuktiPortal(String kunciPesan, List<Object> argumen, String tautan) {}

    /** A sub-komponen: its weight in points (its share of the komponen's) and its scores. */
    public record BarisSub(
            String kode,
            String nama,
            BigDecimal bobot,
            Hasil nilai,
            Hasil nilaiPenetapan,
            List<BarisKriteria> kriteria) {}

    public record BarisKomponen(
            String kode,
            String nama,
            BigDecimal bobot,
            Hasil nilai,
            int belumDinilai,
            Hasil nilaiPenetapan,
            int belumDitetapkan,
            List<BarisSub> sub) {}

    /** A total of the worksheet: 0–100 with its grade, or no number while {@code belum} kriteria lack an answer. */
    public record Total(Hasil nilai, @Nullable String predikat, int belum) {}

    /** One step up a kriteria's scale and the points it adds to the total. */
    public record Peningkatan(String kriteria, String uraian, String dari, String ke, BigDecimal tambahan) {}

    /**
     * The worksheet of a year. {@code mandiri}: the total of the office's own answers; {@code hasilEvaluasi}: the
     * total of the evaluator's, the Nilai AKIP of the year once every kriteria has one. {@code peningkatan} and
     * {@code kurangKePredikatBerikut} (the points missing to {@code predikatBerikut}; none at the top grade or without
     * a total) are for where each kriteria stands now: its penetapan, or its usulan until it has one.
     * {@code bolehMenjawab}: the Sekcam, who answers every kriteria and assigns them; {@code hanyaTugasSaya}: the
     * lists hold only the kriteria assigned to the user's jabatan (the scores are still the office's).
     */
    public record LembarEvaluasi(
            long evaluasiId,
            int tahun,
            String namaLke,
            Total mandiri,
            Total hasilEvaluasi,
            int jumlahKriteria,
            List<BarisKomponen> komponen,
            List<Peningkatan> peningkatan,
            @Nullable BigDecimal kurangKePredikatBerikut,
            @Nullable String predikatBerikut,
            List<RekomendasiService.BarisRekomendasi> rekomendasi,
            boolean bolehMenjawab,
            boolean bolehMenetapkan,
            boolean bolehMenindaklanjuti,
            boolean hanyaTugasSaya) {

        /** Every kriteria of the worksheet (those its reader sees), in the LKE's order. */
        public List<BarisKriteria> semuaKriteria() {
            return komponen.stream()
                    .flatMap(k -> k.sub().stream())
                    .flatMap(s -> s.kriteria().stream())
                    .toList();
        }
    }

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

    /** A final answer to save: {@code penetapan} empty clears it; {@code versi} as in {@link JawabKriteria}. */
    public record TetapkanKriteria(
            long evaluasiId,
            String kriteria,
            @Nullable String penetapan,
            @Nullable String catatan,
            long versi) {}

    /**
     * Assigns kriteria to a jabatan of the office, or clears their assignment ({@code jabatanId} empty); not the
     * portal's operator's or evaluator's jabatan.
     */
    public record TugaskanKriteria(
            long evaluasiId,
            List<String> kriteria,
            @Nullable Long jabatanId) {}

    /** A jabatan kriteria can be assigned to. */
    public record PilihanJabatan(long id, String nama) {}

    /**
     * The evaluation of the signed-in user's instansi for a year, if it was opened: the whole worksheet for the
     * Sekcam, the Camat, the Admin and the evaluator; for anyone else the office's scores with only the kriteria assigned to their
     * jabatan (none: empty lists).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<LembarEvaluasi> lembar(int tahun) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        return evaluasiRepository
                .findByInstansiIdAndTahun(pengguna.instansiId(), tahun)
                .map(e -> lembar(e, pengguna));
    }

    /** The jabatan of the office the Sekcam may assign kriteria to, in the structure's order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SEKCAM')")
    public List<PilihanJabatan> pilihanJabatan() {
        return jabatanRepository
                .findByInstansiIdOrderByUrutan(penggunaSaatIni.wajib().instansiId())
                .stream()
                .filter(j -> j.getPeran().bagianKantor())
                .map(j -> new PilihanJabatan(j.idTersimpan(), j.getNama()))
                .toList();
    }

    /**
     * The Sekcam assigns kriteria (one, or e.g. all of a sub-komponen) to a jabatan of the office, or clears the
     * assignment. A kriteria whose assignment changes gets a new version, so an answer loaded before it is a
     * conflict; an assigned kriteria nobody answered stays belum dinilai. Returns how many kriteria changed.
     */
    @Transactional
    @PreAuthorize("hasRole('SEKCAM')")
    public int tugaskan(TugaskanKriteria perintah) {
        String metode = "EvaluasiService.tugaskan";
        Pengguna sekcam = penggunaSaatIni.wajib();
        EvaluasiAkip evaluasi = akses.evaluasi(metode, perintah.evaluasiId(), false);
        Jabatan jabatan = null;
        if (perintah.jabatanId() != null) {
            Long jabatanId = perintah.jabatanId();
            jabatan = jabatanRepository
                    .findById(jabatanId)
                    .orElseThrow(() -> penjaga.tidakAda(metode, "jabatan", jabatanId));
            penjaga.instansiSendiri(metode, jabatan.getInstansi().idTersimpan(), "jabatan", jabatanId);
            if (!jabatan.getPeran().bagianKantor()) {
                throw new AturanDilanggar("evaluasi.jabatan-operator", jabatan.getNama());
            }
        }
        for (String kriteria : perintah.kriteria()) {
            katalog.periksaJawaban(evaluasi.getBerkasLke(), kriteria, null);
        }
        int berubah = 0;
        for (String kriteria : perintah.kriteria()) {
            Optional<JawabanKriteria> ada =
                    jawabanRepository.findByEvaluasiIdAndKriteria(evaluasi.idTersimpan(), kriteria);
            if (jabatan == null && ada.isEmpty()) {
                continue;
            }
            JawabanKriteria jawaban =
                    ada.orElseGet(() -> new JawabanKriteria(evaluasi, kriteria, oleh(sekcam), clock.instant()));
            Jabatan lama = jawaban.getDitugaskanKe();
            if (jawaban.getId() != null && Objects.equals(lama == null ? null : lama.getId(), perintah.jabatanId())) {
                continue;
            }
            jawaban.tugaskan(jabatan);
            simpan(jawaban);
            berubah++;
        }
        return berubah;
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
     * Saves an answer to a kriteria, by the Sekcam (any kriteria) or the holder of the jabatan it is assigned to: a
     * letter of its scale, or none to clear it; the justification at most {@link #PANJANG_JUSTIFIKASI} characters. An
     * answer loaded from an older version (another answer, or an assignment since) is a conflict.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'KEPALA_UNIT', 'STAF')")
    public long jawab(JawabKriteria perintah) {
        String metode = "EvaluasiService.jawab";
        Pengguna penjawab = penggunaSaatIni.wajib();
        EvaluasiAkip evaluasi = akses.evaluasi(metode, perintah.evaluasiId(), false);
        akses.wajibMenjawab(metode, evaluasi, perintah.kriteria());
        String usulan = bersih(perintah.usulan());
        String justifikasi = bersih(perintah.justifikasi());
        if (justifikasi != null && justifikasi.length() > PANJANG_JUSTIFIKASI) {
            throw new AturanDilanggar("evaluasi.justifikasi-terlalu-panjang", PANJANG_JUSTIFIKASI);
        }
        katalog.periksaJawaban(evaluasi.getBerkasLke(), perintah.kriteria(), usulan);
        JawabanKriteria jawaban = dimuat(evaluasi, perintah.kriteria(), perintah.versi(), penjawab);
        jawaban.ubah(usulan, justifikasi, oleh(penjawab), clock.instant());
        return simpan(jawaban).getVersion();
    }

    /**
     * Saves the evaluator's final answer to a kriteria (none clears it) with a note of at most
     * {@link #PANJANG_JUSTIFIKASI} characters. The Sekcam may not change one the Inspektorat's evaluator set.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'EVALUATOR')")
    public long tetapkan(TetapkanKriteria perintah) {
        Pengguna penilai = penggunaSaatIni.wajib();
        EvaluasiAkip evaluasi = akses.evaluasi("EvaluasiService.tetapkan", perintah.evaluasiId(), false);
        String penetapan = bersih(perintah.penetapan());
        String catatan = bersih(perintah.catatan());
        if (catatan != null && catatan.length() > PANJANG_JUSTIFIKASI) {
            throw new AturanDilanggar("evaluasi.catatan-terlalu-panjang", PANJANG_JUSTIFIKASI);
        }
        katalog.periksaJawaban(evaluasi.getBerkasLke(), perintah.kriteria(), penetapan);
        JawabanKriteria jawaban = dimuat(evaluasi, perintah.kriteria(), perintah.versi(), penilai);
        if (!AksesEvaluasi.bolehMenetapkan(true, AksesEvaluasi.apip(penilai), jawaban)) {
            throw new AturanDilanggar("evaluasi.penetapan-apip", perintah.kriteria());
        }
        jawaban.tetapkan(penetapan, catatan, AksesEvaluasi.apip(penilai), oleh(penilai), clock.instant());
        return simpan(jawaban).getVersion();
    }

    /**
     * Sets the final answer of every kriteria that has an usulan and no penetapan yet to that usulan, for an
     * evaluator who agrees with most of the office's answers and changes only the rest; returns how many.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'EVALUATOR')")
    public int tetapkanSesuaiUsulan(long evaluasiId) {
        Pengguna penilai = penggunaSaatIni.wajib();
        EvaluasiAkip evaluasi = akses.evaluasi("EvaluasiService.tetapkanSesuaiUsulan", evaluasiId, false);
        int jumlah = 0;
        for (JawabanKriteria j : jawabanRepository.findByEvaluasiId(evaluasi.idTersimpan())) {
            if (j.getUsulan() != null && j.getPenetapan() == null) {
                j.tetapkan(j.getUsulan(), null, AksesEvaluasi.apip(penilai), oleh(penilai), clock.instant());
                jumlah++;
            }
        }
        return jumlah;
    }

    /** The row of a kriteria as the caller loaded it ({@link #BELUM_DIJAWAB}: none yet); another version conflicts. */
    private JawabanKriteria dimuat(EvaluasiAkip evaluasi, String kriteria, long versi, Pengguna pengguna) {
        JawabanKriteria jawaban = jawabanRepository
                .findByEvaluasiIdAndKriteria(evaluasi.idTersimpan(), kriteria)
                .orElseGet(() -> new JawabanKriteria(evaluasi, kriteria, oleh(pengguna), clock.instant()));
        long dimuat = jawaban.getId() == null ? BELUM_DIJAWAB : jawaban.getVersion();
        if (dimuat != versi) {
            throw new ObjectOptimisticLockingFailureException(JawabanKriteria.class, kriteria);
        }
        return jawaban;
    }

    private JawabanKriteria simpan(JawabanKriteria jawaban) {
        try {
            return jawabanRepository.saveAndFlush(jawaban);
        } catch (DataIntegrityViolationException keduanyaBaru) {
            // two screens wrote a kriteria that had no row yet: the unique key let one in
            throw new ObjectOptimisticLockingFailureException(JawabanKriteria.class, jawaban.getKriteria());
        }
    }

    private LembarEvaluasi lembar(EvaluasiAkip evaluasi, Pengguna pengguna) {
        Map<String, List<InfoBukti>> berkas = buktiRepository.findInfo(evaluasi.idTersimpan()).stream()
                .collect(Collectors.groupingBy(
                        InfoBuktiKriteria::kriteria, Collectors.mapping(InfoBuktiKriteria::info, Collectors.toList())));
        return katalog.lembar(
                evaluasi,
                jawabanRepository.findByEvaluasiId(evaluasi.idTersimpan()),
                buktiOtomatis.untuk(evaluasi.getInstansi().idTersimpan(), evaluasi.getTahun()),
                berkas,
                pengaturanSkorService.aturan().tabel(JenisPredikat.NILAI_AKIP),
                rekomendasiService.baris(evaluasi, pengguna),
                new KatalogLke.Pembaca(
                        akses.membacaSemua(),
                        pengguna.jabatanId(),
                        j -> akses.bolehMenjawab(pengguna, j),
                        AksesEvaluasi.penilai(pengguna),
                        AksesEvaluasi.apip(pengguna),
                        pengguna.peran() == Peran.SEKCAM));
    }
}
