package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.renstra.Sasaran;
import id.kecamatan.kinerja.renstra.SasaranRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LKjIP's written sections (Latar Belakang, Isu Strategis, the analysis of each sasaran, Penutup) per year.
 * The Sekcam and the instansi's penyusun LKjIP write them; the Camat and the Admin read them; everyone else is
 * refused. Every save is a new row, so the history keeps who wrote what when; a save based on a text that is no
 * longer the newest is a conflict, never a silent overwrite.
 */
@Service
public class TeksLkjipService {

    /** Characters per section: a few pages of the report. */
    public static final int PANJANG_MAKSIMUM = 10_000;

    public enum Akses {
        TULIS,
        BACA,
        TIDAK
    }

    /**
     * A section of a year with its text in force ({@code nomor} 0 and an empty text: not written yet);
     * {@code sasaran}: kode and text of the analysed sasaran.
     */
    public record Seksi(
            BagianTeks bagian,
            @Nullable Long sasaranId,
            @Nullable String sasaran,
            String teks,
            int nomor,
            @Nullable String oleh,
            @Nullable LocalDateTime pada) {}

    /** One saved text of a section, its time in the office's zone. */
    public record Riwayat(int nomor, String teks, String oleh, LocalDateTime pada) {}

    private final TeksLkjipRepository repository;
    private final InstansiRepository instansiRepository;
    private final SasaranRepository sasaranRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    TeksLkjipService(
            TeksLkjipRepository repository,
            InstansiRepository instansiRepository,
            SasaranRepository sasaranRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.repository = repository;
        this.instansiRepository = instansiRepository;
        this.sasaranRepository = sasaranRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** What the signed-in user may do with the texts; never refuses (the menu asks it for every user). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Akses aksesSaya() {
        Pengguna pengguna = penggunaSaatIni.wajib();
        return switch (pengguna.peran()) {
            case SEKCAM -> Akses.TULIS;
            case CAMAT, ADMIN -> Akses.BACA;
            case KEPALA_UNIT, STAF -> penyusun(pengguna) ? Akses.TULIS : Akses.TIDAK;
            case EVALUATOR, KABUPATEN -> Akses.TIDAK;
        };
    }

    /** Every section of the year in the order of the report, with the text in force. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Seksi> daftar(int tahun) {
        Pengguna pengguna = boleh("TeksLkjipService.daftar", Akses.BACA);
        Map<String, TeksLkjip> berlaku = repository.findBerlaku(pengguna.instansiId(), tahun).stream()
                .collect(Collectors.toMap(TeksLkjip::getKunci, Function.identity()));
        List<Seksi> seksi = new ArrayList<>();
        seksi.add(seksi(BagianTeks.LATAR_BELAKANG, null, berlaku));
        seksi.add(seksi(BagianTeks.ISU_STRATEGIS, null, berlaku));
        for (Sasaran s : sasaranRepository.findByInstansi(pengguna.instansiId())) {
            seksi.add(seksi(BagianTeks.ANALISIS_SASARAN, s, berlaku));
        }
        seksi.add(seksi(BagianTeks.PENUTUP, null, berlaku));
        return seksi;
    }

    /** A section's saved texts, newest (the one in force) first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Riwayat> riwayat(int tahun, BagianTeks bagian, @Nullable Long sasaranId) {
        String metode = "TeksLkjipService.riwayat";
        Pengguna pengguna = boleh(metode, Akses.BACA);
        sasaran(metode, bagian, sasaranId);
        return repository
                .findByInstansiIdAndTahunAndKunciOrderByNomorDesc(
                        pengguna.instansiId(), tahun, BagianTeks.kunci(bagian, sasaranId))
                .stream()
                .map(t -> new Riwayat(t.getNomor(), t.getTeks(), t.getOleh(), waktu(t.getPada())))
                .toList();
    }

    /**
     * Saves a section's new text as the next row of its history. {@code dasar}: the number of the text the user
     * edited (0: none was written); when another save came in between, the save is refused as a conflict and
     * nothing is written. An unchanged text writes nothing. Returns the number of the text now in force.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int simpan(int tahun, BagianTeks bagian, @Nullable Long sasaranId, String teks, int dasar) {
        String metode = "TeksLkjipService.simpan";
        Pengguna pengguna = boleh(metode, Akses.TULIS);
        Sasaran sasaran = sasaran(metode, bagian, sasaranId);
        String bersih = teks.strip();
        if (bersih.length() > PANJANG_MAKSIMUM) {
            throw new AturanDilanggar("lkjip.teks.terlalu-panjang", bersih.length(), PANJANG_MAKSIMUM);
        }
        String kunci = BagianTeks.kunci(bagian, sasaranId);
        List<TeksLkjip> riwayat =
                repository.findByInstansiIdAndTahunAndKunciOrderByNomorDesc(pengguna.instansiId(), tahun, kunci);
        int terbaru = riwayat.isEmpty() ? 0 : riwayat.getFirst().getNomor();
        if (terbaru != dasar) {
            throw new ObjectOptimisticLockingFailureException(TeksLkjip.class, kunci);
        }
        if (bersih.equals(riwayat.isEmpty() ? "" : riwayat.getFirst().getTeks())) {
            return terbaru;
        }
        Instansi instansi = instansiRepository.getReferenceById(pengguna.instansiId());
        String oleh = pengguna.nama() + " (" + pengguna.namaJabatan() + ")";
        try {
            repository.saveAndFlush(new TeksLkjip(
                    instansi,
                    tahun,
                    bagian,
                    sasaran,
                    dasar + 1,
                    bersih,
                    oleh.length() > 200 ? oleh.substring(0, 200) : oleh,
                    Instant.now(clock)));
        } catch (DataIntegrityViolationException bersamaan) {
            // another save of the same text number committed between our read and our insert
            throw new ObjectOptimisticLockingFailureException(TeksLkjip.class, kunci, bersamaan);
        }
        return dasar + 1;
    }

    /** The signed-in user, when they may at least {@code perlu}; refused and logged otherwise. */
    private Pengguna boleh(String metode, Akses perlu) {
        Akses akses = aksesSaya();
        boolean cukup = akses == Akses.TULIS || (perlu == Akses.BACA && akses == Akses.BACA);
        if (!cukup) {
            throw penjaga.tolak(metode, "teks LKjIP (" + akses + ")");
        }
        return penggunaSaatIni.wajib();
    }

    private boolean penyusun(Pengguna pengguna) {
        Jabatan penyusun = instansiRepository
                .findById(pengguna.instansiId())
                .map(Instansi::getPenyusunLkjip)
                .orElse(null);
        return penyusun != null && pengguna.jabatanId().equals(penyusun.getId());
    }

    /**
     * The sasaran of an analysis, of the user's own instansi; a section other than an analysis has none. An id of
     * another instansi or of nothing is refused and logged.
     */
    private @Nullable Sasaran sasaran(String metode, BagianTeks bagian, @Nullable Long sasaranId) {
        if ((bagian == BagianTeks.ANALISIS_SASARAN) != (sasaranId != null)) {
            throw new AturanDilanggar("lkjip.teks.sasaran");
        }
        if (sasaranId == null) {
            return null;
        }
        Sasaran sasaran =
                sasaranRepository.findById(sasaranId).orElseThrow(() -> penjaga.tidakAda(metode, "sasaran", sasaranId));
        penjaga.instansiSendiri(metode, sasaran.getInstansi().idTersimpan(), "sasaran", sasaranId);
        return sasaran;
    }

    private Seksi seksi(BagianTeks bagian, @Nullable Sasaran sasaran, Map<String, TeksLkjip> berlaku) {
        Long sasaranId = sasaran == null ? null : sasaran.idTersimpan();
        TeksLkjip teks = berlaku.get(BagianTeks.kunci(bagian, sasaranId));
        return new Seksi(
                bagian,
                sasaranId,
                sasaran == null ? null : sasaran.getKode() + " " + sasaran.getTeks(),
                teks == null ? "" : teks.getTeks(),
                teks == null ? 0 : teks.getNomor(),
                teks == null ? null : teks.getOleh(),
                teks == null ? null : waktu(teks.getPada()));
    }

    private LocalDateTime waktu(Instant pada) {
        return LocalDateTime.ofInstant(pada, clock.getZone());
    }
}
