package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PerubahanCapaian;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.capaian.Skor;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.pengukuran.DataRollup.PitaData;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The score rules of the signed-in user's instansi: the cap applied when capaian are combined, the two predikat
 * tables (capaian; AKIP grade) and how NEGATIF indicators are measured. Where an instansi has set none, the defaults
 * of package capaian hold.
 */
@Service
public class PengaturanSkorService {

    /** A cap below 100 % would mark full achievement as under target. */
    static final BigDecimal BATAS_ATAS_MINIMUM = new BigDecimal("100");

    static final BigDecimal BATAS_ATAS_MAKSIMUM = new BigDecimal("200");
    static final int PANJANG_NAMA = 60;

    /** Beyond 100 points every sasaran would be "cukup efisien". */
    static final BigDecimal AMBANG_MAKSIMUM = new BigDecimal("100");

    private final AturanSkorRepository aturanRepository;
    private final PitaPredikatRepository pitaRepository;
    private final InstansiRepository instansiRepository;
    private final PenggunaSaatIni penggunaSaatIni;

    private final PerubahanCapaian perubahanCapaian;

    PengaturanSkorService(
            AturanSkorRepository aturanRepository,
            PitaPredikatRepository pitaRepository,
            InstansiRepository instansiRepository,
            PenggunaSaatIni penggunaSaatIni,
            PerubahanCapaian perubahanCapaian) {
        this.aturanRepository = aturanRepository;
        this.pitaRepository = pitaRepository;
        this.instansiRepository = instansiRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.perubahanCapaian = perubahanCapaian;
    }

    /**
     * @param ambangEfisiensi the threshold of budget efficiency in force, in points
     * @param bawaan          per table, whether it is the default (the instansi has not set its own)
     * @param konvensiNegatif how the instansi's NEGATIF indicators are measured
     * @param versiInstansi   the instansi's version the convention was read from, which a change is made on
     */
    public record AturanBerlaku(
            BigDecimal batasAtas,
            BigDecimal ambangEfisiensi,
            Map<JenisPredikat, List<PitaData>> pita,
            Map<JenisPredikat, Boolean> bawaan,
            KonvensiNegatif konvensiNegatif,
            long versiInstansi) {

        /** A table in force, grading as the rollup does (for a figure the rollup does not produce itself). */
        public TabelPredikat tabel(JenisPredikat jenis) {
            // aturan() puts a table of every kind, the default where the instansi has none
            return Rollup.tabel(jenis, Objects.requireNonNull(pita.get(jenis), jenis.name()));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public AturanBerlaku aturan() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        BigDecimal batasAtas = aturanRepository
                .findByInstansiId(instansiId)
                .map(AturanSkor::getBatasAtas)
                .orElse(Skor.BATAS_ATAS_BAKU);
        Map<JenisPredikat, List<PitaData>> pita = new EnumMap<>(JenisPredikat.class);
        Map<JenisPredikat, Boolean> bawaan = new EnumMap<>(JenisPredikat.class);
        for (JenisPredikat jenis : JenisPredikat.values()) {
            List<PitaData> sendiri = pitaRepository.findByInstansiIdAndJenis(instansiId, jenis).stream()
                    .map(p -> new PitaData(p.getBatas(), p.getNama()))
                    .sorted(Comparator.comparing(PitaData::batas).reversed())
                    .toList();
            bawaan.put(jenis, sendiri.isEmpty());
            pita.put(jenis, sendiri.isEmpty() ? jenis.pitaBawaan() : sendiri);
        }
        Instansi instansi = instansiRepository.findById(instansiId).orElseThrow();
        return new AturanBerlaku(
                batasAtas,
                aturanRepository.ambangEfisiensi(instansiId),
                pita,
                bawaan,
                instansi.getKonvensiNegatif(),
                instansi.getVersion());
    }

    /**
     * Sets how the instansi's NEGATIF indicators are measured, on the version of the instansi the user saw (another
     * change since then is a conflict). Every figure computed from then on uses it, approved ones included.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public void simpanKonvensiNegatif(KonvensiNegatif konvensi, long versiInstansi) {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Instansi instansi = instansiRepository.findById(instansiId).orElseThrow();
        if (instansi.getVersion() != versiInstansi) {
            throw new ObjectOptimisticLockingFailureException(Instansi.class, instansiId);
        }
        instansi.setKonvensiNegatif(konvensi);
        perubahanCapaian.tandaiInstansi(instansiId);
    }

    /** Sets the instansi's threshold of budget efficiency, 0 to 100 points. */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public void simpanAmbangEfisiensi(@Nullable BigDecimal ambang) {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        if (ambang == null || ambang.signum() < 0 || ambang.compareTo(AMBANG_MAKSIMUM) > 0) {
            throw new AturanDilanggar("pengaturan.ambang-salah", AMBANG_MAKSIMUM);
        }
        aturanRepository
                .findByInstansiId(instansiId)
                .orElseGet(() -> aturanRepository.save(
                        new AturanSkor(instansiRepository.getReferenceById(instansiId), Skor.BATAS_ATAS_BAKU)))
                .setAmbangEfisiensi(ambang);
    }

    /** Saves the cap and both tables, replacing the instansi's own bands; all or nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public void simpan(@Nullable BigDecimal batasAtas, Map<JenisPredikat, List<PitaData>> pita) {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        if (batasAtas == null
                || batasAtas.compareTo(BATAS_ATAS_MINIMUM) < 0
                || batasAtas.compareTo(BATAS_ATAS_MAKSIMUM) > 0) {
            throw new AturanDilanggar("pengaturan.batas-atas-salah", BATAS_ATAS_MINIMUM, BATAS_ATAS_MAKSIMUM);
        }
        for (JenisPredikat jenis : JenisPredikat.values()) {
            periksa(jenis, pita.getOrDefault(jenis, List.of()));
        }
        AturanSkor aturan = aturanRepository
                .findByInstansiId(instansiId)
                .orElseGet(() -> aturanRepository.save(
                        new AturanSkor(instansiRepository.getReferenceById(instansiId), batasAtas)));
        aturan.setBatasAtas(batasAtas);
        for (JenisPredikat jenis : JenisPredikat.values()) {
            pitaRepository.deleteAll(pitaRepository.findByInstansiIdAndJenis(instansiId, jenis));
        }
        // the deletes must reach the database before the new bands, which may reuse a bound (unique key)
        pitaRepository.flush();
        // periksa refused every band without its bound
        pita.forEach((jenis, daftar) -> daftar.forEach(p -> pitaRepository.save(new PitaPredikat(
                instansiRepository.getReferenceById(instansiId),
                jenis,
                Objects.requireNonNull(p.batas()),
                p.nama().strip()))));
    }

    private static void periksa(JenisPredikat jenis, List<PitaData> pita) {
        String tabel = jenis == JenisPredikat.CAPAIAN ? "predikat capaian" : "predikat nilai AKIP";
        if (pita.isEmpty()) {
            throw new AturanDilanggar("pengaturan.pita-kosong", tabel);
        }
        Set<BigDecimal> batas = new HashSet<>();
        for (PitaData p : pita) {
            if (p.batas() == null || p.nama() == null || p.nama().isBlank()) {
                throw new AturanDilanggar("pengaturan.pita-wajib", tabel);
            }
            if (p.nama().strip().length() > PANJANG_NAMA) {
                throw new AturanDilanggar("pengaturan.pita-nama-panjang", tabel, PANJANG_NAMA);
            }
            if (p.batas().signum() < 0 || p.batas().compareTo(BATAS_ATAS_MAKSIMUM) > 0) {
                throw new AturanDilanggar("pengaturan.pita-batas", tabel, BATAS_ATAS_MAKSIMUM);
            }
            if (!batas.add(p.batas().stripTrailingZeros())) {
                throw new AturanDilanggar("pengaturan.pita-ganda", tabel, p.batas());
            }
        }
    }
}
