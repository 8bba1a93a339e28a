package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure of the signed-in user's instansi: jabatan by unit, who holds them (definitive or acting), atasan and
 * verifikator; and its kepala daerah.
 */
@Service
public class OrganisasiService {

    private final InstansiRepository instansiRepository;
    private final JabatanRepository jabatanRepository;
    private final UnitKerjaRepository unitKerjaRepository;
    private final PenugasanRepository penugasanRepository;
    private final PegawaiRepository pegawaiRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    OrganisasiService(
            InstansiRepository instansiRepository,
            JabatanRepository jabatanRepository,
            UnitKerjaRepository unitKerjaRepository,
            PenugasanRepository penugasanRepository,
            PegawaiRepository pegawaiRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.instansiRepository = instansiRepository;
        this.jabatanRepository = jabatanRepository;
        this.unitKerjaRepository = unitKerjaRepository;
        this.penugasanRepository = penugasanRepository;
        this.pegawaiRepository = pegawaiRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** A NIP: 18 digits (birth date, appointment month, sex, number). */
    private static final Pattern NIP = Pattern.compile("\\d{18}");

    public record PilihanUnit(Long id, String kode, String nama) {}

    public record InfoInstansi(
            String nama,
            @Nullable String kabupaten,
            @Nullable String provinsi,
            @Nullable String tugas,
            @Nullable String tempatPenetapan,
            @Nullable String tanggalPenetapan,
            @Nullable String jabatanPenandatangan,
            List<Pemegang> penandatangan) {}

    /** A holder of a jabatan on a day, and how they hold it (a Plt. or Plh. signs with that prefix). */
    public record Pemegang(String nama, @Nullable String nip, boolean dataContoh, JenisPenugasan jenis) {}

    /**
     * The kepala daerah as set ({@code null} fields where not), a title suggested from the kabupaten's name for an
     * empty form, and the version of the instansi the form was loaded from.
     */
    public record IsianKepalaDaerah(
            @Nullable String jabatan,
            @Nullable String nama,
            @Nullable String nip,
            String saranJabatan,
            long versi) {}

    /** One assignment of a pegawai to a jabatan, for the Admin's list; {@code berlaku}: in force today. */
    public record BarisPenugasan(
            Long id,
            String pegawai,
            @Nullable String nip,
            boolean dataContoh,
            String jabatan,
            JenisPenugasan jenis,
            @Nullable LocalDate mulai,
            @Nullable LocalDate selesai,
            boolean berlaku,
            long versi) {}

    public record PilihanPegawai(
            Long id, String nama, @Nullable String nip) {}

    public record PilihanJabatan(Long id, String nama) {}

    /** What the Admin may choose from when adding an assignment: the instansi's pegawai and jabatan. */
    public record PilihanPenugasan(List<PilihanPegawai> pegawai, List<PilihanJabatan> jabatan) {}

    /** A new assignment; {@code selesai} null: until further notice. */
    public record TambahPenugasan(
            Long pegawaiId,
            Long jabatanId,
            @Nullable JenisPenugasan jenis,
            @Nullable LocalDate mulai,
            @Nullable LocalDate selesai) {}

    public record BarisJabatan(
            Long id,
            String kode,
            String nama,
            Peran peran,
            @Nullable String unit,
            List<Pemegang> pemegang,
            @Nullable String atasan,
            @Nullable String verifikator,
            @Nullable Long atasanId,
            @Nullable String tugas) {}

    /**
     * Who writes the LKjIP's texts besides the Sekcam: the jabatan set ({@code null}: none), the jabatan to choose
     * from, and the version of the instansi the form was loaded from.
     */
    public record IsianPenyusunLkjip(@Nullable Long jabatanId, List<PilihanJabatan> pilihan, long versi) {}

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PilihanUnit> daftarUnit() {
        return unitKerjaRepository
                .findByInstansiIdOrderByUrutan(penggunaSaatIni.wajib().instansiId())
                .stream()
                .map(u -> new PilihanUnit(u.idTersimpan(), u.getKode(), u.getNama()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public InfoInstansi infoInstansi() {
        Instansi instansi = instansiRepository
                .findById(penggunaSaatIni.wajib().instansiId())
                .orElseThrow();
        Jabatan penandatangan = instansi.getPenandatangan();
        List<Pemegang> pemegang = penandatangan == null
                ? List.of()
                : pemegangPerJabatan(instansi.idTersimpan()).getOrDefault(penandatangan.getId(), List.of());
        return new InfoInstansi(
                instansi.getNama(),
                instansi.getKabupaten(),
                instansi.getProvinsi(),
                instansi.getTugas(),
                instansi.getTempatPenetapan(),
                instansi.getTanggalPenetapan(),
                penandatangan == null ? null : penandatangan.getNama(),
                pemegang);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BarisJabatan> struktur() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Map<Long, List<Pemegang>> pemegang = pemegangPerJabatan(instansiId);
        // the operator's and the evaluator's jabatan are the portal's, not part of the office's structure
        return jabatanRepository.findByInstansiIdOrderByUrutan(instansiId).stream()
                .filter(j -> j.getPeran().bagianKantor())
                .map(j -> new BarisJabatan(
                        j.idTersimpan(),
                        j.getKode(),
                        j.getNama(),
                        j.getPeran(),
                        j.getUnitKerja() == null ? null : j.getUnitKerja().getNama(),
                        pemegang.getOrDefault(j.getId(), List.of()),
                        j.getAtasan() == null ? null : j.getAtasan().getNama(),
                        j.getVerifikator() == null ? null : j.getVerifikator().getNama(),
                        j.getAtasan() == null ? null : j.getAtasan().getId(),
                        j.getTugas()))
                .toList();
    }

    private Map<Long, List<Pemegang>> pemegangPerJabatan(Long instansiId) {
        Map<Long, List<Pemegang>> hasil = new HashMap<>();
        for (Penugasan p : penugasanRepository.findBerlaku(instansiId, LocalDate.now(clock))) {
            hasil.computeIfAbsent(p.getJabatan().getId(), id -> new ArrayList<>())
                    .add(new Pemegang(
                            p.getPegawai().getNama(),
                            p.getPegawai().getNip(),
                            p.getPegawai().isDataContoh(),
                            p.getJenis()));
        }
        return hasil;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'SEKCAM')")
    public IsianKepalaDaerah kepalaDaerah() {
        Instansi instansi = instansiSaya();
        KepalaDaerah kepala = instansi.getKepalaDaerah().orElse(null);
        return new IsianKepalaDaerah(
                kepala == null ? null : kepala.jabatan(),
                kepala == null ? null : kepala.nama(),
                kepala == null ? null : kepala.nip(),
                saranJabatanKepalaDaerah(instansi.getKabupaten()),
                instansi.getVersion());
    }

    /**
     * Sets the kepala daerah of the signed-in user's instansi: title and name required, NIP optional (18 digits,
     * spaces allowed). A form loaded from an older version is a conflict. Returns the new version.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SEKCAM')")
    public long simpanKepalaDaerah(KepalaDaerah isian, long versi) {
        Instansi instansi = instansiSaya();
        if (versi != instansi.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Instansi.class, instansi.idTersimpan());
        }
        String jabatan = bersih(isian.jabatan());
        if (jabatan.isEmpty()) {
            throw new AturanDilanggar("kepala-daerah.jabatan-wajib");
        }
        if (jabatan.length() > 100) {
            throw new AturanDilanggar("kepala-daerah.jabatan-terlalu-panjang", 100);
        }
        String nama = bersih(isian.nama());
        if (nama.isEmpty()) {
            throw new AturanDilanggar("kepala-daerah.nama-wajib");
        }
        if (nama.length() > 200) {
            throw new AturanDilanggar("kepala-daerah.nama-terlalu-panjang", 200);
        }
        String nip = isian.nip() == null ? "" : isian.nip().replace(" ", "");
        if (!nip.isEmpty() && !NIP.matcher(nip).matches()) {
            throw new AturanDilanggar("kepala-daerah.nip-tidak-sah");
        }
        instansi.setKepalaDaerah(new KepalaDaerah(jabatan, nama, nip.isEmpty() ? null : nip));
        return instansiRepository.saveAndFlush(instansi).getVersion();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'SEKCAM')")
    public IsianPenyusunLkjip penyusunLkjip() {
        Instansi instansi = instansiSaya();
        Jabatan penyusun = instansi.getPenyusunLkjip();
        return new IsianPenyusunLkjip(
                penyusun == null ? null : penyusun.getId(),
                jabatanKantor(instansi.idTersimpan()),
                instansi.getVersion());
    }

    /**
     * Names the jabatan that writes the LKjIP's texts besides the Sekcam ({@code null}: the Sekcam alone). A jabatan
     * of another instansi, or none at all, is refused; a form loaded from an older version is a conflict. Returns the
     * new version.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SEKCAM')")
    public long simpanPenyusunLkjip(@Nullable Long jabatanId, long versi) {
        String metode = "OrganisasiService.simpanPenyusunLkjip";
        Instansi instansi = instansiSaya();
        Jabatan jabatan = null;
        if (jabatanId != null) {
            jabatan = jabatanRepository
                    .findById(jabatanId)
                    .orElseThrow(() -> penjaga.tidakAda(metode, "jabatan", jabatanId));
            penjaga.instansiSendiri(metode, jabatan.getInstansi().idTersimpan(), "jabatan", jabatanId);
        }
        if (versi != instansi.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Instansi.class, instansi.idTersimpan());
        }
        instansi.setPenyusunLkjip(jabatan);
        return instansiRepository.saveAndFlush(instansi).getVersion();
    }

    /** Every assignment of the instansi, past and present, by jabatan and newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<BarisPenugasan> daftarPenugasan() {
        LocalDate hariIni = LocalDate.now(clock);
        return penugasanRepository.findByInstansi(penggunaSaatIni.wajib().instansiId()).stream()
                .filter(p -> p.getJabatan().getPeran().bagianKantor())
                .sorted(Comparator.comparingInt((Penugasan p) -> p.getJabatan().getUrutan())
                        .thenComparing(Penugasan::getMulai, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())))
                .map(p -> new BarisPenugasan(
                        p.idTersimpan(),
                        p.getPegawai().getNama(),
                        p.getPegawai().getNip(),
                        p.getPegawai().isDataContoh(),
                        p.getJabatan().getNama(),
                        p.getJenis(),
                        p.getMulai(),
                        p.getSelesai(),
                        p.berlakuPada(hariIni),
                        p.getVersion()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public PilihanPenugasan pilihanPenugasan() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        return new PilihanPenugasan(
                pegawaiRepository.findByInstansiIdOrderByNama(instansiId).stream()
                        .map(p -> new PilihanPegawai(p.idTersimpan(), p.getNama(), p.getNip()))
                        .toList(),
                jabatanKantor(instansiId));
    }

    /** The office's jabatan, without the portal's operator and evaluator. */
    private List<PilihanJabatan> jabatanKantor(Long instansiId) {
        return jabatanRepository.findByInstansiIdOrderByUrutan(instansiId).stream()
                .filter(j -> j.getPeran().bagianKantor())
                .map(j -> new PilihanJabatan(j.idTersimpan(), j.getNama()))
                .toList();
    }

    /**
     * Places a pegawai in a jabatan from {@code mulai}, definitively or acting. The same pegawai may not hold the
     * same jabatan twice on one day.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void tambahPenugasan(TambahPenugasan perintah) {
        String metode = "OrganisasiService.tambahPenugasan";
        Pegawai pegawai = pegawaiRepository
                .findById(perintah.pegawaiId())
                .orElseThrow(() -> penjaga.tidakAda(metode, "pegawai", perintah.pegawaiId()));
        penjaga.instansiSendiri(metode, pegawai.getInstansi().idTersimpan(), "pegawai", pegawai.idTersimpan());
        Jabatan jabatan = jabatanRepository
                .findById(perintah.jabatanId())
                .orElseThrow(() -> penjaga.tidakAda(metode, "jabatan", perintah.jabatanId()));
        penjaga.instansiSendiri(metode, jabatan.getInstansi().idTersimpan(), "jabatan", jabatan.idTersimpan());
        JenisPenugasan jenis = perintah.jenis();
        LocalDate mulai = perintah.mulai();
        if (jenis == null || mulai == null) {
            throw new AturanDilanggar("penugasan.wajib");
        }
        LocalDate selesai = perintah.selesai();
        periksaRentang(mulai, selesai);
        boolean ganda =
                penugasanRepository.findByPegawaiIdAndJabatanId(pegawai.idTersimpan(), jabatan.idTersimpan()).stream()
                        .anyMatch(p -> tumpang(p.getMulai(), p.getSelesai(), mulai, selesai));
        if (ganda) {
            throw new AturanDilanggar("penugasan.ganda", pegawai.getNama(), jabatan.getNama());
        }
        Penugasan penugasan = new Penugasan(pegawai, jabatan, mulai, jenis);
        penugasan.setSelesai(selesai);
        penugasanRepository.save(penugasan);
    }

    /** Ends an assignment on {@code selesai} (its last day); an assignment changed meanwhile is a conflict. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void akhiriPenugasan(Long penugasanId, @Nullable LocalDate selesai, long versi) {
        String metode = "OrganisasiService.akhiriPenugasan";
        Penugasan penugasan = penugasanRepository
                .findById(penugasanId)
                .orElseThrow(() -> penjaga.tidakAda(metode, "penugasan", penugasanId));
        penjaga.instansiSendiri(metode, penugasan.getJabatan().getInstansi().idTersimpan(), "penugasan", penugasanId);
        if (versi != penugasan.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Penugasan.class, penugasanId);
        }
        if (selesai == null) {
            throw new AturanDilanggar("penugasan.selesai-wajib");
        }
        periksaRentang(penugasan.getMulai(), selesai);
        penugasan.setSelesai(selesai);
    }

    private Instansi instansiSaya() {
        return instansiRepository.findById(penggunaSaatIni.wajib().instansiId()).orElseThrow();
    }

    private static void periksaRentang(@Nullable LocalDate mulai, @Nullable LocalDate selesai) {
        if (selesai != null && mulai != null && selesai.isBefore(mulai)) {
            throw new AturanDilanggar("penugasan.selesai-sebelum-mulai");
        }
    }

    /** Two from–to ranges share a day; an open end reaches forever. */
    private static boolean tumpang(
            @Nullable LocalDate mulaiA,
            @Nullable LocalDate selesaiA,
            @Nullable LocalDate mulaiB,
            @Nullable LocalDate selesaiB) {
        boolean aSebelumB = selesaiA != null && mulaiB != null && selesaiA.isBefore(mulaiB);
        boolean bSebelumA = selesaiB != null && mulaiA != null && selesaiB.isBefore(mulaiA);
        return !aSebelumB && !bSebelumA;
    }

    private static String bersih(@Nullable String teks) {
        return teks == null ? "" : teks.strip();
    }

    /** "Kabupaten Karimun" → "Bupati Karimun", "Kota Batam" → "Wali Kota Batam"; otherwise nothing to suggest. */
    static String saranJabatanKepalaDaerah(@Nullable String kabupaten) {
        if (kabupaten == null) {
            return "";
        }
        String nama = kabupaten.strip();
        String kecil = nama.toLowerCase(Locale.ROOT);
        if (kecil.startsWith("kabupaten ")) {
            return "Bupati " + nama.substring("kabupaten ".length()).strip();
        }
        if (kecil.startsWith("kota ")) {
            return "Wali Kota " + nama.substring("kota ".length()).strip();
        }
        return "";
    }
}
