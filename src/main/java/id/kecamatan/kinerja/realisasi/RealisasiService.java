package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Perhitungan;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.IndikatorService.TargetBerlaku;
import id.kecamatan.kinerja.indikator.Komponen;
import id.kecamatan.kinerja.organisasi.UnitKerja;
import id.kecamatan.kinerja.organisasi.UnitKerjaRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly workflow of realisasi: the owner of an indicator saves drafts and submits them; the verifikator
 * of the owner's jabatan approves or returns them; an approved row is locked until its verifikator or the Camat
 * reopens it. Every rule is checked here, whatever a screen shows, and every transition is a RiwayatStatus row.
 */
@Service
public class RealisasiService {

    static final int PANJANG_CATATAN_MAKS = 2000;
    /** DECIMAL(19,4): 15 digits before the decimal point, 4 after. */
    static final BigDecimal NILAI_MAKS = new BigDecimal("999999999999999.9999");

    static final int DESIMAL_MAKS = 4;

    private final RealisasiRepository realisasiRepository;
    private final RiwayatStatusRepository riwayatRepository;
    private final RencanaAksiRepository rencanaRepository;
    private final RiwayatNilai riwayatNilai;
    private final IndikatorRepository indikatorRepository;
    private final UnitKerjaRepository unitKerjaRepository;
    private final IndikatorService indikatorService;
    private final PenggunaSaatIni penggunaSaatIni;
    private final AksesRealisasi akses;
    private final PenjagaAkses penjaga;
    private final Clock clock;
    private final Tenggat tenggat;
    private final ApplicationEventPublisher events;

    RealisasiService(
            RealisasiRepository realisasiRepository,
            RiwayatStatusRepository riwayatRepository,
            RencanaAksiRepository rencanaRepository,
            RiwayatNilai riwayatNilai,
            IndikatorRepository indikatorRepository,
            UnitKerjaRepository unitKerjaRepository,
            IndikatorService indikatorService,
            PenggunaSaatIni penggunaSaatIni,
            AksesRealisasi akses,
            PenjagaAkses penjaga,
            Clock clock,
            Tenggat tenggat,
            ApplicationEventPublisher events) {
        this.realisasiRepository = realisasiRepository;
        this.riwayatRepository = riwayatRepository;
        this.rencanaRepository = rencanaRepository;
        this.riwayatNilai = riwayatNilai;
        this.indikatorRepository = indikatorRepository;
        this.unitKerjaRepository = unitKerjaRepository;
        this.indikatorService = indikatorService;
        this.penggunaSaatIni = penggunaSaatIni;
        this.akses = akses;
        this.penjaga = penjaga;
        this.clock = clock;
        this.tenggat = tenggat;
        this.events = events;
    }

    /** What the owner typed for one quarter. {@code versi} is the version they loaded; null for a new row. */
    public record SimpanDraf(
            Long indikatorId,
            Periode periode,
            Map<String, ? extends @Nullable BigDecimal> nilai,
            @Nullable String kendala,
            @Nullable String keterangan,
            @Nullable Long versi) {}

    /**
     * One quarter of one indicator as its owner or verifikator sees it, with the figures computed by capaian;
     * {@code dataContoh} for a sample row of the default run.
     */
    public record SelTriwulan(
            Long realisasiId,
            long versi,
            Triwulan triwulan,
            StatusRealisasi status,
            Map<String, BigDecimal> nilai,
            Hasil realisasi,
            Hasil capaian,
            @Nullable String kendala,
            @Nullable String keterangan,
            @Nullable String catatanVerifikator,
            boolean terlambat,
            boolean dataContoh) {}

    public record KomponenIsian(String kode, String nama, String satuan, PeranKomponen peran) {}

    /** {@code triwulan}: the four quarters in order, null where nothing is saved. */
    public record BarisKinerja(
            Long indikatorId,
            String kode,
            String nama,
            String satuan,
            JenisFormula jenisFormula,
            List<KomponenIsian> komponen,
            @Nullable BigDecimal targetTahunan,
            boolean targetContoh,
            List<@Nullable SelTriwulan> triwulan) {

        public @Nullable SelTriwulan sel(Triwulan tw) {
            return triwulan.get(tw.ordinal());
        }
    }

    /** A submitted row waiting for the signed-in verifikator. */
    public record BarisPersetujuan(
            Long realisasiId,
            String jabatan,
            String indikator,
            String satuan,
            Periode periode,
            List<KomponenIsian> komponen,
            SelTriwulan sel,
            @Nullable Instant diajukanPada) {}

    public record Pratinjau(Hasil realisasi, Hasil capaian) {}

    /**
     * One line of a realisasi's timeline: a status change (dari/ke, with its note) or a change of komponen
     * values (sebelum/sesudah, by komponen name), who made it and when.
     */
    public record EntriRiwayat(
            Instant pada,
            @Nullable String oleh,
            @Nullable StatusRealisasi dari,
            @Nullable StatusRealisasi ke,
            @Nullable String catatan,
            Map<String, BigDecimal> sebelum,
            Map<String, BigDecimal> sesudah) {}

    /** The signed-in user's own indicators for a year, each with its four quarters (null where nothing is saved). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BarisKinerja> kinerjaSaya(int tahun) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        List<Indikator> indikator = indikatorRepository.findByPemilik(pengguna.jabatanId());
        List<Long> ids = indikator.stream().map(Indikator::getId).toList();
        Map<Long, TargetBerlaku> target = indikatorService.targetBerlaku(ids, tahun);
        Map<Long, Map<Triwulan, Realisasi>> realisasi = new HashMap<>();
        for (Realisasi r : realisasiRepository.findByIndikatorDanTahun(ids, tahun)) {
            realisasi
                    .computeIfAbsent(r.getIndikator().getId(), id -> new EnumMap<>(Triwulan.class))
                    .put(r.getTriwulan(), r);
        }
        List<BarisKinerja> baris = new ArrayList<>();
        for (Indikator i : indikator) {
            TargetBerlaku t = target.get(i.getId());
            List<@Nullable SelTriwulan> sel = new ArrayList<>();
            for (Triwulan tw : Triwulan.values()) {
                Realisasi r = realisasi.getOrDefault(i.getId(), Map.of()).get(tw);
                sel.add(r == null ? null : sel(i, r, t == null ? null : t.untukTriwulan(tw)));
            }
            baris.add(new BarisKinerja(
                    i.idTersimpan(),
                    i.getKode(),
                    i.getNama(),
                    i.getSatuan(),
                    i.getJenisFormula(),
                    komponen(i),
                    t == null ? null : t.tahunan(),
                    t != null && t.tahunanContoh(),
                    sel));
        }
        return baris;
    }

    /** What waits for the signed-in user: rows and Rencana Aksi to approve or returned, quarters due soon and late ones. */
    public record Ringkasan(int menungguPersetujuan, int dikembalikan, int segeraJatuhTempo, int terlambat) {}

    static final int HARI_SEGERA = 14;

    /**
     * Counts for the menu. A quarter is due soon from its end until its deadline when the deadline is at most
     * {@value #HARI_SEGERA} days away, and late after the deadline, while it is not submitted or approved.
     * Only the quarters of the last year count as late, so old gaps do not hide new ones.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Ringkasan ringkasan() {
        Pengguna pengguna = penggunaSaatIni.wajib();
        // counted in the database: this runs on every page, and the inbox can hold a whole quarter's submissions
        // realisasi and Rencana Aksi wait in the same inbox
        int menunggu = switch (pengguna.peran()) {
            case SEKCAM ->
                realisasiRepository.countMenungguVerifikator(pengguna.jabatanId())
                        + rencanaRepository.countMenungguVerifikator(pengguna.jabatanId());
            case CAMAT ->
                realisasiRepository.countMenungguVerifikator(pengguna.jabatanId())
                        + realisasiRepository.countMenungguTanpaVerifikator(pengguna.instansiId())
                        + rencanaRepository.countMenungguVerifikator(pengguna.jabatanId())
                        + rencanaRepository.countMenungguTanpaVerifikator(pengguna.instansiId());
            default -> 0;
        };
        LocalDate hariIni = tenggat.hariIni(clock);
        List<Long> ids = indikatorRepository.findIdByPemilik(pengguna.jabatanId());
        Map<Long, Map<Periode, StatusRealisasi>> status = new HashMap<>();
        for (StatusTriwulan s :
                realisasiRepository.findStatusMilik(pengguna.jabatanId(), hariIni.getYear() - 1, hariIni.getYear())) {
            status.computeIfAbsent(s.indikatorId(), id -> new HashMap<>()).put(s.periode(), s.status());
        }
        int dikembalikan = rencanaRepository.countByIndikatorPemilikIdAndStatus(
                pengguna.jabatanId(), StatusRealisasi.DIKEMBALIKAN);
        int segera = 0;
        int terlambat = 0;
        for (Long id : ids) {
            for (int tahun = hariIni.getYear() - 1; tahun <= hariIni.getYear(); tahun++) {
                for (Triwulan tw : Triwulan.values()) {
                    Periode periode = new Periode(tahun, tw);
                    LocalDate akhirTriwulan = periode.hariTerakhir();
                    LocalDate batas = tenggat.untuk(periode);
                    StatusRealisasi s = status.getOrDefault(id, Map.of()).get(periode);
                    if (s == StatusRealisasi.DIKEMBALIKAN) {
                        dikembalikan++;
                    }
                    boolean belumDiajukan = s == null || s.dapatDiubah();
                    if (!belumDiajukan || akhirTriwulan.isAfter(hariIni)) {
                        continue;
                    }
                    if (hariIni.isAfter(batas)) {
                        if (!batas.isBefore(hariIni.minusYears(1))) {
                            terlambat++;
                        }
                    } else if (!batas.isAfter(hariIni.plusDays(HARI_SEGERA))) {
                        segera++;
                    }
                }
            }
        }
        return new Ringkasan(menunggu, dikembalikan, segera, terlambat);
    }

    /**
     * One indicator of a unit kerja with its quarters as the signed-in user may see them: approved rows for
     * everyone; rows not yet approved only for their owner, their verifikator and the Camat (null otherwise).
     * {@code dapatMembaca}: the user is one of those, and so may also open the rows' history ({@link #riwayat}) and
     * evidence: the rule those methods check, for screens to offer only what they allow. {@code dariLke}: its
     * realisasi is proposed from the Evaluasi AKIP (Indikator.dariLke).
     */
    public record BarisUnit(
            String jabatan,
            Long indikatorId,
            String kode,
            String nama,
            String satuan,
            JenisFormula jenisFormula,
            List<KomponenIsian> komponen,
            @Nullable BigDecimal targetTahunan,
            boolean milikSaya,
            boolean dapatMembaca,
            boolean dapatMembukaKembali,
            List<@Nullable SelTriwulan> triwulan,
            boolean dariLke) {

        public @Nullable SelTriwulan sel(Triwulan tw) {
            return triwulan.get(tw.ordinal());
        }

        /** As the owner's own row in Kinerja Saya, so the same editor serves both screens. */
        public BarisKinerja sebagaiKinerja() {
            return new BarisKinerja(
                    indikatorId, kode, nama, satuan, jenisFormula, komponen, targetTahunan, false, triwulan);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BarisUnit> kinerjaUnit(Long unitKerjaId, int tahun) {
        String metode = "RealisasiService.kinerjaUnit";
        UnitKerja unit = unitKerjaRepository
                .findById(unitKerjaId)
                .orElseThrow(() -> penjaga.tidakAda(metode, "unit kerja", unitKerjaId));
        penjaga.instansiSendiri(metode, unit.getInstansi().idTersimpan(), "unit kerja", unitKerjaId);
        return baris(indikatorRepository.findByUnitKerja(unitKerjaId), tahun);
    }

    /**
     * The rows behind a figure of the dashboard: the given indicators of the signed-in user's instansi, with
     * their quarters as {@link #kinerjaUnit} shows them (rows not yet approved only to those who may read them).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BarisUnit> kinerjaIndikator(Collection<Long> indikatorIds, int tahun) {
        List<Long> urutan = List.copyOf(indikatorIds);
        List<Indikator> indikator = new ArrayList<>(indikatorRepository.findAllById(urutan));
        for (Long id : urutan) {
            Indikator i = indikator.stream()
                    .filter(ada -> ada.idTersimpan().equals(id))
                    .findFirst()
                    .orElseThrow(() -> penjaga.tidakAda("RealisasiService.kinerjaIndikator", "indikator", id));
            penjaga.instansiSendiri(
                    "RealisasiService.kinerjaIndikator", i.getInstansi().idTersimpan(), "indikator", id);
        }
        indikator.sort(Comparator.comparingInt(i -> urutan.indexOf(i.getId())));
        return baris(indikator, tahun);
    }

    /** The rows of indicators of the signed-in user's instansi (the callers have checked it). */
    private List<BarisUnit> baris(List<Indikator> indikator, int tahun) {
        List<Long> ids = indikator.stream().map(Indikator::getId).toList();
        Map<Long, TargetBerlaku> target = indikatorService.targetBerlaku(ids, tahun);
        Map<Long, Map<Triwulan, Realisasi>> realisasi = new HashMap<>();
        for (Realisasi r : realisasiRepository.findByIndikatorDanTahun(ids, tahun)) {
            realisasi
                    .computeIfAbsent(r.getIndikator().getId(), id -> new EnumMap<>(Triwulan.class))
                    .put(r.getTriwulan(), r);
        }
        List<BarisUnit> baris = new ArrayList<>();
        for (Indikator i : indikator) {
            TargetBerlaku t = target.get(i.getId());
            boolean membaca = akses.dapatMembaca(i);
            List<@Nullable SelTriwulan> sel = new ArrayList<>();
            for (Triwulan tw : Triwulan.values()) {
                Realisasi r = realisasi.getOrDefault(i.getId(), Map.of()).get(tw);
                // a row not yet approved only for those who may read it
                sel.add(
                        r != null && (membaca || r.getStatus() == StatusRealisasi.DISETUJUI)
                                ? sel(i, r, t == null ? null : t.untukTriwulan(tw))
                                : null);
            }
            baris.add(new BarisUnit(
                    i.getPemilik().getNama(),
                    i.idTersimpan(),
                    i.getKode(),
                    i.getNama(),
                    i.getSatuan(),
                    i.getJenisFormula(),
                    komponen(i),
                    t == null ? null : t.tahunan(),
                    akses.milik(i),
                    membaca,
                    akses.dapatMembukaKembali(i),
                    sel,
                    i.isDariLke()));
        }
        return baris;
    }

    /** Submitted rows the signed-in user verifies: those of jabatan whose verifikator they hold. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BarisPersetujuan> kotakMasuk() {
        Pengguna pengguna = penggunaSaatIni.wajib();
        List<Realisasi> menunggu = new ArrayList<>(realisasiRepository.findMenungguVerifikator(pengguna.jabatanId()));
        if (pengguna.peran() == Peran.CAMAT) {
            menunggu.addAll(realisasiRepository.findMenungguTanpaVerifikator(pengguna.instansiId()));
        }
        Map<Integer, Map<Long, TargetBerlaku>> targetPerTahun = new HashMap<>();
        List<BarisPersetujuan> baris = new ArrayList<>();
        for (Realisasi r : menunggu) {
            Indikator i = r.getIndikator();
            TargetBerlaku t = targetPerTahun
                    .computeIfAbsent(
                            r.getTahun(),
                            tahun -> indikatorService.targetBerlaku(
                                    menunggu.stream()
                                            .map(m -> m.getIndikator().getId())
                                            .distinct()
                                            .toList(),
                                    tahun))
                    .get(i.getId());
            baris.add(new BarisPersetujuan(
                    r.idTersimpan(),
                    i.getPemilik().getNama(),
                    i.getNama(),
                    i.getSatuan(),
                    r.getPeriode(),
                    komponen(i),
                    sel(i, r, t == null ? null : t.untukTriwulan(r.getTriwulan())),
                    r.getDiajukanPada()));
        }
        return baris;
    }

    /**
     * The timeline of one realisasi, oldest first: its status changes and every change of its komponen values
     * (from the audit history). Readable by the owner, the verifikator of the owner's jabatan and the Camat.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EntriRiwayat> riwayat(Long realisasiId) {
        Realisasi r = muat("RealisasiService.riwayat", realisasiId);
        akses.bolehBaca("RealisasiService.riwayat", r.getIndikator());
        List<EntriRiwayat> entri = new ArrayList<>();
        for (RiwayatStatus s : riwayatRepository.findByRealisasiIdOrderByPadaAscIdAsc(realisasiId)) {
            entri.add(new EntriRiwayat(
                    s.getPada(), s.getOleh(), s.getDari(), s.getKe(), s.getCatatan(), Map.of(), Map.of()));
        }
        entri.addAll(riwayatNilai.perubahan(realisasiId));
        entri.sort(Comparator.comparing(EntriRiwayat::pada));
        return entri;
    }

    /** The realisasi and capaian of values being typed, before they are saved; only for the indicator's owner. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Pratinjau pratinjau(Long indikatorId, Periode periode, Map<String, ? extends @Nullable BigDecimal> nilai) {
        Indikator indikator = indikatorMilikSaya("RealisasiService.pratinjau", indikatorId);
        TargetBerlaku target = indikatorService
                .targetBerlaku(List.of(indikatorId), periode.tahun())
                .get(indikatorId);
        Hasil realisasi = Perhitungan.nilaiTriwulan(indikator.definisi(), nilai);
        return new Pratinjau(
                realisasi,
                Perhitungan.capaian(
                        indikator.getPolaritas(),
                        indikator.getInstansi().getKonvensiNegatif(),
                        target == null ? null : target.untukTriwulan(periode.triwulan()),
                        realisasi));
    }

    /** Saves the owner's values as a draft. A returned row becomes a draft again; a submitted or approved one is locked. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SelTriwulan simpanDraf(SimpanDraf perintah) {
        Indikator indikator = indikatorMilikSaya("RealisasiService.simpanDraf", perintah.indikatorId());
        Periode periode = perintah.periode();
        periksaPeriode(periode);
        periksaCatatan(perintah.kendala());
        periksaCatatan(perintah.keterangan());
        Map<String, Komponen> komponen = new HashMap<>();
        indikator.getKomponen().forEach(k -> komponen.put(k.getKode(), k));
        perintah.nilai().forEach((kode, nilai) -> {
            if (!komponen.containsKey(kode)) {
                throw new AturanDilanggar("realisasi.komponen-tidak-dikenal", kode);
            }
            if (nilai != null) {
                periksaNilai(komponen.get(kode).getNama(), nilai);
            }
        });

        Realisasi realisasi = realisasiRepository
                .findByIndikatorIdAndTahunAndTriwulan(indikator.idTersimpan(), periode.tahun(), periode.triwulan())
                .orElse(null);
        StatusRealisasi sebelumnya;
        if (realisasi == null) {
            if (perintah.versi() != null) {
                throw konflik(indikator.idTersimpan());
            }
            realisasi = new Realisasi(indikator, periode);
            sebelumnya = null;
        } else {
            if (perintah.versi() == null || perintah.versi() != realisasi.getVersion()) {
                throw konflik(realisasi.idTersimpan());
            }
            sebelumnya = realisasi.getStatus();
            if (!sebelumnya.dapatDiubah()) {
                throw new AturanDilanggar("realisasi.terkunci", sebelumnya);
            }
        }
        isiNilai(realisasi, komponen, perintah.nilai());
        realisasi.milikPengguna();
        realisasi.setKendala(kosongkan(perintah.kendala()));
        realisasi.setKeterangan(kosongkan(perintah.keterangan()));
        realisasi.setStatus(StatusRealisasi.DRAF);
        realisasi.setDiubahPada(clock.instant());
        try {
            realisasi = realisasiRepository.saveAndFlush(realisasi);
        } catch (DataIntegrityViolationException e) {
            // two first saves of the same quarter at once: the unique key lets one in, the other is a conflict
            throw konflik(indikator.idTersimpan());
        }
        if (sebelumnya != StatusRealisasi.DRAF) {
            catat(realisasi, sebelumnya, StatusRealisasi.DRAF, null);
        }
        TargetBerlaku target = indikatorService
                .targetBerlaku(List.of(indikator.getId()), periode.tahun())
                .get(indikator.getId());
        return sel(indikator, realisasi, target == null ? null : target.untukTriwulan(periode.triwulan()));
    }

    /** Submits drafts to the verifikator; every komponen must be filled. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void ajukan(List<Long> realisasiIds) {
        for (Long id : realisasiIds) {
            Realisasi r = muat("RealisasiService.ajukan", id);
            akses.milikSaya("RealisasiService.ajukan", r.getIndikator());
            // a zero denominator may be submitted ("tidak dapat dihitung" is a result); an empty komponen may not
            if (Perhitungan.nilaiTriwulan(r.getIndikator().definisi(), nilaiPerKode(r)) instanceof Hasil.BelumDiisi) {
                throw new AturanDilanggar(
                        "realisasi.belum-lengkap", r.getIndikator().getNama());
            }
            pindah(r, StatusRealisasi.DRAF, StatusRealisasi.DIAJUKAN, null);
            r.setDiajukanPada(clock.instant());
            r.milikPengguna();
        }
    }

    /** Approves submitted rows; only the verifikator of the owner's jabatan may. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setujui(List<Long> realisasiIds) {
        for (Long id : realisasiIds) {
            Realisasi r = muat("RealisasiService.setujui", id);
            akses.verifikatorSaya("RealisasiService.setujui", r.getIndikator());
            pindah(r, StatusRealisasi.DIAJUKAN, StatusRealisasi.DISETUJUI, null);
            r.setDisetujuiPada(clock.instant());
            r.setCatatanVerifikator(null);
        }
    }

    /** Returns a submitted row to its owner with a note the owner then sees on the row. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void kembalikan(Long realisasiId, String catatan) {
        String alasan = catatanWajib(catatan);
        Realisasi r = muat("RealisasiService.kembalikan", realisasiId);
        akses.verifikatorSaya("RealisasiService.kembalikan", r.getIndikator());
        pindah(r, StatusRealisasi.DIAJUKAN, StatusRealisasi.DIKEMBALIKAN, alasan);
        r.setCatatanVerifikator(alasan);
    }

    /** Reopens an approved row, with a reason; only its verifikator or the Camat may. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void bukaKembali(Long realisasiId, String alasan) {
        String teks = catatanWajib(alasan);
        Realisasi r = muat("RealisasiService.bukaKembali", realisasiId);
        if (penggunaSaatIni.wajib().peran() != Peran.CAMAT) {
            akses.verifikatorSaya("RealisasiService.bukaKembali", r.getIndikator());
        } else {
            penjaga.instansiSendiri(
                    "RealisasiService.bukaKembali",
                    r.getIndikator().getInstansi().idTersimpan(),
                    "indikator",
                    r.getIndikator().idTersimpan());
        }
        pindah(r, StatusRealisasi.DISETUJUI, StatusRealisasi.DIKEMBALIKAN, teks);
        r.setDisetujuiPada(null);
        r.setCatatanVerifikator(teks);
    }

    private SelTriwulan sel(Indikator indikator, Realisasi r, @Nullable BigDecimal target) {
        Map<String, BigDecimal> nilai = nilaiPerKode(r);
        Hasil realisasi = Perhitungan.nilaiTriwulan(indikator.definisi(), nilai);
        return new SelTriwulan(
                r.idTersimpan(),
                r.getVersion(),
                r.getTriwulan(),
                r.getStatus(),
                nilai,
                realisasi,
                Perhitungan.capaian(
                        indikator.getPolaritas(), indikator.getInstansi().getKonvensiNegatif(), target, realisasi),
                r.getKendala(),
                r.getKeterangan(),
                r.getCatatanVerifikator(),
                tenggat.terlambat(r.getPeriode(), r.getDiajukanPada()),
                r.isDataContoh());
    }

    private static List<KomponenIsian> komponen(Indikator i) {
        return i.getKomponen().stream()
                .map(k -> new KomponenIsian(k.getKode(), k.getNama(), k.getSatuan(), k.getPeran()))
                .toList();
    }

    private static Map<String, BigDecimal> nilaiPerKode(Realisasi r) {
        Map<String, BigDecimal> nilai = new HashMap<>();
        r.getNilaiKomponen().forEach(n -> nilai.put(n.getKomponen().getKode(), n.getNilai()));
        return nilai;
    }

    private static void isiNilai(
            Realisasi realisasi, Map<String, Komponen> komponen, Map<String, ? extends @Nullable BigDecimal> nilai) {
        Map<String, NilaiKomponen> ada = new HashMap<>();
        realisasi.getNilaiKomponen().forEach(n -> ada.put(n.getKomponen().getKode(), n));
        nilai.forEach((kode, angka) -> {
            NilaiKomponen lama = ada.get(kode);
            if (angka == null) {
                // emptied field: "belum diisi", never 0
                if (lama != null) {
                    realisasi.getNilaiKomponen().remove(lama);
                }
            } else if (lama == null) {
                // simpanDraf refused every kode that is not one of the indicator's komponen
                Komponen k = Objects.requireNonNull(komponen.get(kode), kode);
                realisasi.getNilaiKomponen().add(new NilaiKomponen(realisasi, k, disimpan(angka)));
            } else {
                lama.setNilai(disimpan(angka));
            }
        });
    }

    /** The value as the database holds it (DECIMAL(19,4)), so what is returned equals what is read back. */
    static BigDecimal disimpan(BigDecimal angka) {
        return angka.setScale(DESIMAL_MAKS, RoundingMode.UNNECESSARY);
    }

    private void pindah(Realisasi r, StatusRealisasi dari, StatusRealisasi ke, @Nullable String catatan) {
        if (r.getStatus() != dari) {
            throw new AturanDilanggar("realisasi.status-salah", r.getStatus(), dari);
        }
        r.setStatus(ke);
        r.setDiubahPada(clock.instant());
        RiwayatStatus riwayat = catat(r, dari, ke, catatan);
        // in this transaction: what listeners record commits or rolls back with the transition (PerubahanStatus)
        events.publishEvent(PerubahanStatus.dari(
                PerubahanStatus.Objek.REALISASI,
                r.idTersimpan(),
                riwayat.idTersimpan(),
                r.getIndikator(),
                r.getTahun(),
                r.getTriwulan(),
                dari,
                ke,
                catatan,
                penggunaSaatIni.wajib(),
                riwayat.getPada()));
    }

    private RiwayatStatus catat(
            Realisasi r, @Nullable StatusRealisasi dari, StatusRealisasi ke, @Nullable String catatan) {
        return riwayatRepository.save(
                new RiwayatStatus(r, dari, ke, penggunaSaatIni.wajib().username(), clock.instant(), catatan));
    }

    /** {@code metode}: the service method that asks, for the security log should the row not exist. */
    private Realisasi muat(String metode, Long id) {
        return realisasiRepository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "realisasi", id));
    }

    private Indikator indikatorMilikSaya(String metode, Long indikatorId) {
        Indikator indikator = indikatorRepository
                .findById(indikatorId)
                .orElseThrow(() -> penjaga.tidakAda(metode, "indikator", indikatorId));
        akses.milikSaya(metode, indikator);
        return indikator;
    }

    private static ObjectOptimisticLockingFailureException konflik(Object id) {
        return new ObjectOptimisticLockingFailureException(Realisasi.class, id);
    }

    private void periksaPeriode(Periode periode) {
        if (periode.tahun() < 2000 || !tenggat.sudahBerjalan(periode, clock)) {
            throw new AturanDilanggar(
                    "realisasi.triwulan-belum-berjalan", periode.triwulan().nomor(), periode.tahun());
        }
    }

    /** A value the database can hold (DECIMAL(19,4)) and a plan or a count can mean; {@code nama} names the field. */
    static void periksaNilai(String nama, BigDecimal nilai) {
        if (nilai.signum() < 0) {
            throw new AturanDilanggar("realisasi.nilai-negatif", nama);
        }
        if (nilai.compareTo(NILAI_MAKS) > 0) {
            throw new AturanDilanggar("realisasi.nilai-terlalu-besar", nama);
        }
        if (nilai.stripTrailingZeros().scale() > DESIMAL_MAKS) {
            throw new AturanDilanggar("realisasi.desimal-terlalu-banyak", nama, DESIMAL_MAKS);
        }
    }

    static void periksaCatatan(@Nullable String teks) {
        if (teks != null && teks.length() > PANJANG_CATATAN_MAKS) {
            throw new AturanDilanggar("realisasi.catatan-terlalu-panjang", PANJANG_CATATAN_MAKS);
        }
    }

    static String catatanWajib(@Nullable String catatan) {
        String teks = kosongkan(catatan);
        if (teks == null) {
            throw new AturanDilanggar("realisasi.catatan-wajib");
        }
        periksaCatatan(teks);
        return teks;
    }

    static @Nullable String kosongkan(@Nullable String teks) {
        return teks == null || teks.isBlank() ? null : teks.strip();
    }
}
