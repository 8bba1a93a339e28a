package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.PerbandinganRencana;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Rencana Aksi of indicators: the owner writes what will be done in each triwulan and the target each should
 * reach, and submits it; the verifikator of the owner's jabatan approves or returns it, with the rules and history of
 * a realisasi (AksesRealisasi). Each triwulan of a plan stands beside what approved realisasi reached by its end
 * ({@link PerbandinganRencana}); a quarter behind its approved plan is a deviation the dashboard lists.
 */
@Service
public class RencanaAksiService {

    static final int PANJANG_URAIAN_MAKS = 500;
    static final int PANJANG_PELAKSANA_MAKS = 200;
    static final int KEGIATAN_MAKS = 40;

    private final RencanaAksiRepository rencanaRepository;
    private final RiwayatRencanaAksiRepository riwayatRepository;
    private final RealisasiRepository realisasiRepository;
    private final IndikatorRepository indikatorRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final AksesRealisasi akses;
    private final PenjagaAkses penjaga;
    private final Clock clock;
    private final Tenggat tenggat;
    private final ApplicationEventPublisher events;

    RencanaAksiService(
            RencanaAksiRepository rencanaRepository,
            RiwayatRencanaAksiRepository riwayatRepository,
            RealisasiRepository realisasiRepository,
            IndikatorRepository indikatorRepository,
            PenggunaSaatIni penggunaSaatIni,
            AksesRealisasi akses,
            PenjagaAkses penjaga,
            Clock clock,
            Tenggat tenggat,
            ApplicationEventPublisher events) {
        this.rencanaRepository = rencanaRepository;
        this.riwayatRepository = riwayatRepository;
        this.realisasiRepository = realisasiRepository;
        this.indikatorRepository = indikatorRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.akses = akses;
        this.penjaga = penjaga;
        this.clock = clock;
        this.tenggat = tenggat;
        this.events = events;
    }

    public record KegiatanIsian(Triwulan triwulan, String uraian, String pelaksana) {}

    /**
     * What the owner wrote for a year. {@code target}: per triwulan, none (or null) = belum direncanakan.
     * {@code versi}: the version of the plan they loaded; null for a new plan.
     */
    public record SimpanRencana(
            Long indikatorId,
            int tahun,
            Map<Triwulan, ? extends @Nullable BigDecimal> target,
            List<KegiatanIsian> kegiatan,
            @Nullable Long versi) {}

    /** One triwulan of a plan: its target (none = belum direncanakan), its kegiatan, and what was reached. */
    public record TriwulanRencana(
            Triwulan triwulan,
            @Nullable BigDecimal target,
            List<KegiatanIsian> kegiatan,
            PerbandinganRencana banding) {}

    /**
     * The plan of one indicator for a year as the signed-in user may see it. {@code rencanaId} is null while there is
     * none, or ({@code tertutup}) while it is not approved and the user is not one who may read it then.
     */
    public record RencanaIndikator(
            Long indikatorId,
            String kode,
            String nama,
            String satuan,
            String jabatan,
            Agregasi agregasi,
            int tahun,
            @Nullable Long rencanaId,
            long versi,
            @Nullable StatusRealisasi status,
            @Nullable String catatanVerifikator,
            @Nullable Instant diajukanPada,
            boolean tertutup,
            boolean milikSaya,
            boolean dapatMembukaKembali,
            List<TriwulanRencana> triwulan) {

        public TriwulanRencana untuk(Triwulan tw) {
            return triwulan.get(tw.ordinal());
        }

        /** The owner may still change it: nothing saved yet, a draft, or returned. */
        public boolean dapatDiubah() {
            return milikSaya && (status == null || status.dapatDiubah());
        }
    }

    /** A step of a plan's history, oldest first: a status change or a save with what it changed. */
    public record EntriRiwayatRencana(
            Instant pada,
            String oleh,
            @Nullable StatusRealisasi dari,
            StatusRealisasi ke,
            @Nullable String catatan,
            @Nullable String perubahan) {}

    /** A quarter whose approved realisasi is behind its approved Rencana Aksi. */
    public record Penyimpangan(
            Long indikatorId,
            String kode,
            String indikator,
            Long jabatanId,
            String jabatan,
            String satuan,
            PerbandinganRencana banding) {}

    /** The plans of the signed-in user's own indicators for a year, one per indicator (empty where none is saved). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RencanaIndikator> milikSaya(int tahun) {
        return rencana(indikatorRepository.findByPemilik(penggunaSaatIni.wajib().jabatanId()), tahun);
    }

    /**
     * One indicator's plan for a year: approved for everyone of the instansi, otherwise only for those who may read
     * its realisasi before approval (the owner, the verifikator, the Camat).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public RencanaIndikator untukIndikator(Long indikatorId, int tahun) {
        Indikator indikator = indikatorRepository
                .findById(indikatorId)
                .orElseThrow(() -> penjaga.tidakAda("RencanaAksiService.untukIndikator", "indikator", indikatorId));
        penjaga.instansiSendiri(
                "RencanaAksiService.untukIndikator", indikator.getInstansi().idTersimpan(), "indikator", indikatorId);
        return rencana(List.of(indikator), tahun).getFirst();
    }

    /** Submitted plans waiting for the signed-in user, as verifikator (or as Camat for jabatan without one). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RencanaIndikator> kotakMasuk() {
        Pengguna pengguna = penggunaSaatIni.wajib();
        List<RencanaAksi> menunggu = new ArrayList<>(rencanaRepository.findMenungguVerifikator(pengguna.jabatanId()));
        if (pengguna.peran() == Peran.CAMAT) {
            menunggu.addAll(rencanaRepository.findMenungguTanpaVerifikator(pengguna.instansiId()));
        }
        List<RencanaIndikator> hasil = new ArrayList<>();
        for (RencanaAksi r : menunggu) {
            hasil.add(rencana(List.of(r.getIndikator()), r.getTahun()).getFirst());
        }
        return hasil;
    }

    /**
     * Saves the owner's plan as a draft; a returned plan becomes a draft again, a submitted or approved one is locked.
     * Every kegiatan needs an uraian and a pelaksana; a target may be empty (belum direncanakan), never negative.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public RencanaIndikator simpanDraf(SimpanRencana perintah) {
        Indikator indikator = indikatorRepository
                .findById(perintah.indikatorId())
                .orElseThrow(
                        () -> penjaga.tidakAda("RencanaAksiService.simpanDraf", "indikator", perintah.indikatorId()));
        akses.milikSaya("RencanaAksiService.simpanDraf", indikator);
        int tahunIni = tenggat.hariIni(clock).getYear();
        if (perintah.tahun() < 2000 || perintah.tahun() > tahunIni + 1) {
            throw new AturanDilanggar("rencana-aksi.tahun-di-luar", String.valueOf(tahunIni + 1));
        }
        Map<Triwulan, @Nullable BigDecimal> target = new EnumMap<>(Triwulan.class);
        for (Triwulan tw : Triwulan.values()) {
            BigDecimal nilai = perintah.target().get(tw);
            if (nilai != null) {
                RealisasiService.periksaNilai("Target " + tw.romawi(), nilai);
                nilai = RealisasiService.disimpan(nilai);
            }
            target.put(tw, nilai);
        }
        List<KegiatanIsian> kegiatan = periksaKegiatan(perintah.kegiatan());

        RencanaAksi rencana = rencanaRepository
                .findByIndikatorIdAndTahun(indikator.idTersimpan(), perintah.tahun())
                .orElse(null);
        StatusRealisasi sebelumnya;
        String perubahan;
        if (rencana == null) {
            if (perintah.versi() != null) {
                throw konflik(indikator.idTersimpan());
            }
            rencana = new RencanaAksi(indikator, perintah.tahun());
            sebelumnya = null;
            perubahan = perubahan(Map.of(), List.of(), target, kegiatan);
        } else {
            if (perintah.versi() == null || perintah.versi() != rencana.getVersion()) {
                throw konflik(rencana.idTersimpan());
            }
            sebelumnya = rencana.getStatus();
            if (!sebelumnya.dapatDiubah()) {
                throw new AturanDilanggar("rencana-aksi.terkunci", sebelumnya);
            }
            Map<Triwulan, @Nullable BigDecimal> lama = new EnumMap<>(Triwulan.class);
            for (Triwulan tw : Triwulan.values()) {
                lama.put(tw, rencana.target(tw));
            }
            perubahan = perubahan(lama, isian(rencana), target, kegiatan);
        }
        for (Triwulan tw : Triwulan.values()) {
            rencana.setTarget(tw, target.get(tw));
        }
        rencana.getKegiatan().clear();
        Map<Triwulan, Integer> urutan = new EnumMap<>(Triwulan.class);
        for (KegiatanIsian k : kegiatan) {
            int ke = urutan.merge(k.triwulan(), 1, Integer::sum);
            rencana.getKegiatan().add(new KegiatanAksi(rencana, k.triwulan(), ke, k.uraian(), k.pelaksana()));
        }
        rencana.setStatus(StatusRealisasi.DRAF);
        rencana.setDiubahPada(clock.instant());
        try {
            rencana = rencanaRepository.saveAndFlush(rencana);
        } catch (DataIntegrityViolationException e) {
            // two first saves of the same plan at once: the unique key lets one in, the other is a conflict
            throw konflik(indikator.idTersimpan());
        }
        if (sebelumnya != StatusRealisasi.DRAF || !perubahan.isEmpty()) {
            catat(rencana, sebelumnya, StatusRealisasi.DRAF, null, perubahan.isEmpty() ? null : perubahan);
        }
        return rencana(List.of(indikator), perintah.tahun()).getFirst();
    }

    /** Submits a draft to the verifikator: it needs at least one kegiatan and one planned target. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void ajukan(Long rencanaId) {
        RencanaAksi r = muat("RencanaAksiService.ajukan", rencanaId);
        akses.milikSaya("RencanaAksiService.ajukan", r.getIndikator());
        boolean adaTarget = false;
        for (Triwulan tw : Triwulan.values()) {
            adaTarget |= r.target(tw) != null;
        }
        if (r.getKegiatan().isEmpty() || !adaTarget) {
            throw new AturanDilanggar("rencana-aksi.belum-lengkap");
        }
        pindah(r, StatusRealisasi.DRAF, StatusRealisasi.DIAJUKAN, null);
        r.setDiajukanPada(clock.instant());
    }

    /** Approves a submitted plan; only the verifikator of the owner's jabatan may. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setujui(Long rencanaId) {
        RencanaAksi r = muat("RencanaAksiService.setujui", rencanaId);
        akses.verifikatorSaya("RencanaAksiService.setujui", r.getIndikator());
        pindah(r, StatusRealisasi.DIAJUKAN, StatusRealisasi.DISETUJUI, null);
        r.setDisetujuiPada(clock.instant());
        r.setCatatanVerifikator(null);
    }

    /** Returns a submitted plan to its owner with a note. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void kembalikan(Long rencanaId, String catatan) {
        String alasan = RealisasiService.catatanWajib(catatan);
        RencanaAksi r = muat("RencanaAksiService.kembalikan", rencanaId);
        akses.verifikatorSaya("RencanaAksiService.kembalikan", r.getIndikator());
        pindah(r, StatusRealisasi.DIAJUKAN, StatusRealisasi.DIKEMBALIKAN, alasan);
        r.setCatatanVerifikator(alasan);
    }

    /** Reopens an approved plan with a reason (a plan changes mid-year); its verifikator or the Camat may. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void bukaKembali(Long rencanaId, String alasan) {
        String teks = RealisasiService.catatanWajib(alasan);
        RencanaAksi r = muat("RencanaAksiService.bukaKembali", rencanaId);
        if (!akses.dapatMembukaKembali(r.getIndikator())) {
            throw penjaga.tolak("RencanaAksiService.bukaKembali", "bukan verifikator rencana aksi " + rencanaId);
        }
        pindah(r, StatusRealisasi.DISETUJUI, StatusRealisasi.DIKEMBALIKAN, teks);
        r.setDisetujuiPada(null);
        r.setCatatanVerifikator(teks);
    }

    /** The history of a plan, oldest first; readable by those who may read it before approval. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EntriRiwayatRencana> riwayat(Long rencanaId) {
        RencanaAksi r = muat("RencanaAksiService.riwayat", rencanaId);
        akses.bolehBaca("RencanaAksiService.riwayat", r.getIndikator());
        return riwayatRepository.findByRencanaAksiIdOrderByPadaAscIdAsc(rencanaId).stream()
                .map(h -> new EntriRiwayatRencana(
                        h.getPada(), h.getOleh(), h.getDari(), h.getKe(), h.getCatatan(), h.getPerubahan()))
                .toList();
    }

    /**
     * The quarters up to {@code sampai} of the signed-in user's instansi whose approved realisasi is behind their
     * approved Rencana Aksi, in the indicators' order. Approved figures only, so every role may read them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Penyimpangan> penyimpangan(Periode sampai) {
        List<RencanaAksi> disetujui =
                rencanaRepository.findDisetujui(penggunaSaatIni.wajib().instansiId(), sampai.tahun());
        Map<Long, Map<Triwulan, Map<String, BigDecimal>>> realisasi = realisasiDisetujui(
                disetujui.stream().map(r -> r.getIndikator().idTersimpan()).toList(), sampai.tahun());
        List<Penyimpangan> hasil = new ArrayList<>();
        for (RencanaAksi r : disetujui) {
            Indikator i = r.getIndikator();
            for (Triwulan tw : Triwulan.values()) {
                if (tw.compareTo(sampai.triwulan()) > 0) {
                    break;
                }
                PerbandinganRencana banding = PerbandinganRencana.hitung(
                        i.definisi(),
                        i.getInstansi().getKonvensiNegatif(),
                        tw,
                        r.target(tw),
                        realisasi.getOrDefault(i.getId(), Map.of()));
                if (banding.menyimpang()) {
                    hasil.add(new Penyimpangan(
                            i.idTersimpan(),
                            i.getKode(),
                            i.getNama(),
                            i.getPemilik().idTersimpan(),
                            i.getPemilik().getNama(),
                            i.getSatuan(),
                            banding));
                }
            }
        }
        return hasil;
    }

    private List<RencanaIndikator> rencana(List<Indikator> indikator, int tahun) {
        List<Long> ids = indikator.stream().map(Indikator::idTersimpan).toList();
        Map<Long, RencanaAksi> rencana = new HashMap<>();
        rencanaRepository
                .findByIndikatorDanTahun(ids, tahun)
                .forEach(r -> rencana.put(r.getIndikator().getId(), r));
        Map<Long, Map<Triwulan, Map<String, BigDecimal>>> realisasi = realisasiDisetujui(ids, tahun);
        List<RencanaIndikator> hasil = new ArrayList<>();
        for (Indikator i : indikator) {
            RencanaAksi r = rencana.get(i.getId());
            boolean tertutup = r != null && r.getStatus() != StatusRealisasi.DISETUJUI && !akses.dapatMembaca(i);
            RencanaAksi terlihat = tertutup ? null : r;
            List<KegiatanIsian> kegiatan = terlihat == null ? List.of() : isian(terlihat);
            List<TriwulanRencana> triwulan = new ArrayList<>();
            for (Triwulan tw : Triwulan.values()) {
                BigDecimal target = terlihat == null ? null : terlihat.target(tw);
                triwulan.add(new TriwulanRencana(
                        tw,
                        target,
                        kegiatan.stream().filter(k -> k.triwulan() == tw).toList(),
                        PerbandinganRencana.hitung(
                                i.definisi(),
                                i.getInstansi().getKonvensiNegatif(),
                                tw,
                                target,
                                realisasi.getOrDefault(i.getId(), Map.of()))));
            }
            hasil.add(new RencanaIndikator(
                    i.idTersimpan(),
                    i.getKode(),
                    i.getNama(),
                    i.getSatuan(),
                    i.getPemilik().getNama(),
                    i.getAgregasi(),
                    tahun,
                    terlihat == null ? null : terlihat.getId(),
                    terlihat == null ? 0 : terlihat.getVersion(),
                    terlihat == null ? null : terlihat.getStatus(),
                    terlihat == null ? null : terlihat.getCatatanVerifikator(),
                    terlihat == null ? null : terlihat.getDiajukanPada(),
                    tertutup,
                    akses.milik(i),
                    akses.dapatMembukaKembali(i),
                    triwulan));
        }
        return hasil;
    }

    /** The komponen values of approved quarters, per indicator and triwulan. */
    private Map<Long, Map<Triwulan, Map<String, BigDecimal>>> realisasiDisetujui(List<Long> indikatorIds, int tahun) {
        Map<Long, Map<Triwulan, Map<String, BigDecimal>>> hasil = new HashMap<>();
        for (Realisasi r : realisasiRepository.findByIndikatorDanTahun(indikatorIds, tahun)) {
            if (r.getStatus() == StatusRealisasi.DISETUJUI) {
                Map<String, BigDecimal> nilai = new HashMap<>();
                r.getNilaiKomponen().forEach(n -> nilai.put(n.getKomponen().getKode(), n.getNilai()));
                hasil.computeIfAbsent(r.getIndikator().getId(), id -> new EnumMap<>(Triwulan.class))
                        .put(r.getTriwulan(), nilai);
            }
        }
        return hasil;
    }

    private static List<KegiatanIsian> isian(RencanaAksi rencana) {
        return rencana.getKegiatan().stream()
                .map(k -> new KegiatanIsian(k.getTriwulan(), k.getUraian(), k.getPelaksana()))
                .toList();
    }

    private static List<KegiatanIsian> periksaKegiatan(List<KegiatanIsian> kegiatan) {
        if (kegiatan.size() > KEGIATAN_MAKS) {
            throw new AturanDilanggar("rencana-aksi.kegiatan-terlalu-banyak", KEGIATAN_MAKS);
        }
        List<KegiatanIsian> bersih = new ArrayList<>();
        for (KegiatanIsian k : kegiatan) {
            String uraian = RealisasiService.kosongkan(k.uraian());
            String pelaksana = RealisasiService.kosongkan(k.pelaksana());
            if (uraian == null || pelaksana == null) {
                throw new AturanDilanggar(
                        "rencana-aksi.kegiatan-tidak-lengkap", k.triwulan().romawi());
            }
            if (uraian.length() > PANJANG_URAIAN_MAKS || pelaksana.length() > PANJANG_PELAKSANA_MAKS) {
                throw new AturanDilanggar(
                        "rencana-aksi.kegiatan-terlalu-panjang", PANJANG_URAIAN_MAKS, PANJANG_PELAKSANA_MAKS);
            }
            bersih.add(new KegiatanIsian(k.triwulan(), uraian, pelaksana));
        }
        return bersih;
    }

    /** What a save changed, in words for the history; empty when it changed nothing. */
    private static String perubahan(
            Map<Triwulan, ? extends @Nullable BigDecimal> targetLama,
            List<KegiatanIsian> kegiatanLama,
            Map<Triwulan, ? extends @Nullable BigDecimal> targetBaru,
            List<KegiatanIsian> kegiatanBaru) {
        StringJoiner teks = new StringJoiner("; ");
        for (Triwulan tw : Triwulan.values()) {
            BigDecimal lama = targetLama.get(tw);
            BigDecimal baru = targetBaru.get(tw);
            boolean sama = lama == null ? baru == null : baru != null && lama.compareTo(baru) == 0;
            if (!sama) {
                teks.add("Target triwulan " + tw.romawi() + ": " + angka(lama) + " → " + angka(baru));
            }
        }
        kegiatanLama.stream()
                .filter(k -> !kegiatanBaru.contains(k))
                .forEach(k -> teks.add("Kegiatan triwulan " + k.triwulan().romawi() + " dihapus: " + k.uraian() + " ("
                        + k.pelaksana() + ")"));
        kegiatanBaru.stream()
                .filter(k -> !kegiatanLama.contains(k))
                .forEach(k -> teks.add("Kegiatan triwulan " + k.triwulan().romawi() + " ditambah: " + k.uraian() + " ("
                        + k.pelaksana() + ")"));
        return teks.toString();
    }

    private static String angka(@Nullable BigDecimal nilai) {
        return nilai == null ? "belum direncanakan" : FormatAngka.format(nilai);
    }

    private void pindah(RencanaAksi r, StatusRealisasi dari, StatusRealisasi ke, @Nullable String catatan) {
        if (r.getStatus() != dari) {
            throw new AturanDilanggar("rencana-aksi.status-salah", r.getStatus(), dari);
        }
        r.setStatus(ke);
        r.setDiubahPada(clock.instant());
        RiwayatRencanaAksi riwayat = catat(r, dari, ke, catatan, null);
        // in this transaction, as RealisasiService does (PerubahanStatus)
        events.publishEvent(PerubahanStatus.dari(
                PerubahanStatus.Objek.RENCANA_AKSI,
                r.idTersimpan(),
                riwayat.idTersimpan(),
                r.getIndikator(),
                r.getTahun(),
                null,
                dari,
                ke,
                catatan,
                penggunaSaatIni.wajib(),
                riwayat.getPada()));
    }

    private RiwayatRencanaAksi catat(
            RencanaAksi r,
            @Nullable StatusRealisasi dari,
            StatusRealisasi ke,
            @Nullable String catatan,
            @Nullable String perubahan) {
        return riwayatRepository.save(new RiwayatRencanaAksi(
                r, dari, ke, penggunaSaatIni.wajib().username(), clock.instant(), catatan, perubahan));
    }

    /** {@code metode}: the service method that asks, for the security log should the plan not exist. */
    private RencanaAksi muat(String metode, Long id) {
        return rencanaRepository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "rencana aksi", id));
    }

    private static ObjectOptimisticLockingFailureException konflik(Object id) {
        return new ObjectOptimisticLockingFailureException(RencanaAksi.class, id);
    }
}
