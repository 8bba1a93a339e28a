package id.kecamatan.kinerja.anggaran;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.renstra.Sasaran;
import id.kecamatan.kinerja.renstra.SasaranRepository;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget of the signed-in user's instansi: programs, kegiatan and sub-kegiatan per year with their pagu and the
 * realisasi anggaran of each triwulan, and the serapan of each row and of each sasaran the programs serve. Everyone
 * signed in reads it; the Sekcam and the Admin write it.
 */
@Service
public class AnggaranService {

    /** Amounts are rupiah with at most 2 decimals and at most 17 digits before the comma (DECIMAL(19,2)). */
    static final int DESIMAL_MAKS = 2;

    static final BigDecimal JUMLAH_MAKS = new BigDecimal("99999999999999999.99");

    private static final Pattern KODE = Pattern.compile("[0-9A-Za-z.\\-]{1,40}");

    private final MataAnggaranRepository repository;
    private final InstansiRepository instansiRepository;
    private final SasaranRepository sasaranRepository;
    private final IndikatorRepository indikatorRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;

    AnggaranService(
            MataAnggaranRepository repository,
            InstansiRepository instansiRepository,
            SasaranRepository sasaranRepository,
            IndikatorRepository indikatorRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga) {
        this.repository = repository;
        this.instansiRepository = instansiRepository;
        this.sasaranRepository = sasaranRepository;
        this.indikatorRepository = indikatorRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
    }

    /**
     * One row of the budget as shown. For a program or kegiatan {@code pagu} and {@code realisasi} are the sums of its
     * sub-kegiatan. {@code realisasi}: the four triwulan in order, null where nothing was entered. {@code jumlah} and
     * {@code serapan}: over the triwulan up to the one asked for. {@code melebihiPagu}: more was spent than the pagu
     * (accepted, because it happens, but shown).
     */
    public record BarisAnggaran(
            Long id,
            TingkatAnggaran tingkat,
            String kode,
            String nama,
            @Nullable Long indukId,
            @Nullable Long sasaranId,
            @Nullable String sasaran,
            @Nullable Long indikatorId,
            @Nullable String indikator,
            @Nullable BigDecimal pagu,
            List<@Nullable BigDecimal> realisasi,
            @Nullable BigDecimal jumlah,
            Hasil serapan,
            boolean melebihiPagu,
            long versi) {}

    /** The serapan of the programs that serve one sasaran. */
    public record SerapanSasaran(
            Long sasaranId,
            String kode,
            String teks,
            int program,
            @Nullable BigDecimal pagu,
            @Nullable BigDecimal jumlah,
            Hasil serapan) {}

    /** A year's budget up to a triwulan: the rows as a tree in reading order, the sasaran, and the total. */
    public record DaftarAnggaran(
            Periode sampai,
            List<BarisAnggaran> baris,
            List<SerapanSasaran> sasaran,
            @Nullable BigDecimal pagu,
            @Nullable BigDecimal jumlah,
            Hasil serapan) {}

    public record PilihanSasaran(Long id, String kode, String teks) {}

    public record PilihanIndikator(Long id, String kode, String nama) {}

    /** What a row may be linked to: the instansi's sasaran (for a program) and indicators (for a sub-kegiatan). */
    public record PilihanTautan(List<PilihanSasaran> sasaran, List<PilihanIndikator> indikator) {}

    /**
     * A new row ({@code id} and {@code versi} null) or a change to one. Level and parent are fixed once created. Pagu and
     * realisasi only on a sub-kegiatan; an empty realisasi deletes that triwulan's amount.
     */
    public record SimpanMataAnggaran(
            @Nullable Long id,
            @Nullable Long versi,
            int tahun,
            @Nullable TingkatAnggaran tingkat,
            @Nullable Long indukId,
            @Nullable String kode,
            @Nullable String nama,
            @Nullable Long sasaranId,
            @Nullable Long indikatorId,
            @Nullable BigDecimal pagu,
            Map<Triwulan, BigDecimal> realisasi) {}

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DaftarAnggaran daftar(Periode sampai) {
        return PohonAnggaran.susun(
                repository.findByInstansiDanTahun(penggunaSaatIni.wajib().instansiId(), sampai.tahun()), sampai);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public PilihanTautan pilihanTautan() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        return new PilihanTautan(
                sasaranRepository.findByInstansi(instansiId).stream()
                        .sorted(Comparator.comparingInt(Sasaran::getUrutan))
                        .map(s -> new PilihanSasaran(s.idTersimpan(), s.getKode(), s.getTeks()))
                        .toList(),
                indikatorRepository.findByInstansiIdOrderByKode(instansiId).stream()
                        .map(i -> new PilihanIndikator(i.idTersimpan(), i.getKode(), i.getNama()))
                        .toList());
    }

    /**
     * Creates or changes one row in one transaction and returns its id; a row changed meanwhile by someone else is a
     * conflict.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public Long simpan(SimpanMataAnggaran perintah) {
        String metode = "AnggaranService.simpan";
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        String kode = perintah.kode() == null ? "" : perintah.kode().strip();
        if (!KODE.matcher(kode).matches()) {
            throw new AturanDilanggar("anggaran.kode-tidak-sah");
        }
        String nama = perintah.nama() == null ? "" : perintah.nama().strip();
        if (nama.isEmpty()) {
            throw new AturanDilanggar("anggaran.nama-wajib");
        }
        if (nama.length() > 500) {
            throw new AturanDilanggar("anggaran.nama-terlalu-panjang", 500);
        }
        MataAnggaran baris;
        Long id = perintah.id();
        if (id == null) {
            if (perintah.tahun() < 2000 || perintah.tahun() > 2100) {
                throw new AturanDilanggar("anggaran.tahun-tidak-sah");
            }
            TingkatAnggaran tingkat = perintah.tingkat();
            if (tingkat == null) {
                throw new AturanDilanggar("anggaran.tingkat-wajib");
            }
            MataAnggaran induk = null;
            TingkatAnggaran tingkatInduk = tingkat.induk();
            if (tingkatInduk != null) {
                Long indukId = perintah.indukId();
                if (indukId == null) {
                    throw new AturanDilanggar("anggaran.induk-wajib");
                }
                induk = repository
                        .findById(indukId)
                        .orElseThrow(() -> penjaga.tidakAda(metode, "mata anggaran", indukId));
                penjaga.instansiSendiri(metode, induk.getInstansi().idTersimpan(), "mata anggaran", indukId);
                if (induk.getTingkat() != tingkatInduk || induk.getTahun() != perintah.tahun()) {
                    throw new AturanDilanggar("anggaran.induk-tidak-sah");
                }
            }
            if (repository.existsByInstansiIdAndTahunAndKode(instansiId, perintah.tahun(), kode)) {
                throw new AturanDilanggar("anggaran.kode-ganda", kode, String.valueOf(perintah.tahun()));
            }
            baris = new MataAnggaran(
                    instansiRepository.getReferenceById(instansiId), perintah.tahun(), tingkat, induk, kode, nama);
        } else {
            baris = repository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "mata anggaran", id));
            penjaga.instansiSendiri(metode, baris.getInstansi().idTersimpan(), "mata anggaran", id);
            Long versi = perintah.versi();
            if (versi == null || versi != baris.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(MataAnggaran.class, id);
            }
            if (!kode.equals(baris.getKode())
                    && repository.existsByInstansiIdAndTahunAndKode(instansiId, baris.getTahun(), kode)) {
                throw new AturanDilanggar("anggaran.kode-ganda", kode, String.valueOf(baris.getTahun()));
            }
        }
        baris.setKode(kode);
        baris.setNama(nama);
        baris.setSasaran(baris.getTingkat() == TingkatAnggaran.PROGRAM ? sasaran(metode, perintah.sasaranId()) : null);
        boolean sub = baris.getTingkat() == TingkatAnggaran.SUB_KEGIATAN;
        baris.setIndikator(sub ? indikator(metode, perintah.indikatorId()) : null);
        baris.setPagu(sub ? periksaPagu(perintah.pagu()) : null);
        for (Triwulan tw : Triwulan.semua()) {
            BigDecimal nilai = sub ? perintah.realisasi().get(tw) : null;
            baris.setRealisasi(tw, periksaRealisasi(tw, nilai));
        }
        // flushed here, so the version a screen reloads is the one this save wrote
        return repository.saveAndFlush(baris).idTersimpan();
    }

    /** Deletes a row without sub-rows (a program with kegiatan must be emptied first). */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public void hapus(Long id, long versi) {
        String metode = "AnggaranService.hapus";
        MataAnggaran baris = repository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "mata anggaran", id));
        penjaga.instansiSendiri(metode, baris.getInstansi().idTersimpan(), "mata anggaran", id);
        if (versi != baris.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(MataAnggaran.class, id);
        }
        if (repository.existsByIndukId(id)) {
            throw new AturanDilanggar("anggaran.masih-ada-rincian", baris.getKode());
        }
        repository.delete(baris);
    }

    private @Nullable Sasaran sasaran(String metode, @Nullable Long id) {
        if (id == null) {
            return null;
        }
        Sasaran sasaran = sasaranRepository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "sasaran", id));
        penjaga.instansiSendiri(metode, sasaran.getInstansi().idTersimpan(), "sasaran", id);
        return sasaran;
    }

    private @Nullable Indikator indikator(String metode, @Nullable Long id) {
        if (id == null) {
            return null;
        }
        Indikator indikator =
                indikatorRepository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "indikator", id));
        penjaga.instansiSendiri(metode, indikator.getInstansi().idTersimpan(), "indikator", id);
        return indikator;
    }

    private static @Nullable BigDecimal periksaPagu(@Nullable BigDecimal pagu) {
        if (pagu != null && pagu.signum() < 0) {
            throw new AturanDilanggar("anggaran.pagu-negatif");
        }
        if (pagu != null && !rupiah(pagu)) {
            throw new AturanDilanggar("anggaran.pagu-tidak-sah");
        }
        return pagu;
    }

    private static @Nullable BigDecimal periksaRealisasi(Triwulan triwulan, @Nullable BigDecimal jumlah) {
        if (jumlah != null && jumlah.signum() < 0) {
            throw new AturanDilanggar("anggaran.realisasi-negatif", triwulan.romawi());
        }
        if (jumlah != null && !rupiah(jumlah)) {
            throw new AturanDilanggar("anggaran.realisasi-tidak-sah", triwulan.romawi());
        }
        return jumlah;
    }

    /** An amount in rupiah as the column holds it: at most 2 decimals and 17 digits before the comma. */
    private static boolean rupiah(BigDecimal jumlah) {
        return jumlah.stripTrailingZeros().scale() <= DESIMAL_MAKS && jumlah.compareTo(JUMLAH_MAKS) <= 0;
    }
}
