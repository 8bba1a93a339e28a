package id.kecamatan.kinerja.publik;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.laporan.FormatBerkas;
import id.kecamatan.kinerja.laporan.LaporanService;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.pengukuran.CapaianResmi;
import id.kecamatan.kinerja.pengukuran.CapaianResmi.Ringkasan;
import id.kecamatan.kinerja.realisasi.Tenggat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public page's content and its settings. Anyone may read an instansi's page while its Camat keeps it switched
 * on: the approved figures only (through {@link CapaianResmi}, which reads nothing else) and the documents the Camat
 * published, each the PDF made when it was published. Whether the page is on is read on every request, so switching it
 * off holds at once on every instance; the figures are computed at most once per {@link #SIMPAN} per instansi and
 * period, because anyone can ask for them.
 */
@Service
public class PublikService {

    /** How long computed figures are served before they are computed again; the page says so. */
    public static final Duration SIMPAN = Duration.ofMinutes(1);

    private final InstansiRepository instansiRepository;
    private final DokumenTerbitRepository dokumenRepository;
    private final CapaianResmi capaianResmi;
    private final LaporanService laporanService;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Tenggat tenggat;
    private final Clock clock;
    private final SimpanSementara<KunciHalaman, Ringkasan> simpanan;

    PublikService(
            InstansiRepository instansiRepository,
            DokumenTerbitRepository dokumenRepository,
            CapaianResmi capaianResmi,
            LaporanService laporanService,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Tenggat tenggat,
            Clock clock) {
        this.instansiRepository = instansiRepository;
        this.dokumenRepository = dokumenRepository;
        this.capaianResmi = capaianResmi;
        this.laporanService = laporanService;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.tenggat = tenggat;
        this.clock = clock;
        this.simpanan = new SimpanSementara<>(SIMPAN, 500, clock);
    }

    public record InstansiPublik(
            String kode, String nama, @Nullable String kabupaten) {}

    public record DokumenPublik(
            Long id,
            JenisDokumenTerbit jenis,
            int tahun,
            @Nullable Triwulan triwulan,
            String namaBerkas,
            int ukuran,
            String sha256,
            Instant diterbitkanPada) {

        /** Its title, from the message bundle: one wording on the public page and on the Camat's. */
        public String judul(Penerjemah penerjemah) {
            return switch (jenis) {
                case PERJANJIAN_KINERJA -> penerjemah.teks("publik.dokumen.pk", tahun);
                case PENGUKURAN_KINERJA ->
                    triwulan == null
                            ? penerjemah.teks("publik.dokumen.pengukuran-tahun", tahun)
                            : penerjemah.teks(
                                    "publik.dokumen.pengukuran-triwulan",
                                    penerjemah.teks("triwulan." + triwulan.nomor()),
                                    tahun);
                case LKJIP -> penerjemah.teks("publik.dokumen.lkjip", tahun);
            };
        }
    }

    /** A message by key and arguments in the reader's language (a view's getTranslation). */
    @FunctionalInterface
    public interface Penerjemah {
        String teks(String kunci, Object... argumen);
    }

    public record IsiDokumen(String namaBerkas, String sha256, byte[] isi) {}

    /**
     * An instansi's public page for a period: its approved figures, the years a visitor may choose (this year and
     * the four before, as the dashboard offers) and the published documents.
     */
    public record HalamanPublik(
            InstansiPublik instansi, Ringkasan capaian, List<Integer> tahunTersedia, List<DokumenPublik> dokumen) {}

    /** The Camat's settings page: whether the page is on (with the version read), and the documents in force. */
    public record PengaturanPublik(String kode, boolean aktif, long versi, List<DokumenPublik> dokumen) {}

    /** What to publish: the Pengukuran Kinerja up to {@code sampai} (none: the whole year); the PK signed on a date. */
    public record Terbitkan(
            JenisDokumenTerbit jenis,
            int tahun,
            @Nullable Triwulan sampai,
            @Nullable LocalDate tanggalPk) {}

    private record KunciHalaman(long instansiId, Periode sampai) {}

    /** The instansi whose page is on, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<InstansiPublik> daftar() {
        return instansiRepository.findAll().stream()
                .filter(Instansi::isHalamanPublik)
                .map(PublikService::publik)
                .sorted((a, b) -> a.nama().compareToIgnoreCase(b.nama()))
                .toList();
    }

    /**
     * The page of the instansi with this kode up to a period (none: the triwulan running now); empty when there is no
     * such instansi, its page is off, or the year is not one a visitor may choose.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<HalamanPublik> halaman(String kode, @Nullable Periode sampai) {
        Optional<Instansi> instansi = instansiRepository.findByKode(kode).filter(Instansi::isHalamanPublik);
        if (instansi.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> tahun = tahunTersedia();
        Periode periode = sampai != null
                ? sampai
                : new Periode(tahun.getFirst(), tenggat.triwulanBerjalan(tahun.getFirst(), clock));
        if (!tahun.contains(periode.tahun())) {
            return Optional.empty();
        }
        long instansiId = instansi.get().idTersimpan();
        Ringkasan capaian = simpanan.ambil(
                new KunciHalaman(instansiId, periode), () -> capaianResmi.ringkasan(instansiId, periode));
        return Optional.of(
                new HalamanPublik(publik(instansi.get()), capaian, tahun, dokumenRepository.findBerlaku(instansiId)));
    }

    /** A published document of the instansi, while its page is on; empty otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<IsiDokumen> dokumen(String kode, long id) {
        return instansiRepository
                .findByKode(kode)
                .filter(Instansi::isHalamanPublik)
                .flatMap(i -> dokumenRepository.findIsi(id, i.idTersimpan()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CAMAT')")
    public PengaturanPublik pengaturan() {
        Instansi instansi = instansiSaya();
        return new PengaturanPublik(
                instansi.getKode(),
                instansi.isHalamanPublik(),
                instansi.getVersion(),
                dokumenRepository.findBerlaku(instansi.idTersimpan()));
    }

    /** Switches the page on or off; a form loaded from an older version is a conflict. Returns the new version. */
    @Transactional
    @PreAuthorize("hasRole('CAMAT')")
    public long aturHalaman(boolean aktif, long versi) {
        Instansi instansi = instansiSaya();
        if (versi != instansi.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Instansi.class, instansi.idTersimpan());
        }
        instansi.setHalamanPublik(aktif);
        return instansiRepository.saveAndFlush(instansi).getVersion();
    }

    /**
     * Makes the document now, as the Camat would download it, and publishes it, withdrawing the one of the same kind,
     * year and triwulan in force. The LKjIP is the version for the public ({@link LaporanService#lkjipUntukPublik}).
     */
    @Transactional
    @PreAuthorize("hasRole('CAMAT')")
    public DokumenPublik terbitkan(Terbitkan perintah) {
        Pengguna camat = penggunaSaatIni.wajib();
        Instansi instansi = instansiSaya();
        int tahunIni = LocalDate.now(clock).getYear();
        if (perintah.tahun() < 2000 || perintah.tahun() > tahunIni + 1) {
            throw new AturanDilanggar("publik.tahun-tidak-sah", 2000, tahunIni + 1);
        }
        Triwulan triwulan = perintah.jenis() == JenisDokumenTerbit.PENGUKURAN_KINERJA ? perintah.sampai() : null;
        Berkas berkas = switch (perintah.jenis()) {
            case PERJANJIAN_KINERJA -> {
                Jabatan pimpinan = instansi.getPenandatangan();
                if (pimpinan == null) {
                    throw new AturanDilanggar("publik.tanpa-penandatangan");
                }
                if (perintah.tanggalPk() == null) {
                    throw new AturanDilanggar("laporan.pk.tanggal-wajib");
                }
                yield laporanService.perjanjianKinerja(
                        pimpinan.idTersimpan(), perintah.tahun(), perintah.tanggalPk(), FormatBerkas.PDF);
            }
            case PENGUKURAN_KINERJA ->
                triwulan == null
                        ? laporanService.pengukuran(perintah.tahun(), FormatBerkas.PDF)
                        : laporanService.pengukuran(new Periode(perintah.tahun(), triwulan), FormatBerkas.PDF);
            case LKJIP -> laporanService.lkjipUntukPublik(perintah.tahun());
        };
        Instant sekarang = clock.instant();
        String sha256 = sha256(berkas.isi());
        String oleh = camat.nama() + " (" + camat.namaJabatan() + ")";
        dokumenRepository
                .findSama(instansi.idTersimpan(), perintah.jenis(), perintah.tahun(), triwulan)
                .forEach(lama -> lama.tarik(oleh, sekarang));
        DokumenTerbit baru = dokumenRepository.save(new DokumenTerbit(
                instansi,
                perintah.jenis(),
                perintah.tahun(),
                triwulan,
                berkas.nama(),
                berkas.isi(),
                sha256,
                oleh,
                sekarang));
        return new DokumenPublik(
                baru.idTersimpan(),
                perintah.jenis(),
                perintah.tahun(),
                triwulan,
                berkas.nama(),
                berkas.isi().length,
                sha256,
                sekarang);
    }

    /** Takes a document off the public page; it stays recorded as withdrawn. */
    @Transactional
    @PreAuthorize("hasRole('CAMAT')")
    public void tarik(long id) {
        String metode = "PublikService.tarik";
        DokumenTerbit dokumen =
                dokumenRepository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "dokumen terbit", id));
        penjaga.instansiSendiri(metode, dokumen.getInstansi().idTersimpan(), "dokumen terbit", id);
        if (!dokumen.isDitarik()) {
            Pengguna camat = penggunaSaatIni.wajib();
            dokumen.tarik(camat.nama() + " (" + camat.namaJabatan() + ")", clock.instant());
        }
    }

    /** This year first, then the four before it. */
    private List<Integer> tahunTersedia() {
        int tahunIni = LocalDate.now(clock).getYear();
        return List.of(tahunIni, tahunIni - 1, tahunIni - 2, tahunIni - 3, tahunIni - 4);
    }

    private Instansi instansiSaya() {
        return instansiRepository.findById(penggunaSaatIni.wajib().instansiId()).orElseThrow();
    }

    private static InstansiPublik publik(Instansi instansi) {
        return new InstansiPublik(instansi.getKode(), instansi.getNama(), instansi.getKabupaten());
    }

    private static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
