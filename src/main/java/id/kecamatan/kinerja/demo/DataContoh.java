package id.kecamatan.kinerja.demo;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.PerubahanCapaian;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.indikator.Komponen;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.realisasi.NilaiKomponen;
import id.kecamatan.kinerja.realisasi.Realisasi;
import id.kecamatan.kinerja.realisasi.RealisasiRepository;
import id.kecamatan.kinerja.realisasi.RiwayatStatus;
import id.kecamatan.kinerja.realisasi.RiwayatStatusRepository;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample data of the default run, so the portal has figures to show from the first start: a yearly target for
 * every indicator for 2022–2026, and realisasi from 2024 triwulan I to the current triwulan in every state of the
 * workflow (approved, submitted, returned with a note, draft, missing, submitted after the deadline), each with the
 * RiwayatStatus history that state implies, made by the demo accounts of the owner and of its verifikator.
 * <p>
 * Only targets and realisasi values are made up, never plan content, and every row is flagged data_contoh, which
 * the screens show. Numbers and times come from random generators seeded by indicator, year and triwulan, so the
 * same moment always gives the same data. Nothing is added once any sample row exists, and a year or triwulan that
 * already has a real target or realisasi keeps it. Runs with the demo accounts (never in prod) unless
 * {@code kinerja.demo.data-contoh=false}.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class DataContoh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataContoh.class);

    static final String DIBUAT_OLEH = "data-contoh";
    static final int TAHUN_TARGET_PERTAMA = 2022;
    static final int TAHUN_TARGET_TERAKHIR = 2026;
    static final int TAHUN_REALISASI_PERTAMA = 2024;

    private static final long BENIH = 20_240_101L;
    private static final List<String> CATATAN_PENGEMBALIAN = List.of(
            "Lampirkan rekap atau berita acara sebagai bukti dukung.",
            "Angka belum sesuai dengan laporan bulanan; mohon diperiksa kembali.",
            "Mohon lengkapi keterangan kendala pada triwulan ini.");

    /** Typical value of one komponen in one triwulan by its unit, so that sample figures read like an office's. */
    private static final Map<String, int[]> UKURAN_PER_SATUAN = Map.of(
            "dokumen",
            new int[] {3, 12},
            "kegiatan",
            new int[] {3, 8},
            "data",
            new int[] {900, 1_500},
            "orang",
            new int[] {25, 40},
            "km",
            new int[] {15, 30},
            "KK",
            new int[] {14_000, 16_500});
    /** Where the unit says too little: Meral's population is counted in "orang", like its staff. */
    private static final Map<String, int[]> UKURAN_PER_KOMPONEN = Map.of("JUMLAH_PENDUDUK", new int[] {48_000, 56_000});

    private static final int[] UKURAN_LAIN = {5, 20};

    /** Jabatan kode → the demo account holding it. */
    private static final Map<String, String> AKUN_PER_JABATAN =
            DemoData.AKUN.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    /**
     * What makes one kecamatan's sample figures its own: {@code garam} varies every drawn number (none: Meral's, as
     * they always were), {@code geser} moves the workflow states to other indicators, {@code faktor} scales how much of
     * its targets a kecamatan reaches. {@code akunDemo}: the history names Meral's demo accounts; otherwise
     * {@value #DIBUAT_OLEH}, as a sample kecamatan has no accounts.
     */
    record Varian(String garam, int geser, double faktor, boolean akunDemo) {

        static final Varian MERAL = new Varian("", 0, 1.0, true);
    }

    /** What the generator writes: computed from the indicators and a moment only, so equal inputs give equal plans. */
    record Rencana(List<TargetContoh> target, List<RealisasiContoh> realisasi) {}

    record TargetContoh(String indikator, int tahun, BigDecimal nilai) {}

    /** One workflow transition, as RiwayatStatus records it. */
    record Langkah(
            @Nullable StatusRealisasi dari,
            StatusRealisasi ke,
            String oleh,
            Instant pada,
            @Nullable String catatan) {}

    /** One sample realisasi: komponen values by kode (a missing kode is "belum diisi") and its history, oldest first. */
    record RealisasiContoh(String indikator, Periode periode, Map<String, BigDecimal> nilai, List<Langkah> riwayat) {

        StatusRealisasi status() {
            return riwayat.getLast().ke();
        }

        /** As RealisasiService keeps it: the moment of the last submission. */
        @Nullable
        Instant diajukanPada() {
            return riwayat.stream()
                    .filter(l -> l.ke() == StatusRealisasi.DIAJUKAN)
                    .map(Langkah::pada)
                    .reduce((sebelumnya, berikutnya) -> berikutnya)
                    .orElse(null);
        }

        @Nullable
        Instant disetujuiPada() {
            return status() == StatusRealisasi.DISETUJUI ? riwayat.getLast().pada() : null;
        }

        @Nullable
        String catatanVerifikator() {
            return status() == StatusRealisasi.DIKEMBALIKAN ? riwayat.getLast().catatan() : null;
        }
    }

    /** What one run wrote. */
    record Ringkasan(int target, Map<StatusRealisasi, Integer> realisasiPerStatus, int terlambat) {

        static final Ringkasan KOSONG = new Ringkasan(0, Map.of(), 0);
    }

    /** What became of one indicator's triwulan. */
    private enum Nasib {
        BELUM_DIISI,
        DRAF,
        DIAJUKAN,
        DIAJUKAN_TERLAMBAT,
        DIKEMBALIKAN,
        DISETUJUI,
        DISETUJUI_TERLAMBAT,
        DISETUJUI_SETELAH_PERBAIKAN
    }

    private final InstansiRepository instansiRepository;
    private final IndikatorRepository indikatorRepository;
    private final TargetRepository targetRepository;
    private final RealisasiRepository realisasiRepository;
    private final RiwayatStatusRepository riwayatRepository;
    private final Clock clock;
    private final Tenggat tenggat;
    private final ZoneId zonaWaktu;
    private final boolean aktif;

    private final PerubahanCapaian perubahanCapaian;

    DataContoh(
            InstansiRepository instansiRepository,
            IndikatorRepository indikatorRepository,
            TargetRepository targetRepository,
            RealisasiRepository realisasiRepository,
            RiwayatStatusRepository riwayatRepository,
            Clock clock,
            Tenggat tenggat,
            ZoneId zonaWaktu,
            @Value("${kinerja.demo.data-contoh:true}") boolean aktif,
            PerubahanCapaian perubahanCapaian) {
        this.instansiRepository = instansiRepository;
        this.indikatorRepository = indikatorRepository;
        this.targetRepository = targetRepository;
        this.realisasiRepository = realisasiRepository;
        this.riwayatRepository = riwayatRepository;
        this.clock = clock;
        this.tenggat = tenggat;
        this.zonaWaktu = zonaWaktu;
        this.aktif = aktif;
        this.perubahanCapaian = perubahanCapaian;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (aktif) {
            SebagaiSistem.jalankan(() -> buat(clock.instant()));
        }
    }

    /** Writes the sample data as of {@code sekarang}, in the caller's transaction. */
    Ringkasan buat(Instant sekarang) {
        if (targetRepository.existsByDataContohTrue() || realisasiRepository.existsByDataContohTrue()) {
            log.info("Data contoh sudah ada; tidak ditambah");
            return Ringkasan.KOSONG;
        }
        Instansi instansi = instansiRepository.findByKode(DemoData.INSTANSI).orElse(null);
        if (instansi == null) {
            log.warn("Data contoh tidak dibuat: rencana {} belum diimpor", DemoData.INSTANSI);
            return Ringkasan.KOSONG;
        }
        return isi(instansi, sekarang, Varian.MERAL);
    }

    /** Writes one instansi's sample targets and realisasi as of {@code sekarang}, in the caller's transaction. */
    Ringkasan isi(Instansi instansi, Instant sekarang, Varian varian) {
        List<Indikator> indikator = indikator(instansi);
        Map<String, Indikator> perKode =
                indikator.stream().collect(Collectors.toMap(Indikator::getKode, Function.identity()));
        // office hours and deadlines are the office's: kinerja.zona-waktu
        Rencana rencana = rencana(indikator, sekarang.atZone(zonaWaktu), tenggat, varian);

        // a real target or realisasi is never replaced or duplicated by a sample one
        Set<String> targetAda = new HashSet<>();
        targetRepository.findByInstansi(instansi.idTersimpan()).stream()
                .filter(Target::isTahunan)
                .forEach(t -> targetAda.add(t.getIndikator().getKode() + "/" + t.getTahun()));
        Set<String> realisasiAda = new HashSet<>();
        List<Long> ids = indikator.stream().map(Indikator::getId).toList();
        rencana.realisasi().stream()
                .map(r -> r.periode().tahun())
                .distinct()
                .flatMap(tahun -> realisasiRepository.findByIndikatorDanTahun(ids, tahun).stream())
                .forEach(r -> realisasiAda.add(r.getIndikator().getKode() + "/" + r.getPeriode()));

        int target = 0;
        for (TargetContoh t : rencana.target()) {
            if (!targetAda.contains(t.indikator() + "/" + t.tahun())) {
                targetRepository.save(
                        Target.contoh(indikator(perKode, t.indikator()), t.tahun(), t.nilai(), sekarang, DIBUAT_OLEH));
                target++;
            }
        }
        Map<StatusRealisasi, Integer> perStatus = new EnumMap<>(StatusRealisasi.class);
        int terlambat = 0;
        for (RealisasiContoh r : rencana.realisasi()) {
            if (!realisasiAda.contains(r.indikator() + "/" + r.periode())) {
                simpan(indikator(perKode, r.indikator()), r);
                perStatus.merge(r.status(), 1, Integer::sum);
                terlambat += tenggat.terlambat(r.periode(), r.diajukanPada()) ? 1 : 0;
            }
        }
        perubahanCapaian.tandaiInstansi(instansi.idTersimpan());
        log.info(
                "Data contoh {} dibuat: {} target, realisasi {} ({} diajukan terlambat)",
                instansi.getKode(),
                target,
                perStatus,
                terlambat);
        return new Ringkasan(target, perStatus, terlambat);
    }

    /** The sample plan is made from these very indicators: each kode it names is one of them. */
    private static Indikator indikator(Map<String, Indikator> perKode, String kode) {
        return Objects.requireNonNull(perKode.get(kode), kode);
    }

    /** The instansi's IKU, then its IKI, each in plan order. */
    List<Indikator> indikator(Instansi instansi) {
        List<Indikator> indikator = new ArrayList<>();
        for (JenisIndikator jenis : List.of(JenisIndikator.IKU, JenisIndikator.IKI)) {
            indikator.addAll(indikatorRepository.findByInstansiAndJenis(instansi.idTersimpan(), jenis));
        }
        return indikator;
    }

    private void simpan(Indikator indikator, RealisasiContoh contoh) {
        Realisasi realisasi = Realisasi.contoh(
                indikator,
                contoh.periode(),
                contoh.status(),
                contoh.diajukanPada(),
                contoh.disetujuiPada(),
                contoh.catatanVerifikator(),
                contoh.riwayat().getLast().pada());
        for (Komponen k : indikator.getKomponen()) {
            BigDecimal nilai = contoh.nilai().get(k.getKode());
            if (nilai != null) {
                realisasi.getNilaiKomponen().add(new NilaiKomponen(realisasi, k, nilai));
            }
        }
        realisasiRepository.save(realisasi);
        for (Langkah l : contoh.riwayat()) {
            riwayatRepository.save(new RiwayatStatus(realisasi, l.dari(), l.ke(), l.oleh(), l.pada(), l.catatan()));
        }
    }

    /**
     * The sample targets and realisasi of the given indicators (in that order) as of {@code sekarang}, whose zone
     * is the office's (its office hours, its dates). Indicators with a RUMUS get none: what their komponen mean is
     * not known here.
     */
    static Rencana rencana(List<Indikator> indikator, ZonedDateTime sekarang, Tenggat tenggat) {
        return rencana(indikator, sekarang, tenggat, Varian.MERAL);
    }

    static Rencana rencana(List<Indikator> indikator, ZonedDateTime sekarang, Tenggat tenggat, Varian varian) {
        LocalDate hariIni = sekarang.toLocalDate();
        List<Periode> periode = new ArrayList<>();
        for (Periode p = new Periode(TAHUN_REALISASI_PERTAMA, Triwulan.I);
                !p.hariPertama().isAfter(hariIni);
                p = p.berikut()) {
            periode.add(p);
        }
        List<TargetContoh> target = new ArrayList<>();
        List<RealisasiContoh> realisasi = new ArrayList<>();
        for (int i = 0; i < indikator.size(); i++) {
            Indikator ind = indikator.get(i);
            if (ind.getJenisFormula() == JenisFormula.RUMUS) {
                continue;
            }
            Ukuran ukuran = new Ukuran(ind, varian);
            for (int tahun = TAHUN_TARGET_PERTAMA; tahun <= TAHUN_TARGET_TERAKHIR; tahun++) {
                target.add(new TargetContoh(ind.getKode(), tahun, ukuran.target(tahun)));
            }
            Jabatan pemilik = ind.getPemilik();
            String akunPemilik = varian.akunDemo() ? AKUN_PER_JABATAN.get(pemilik.getKode()) : DIBUAT_OLEH;
            if (akunPemilik == null) {
                continue;
            }
            // a jabatan without verifikator (the Camat's own) is verified by the Camat, as in RealisasiService
            // every verifikator of the demo plan (the Sekcam, the Camat) has a demo account
            String akunVerifikator = varian.akunDemo()
                    ? Objects.requireNonNull(AKUN_PER_JABATAN.get(
                            pemilik.getVerifikator() != null
                                    ? pemilik.getVerifikator().getKode()
                                    : "CAMAT"))
                    : DIBUAT_OLEH;
            for (int j = 0; j < periode.size(); j++) {
                Periode p = periode.get(j);
                Nasib nasib = nasib(i + varian.geser(), j, periode.size() - 1 - j);
                if (nasib == Nasib.BELUM_DIISI) {
                    continue;
                }
                List<Langkah> riwayat = riwayat(
                        nasib,
                        p,
                        hariIni,
                        akunPemilik,
                        akunVerifikator,
                        sekarang,
                        tenggat,
                        acak(varian, ind.getKode(), p.tahun(), p.triwulan().nomor(), "waktu"));
                if (riwayat.isEmpty()) {
                    continue;
                }
                Random acakNilai =
                        acak(varian, ind.getKode(), p.tahun(), p.triwulan().nomor(), "nilai");
                Map<String, BigDecimal> nilai = ukuran.realisasi(p.tahun(), acakNilai);
                boolean sedangDiisi = riwayat.getLast().ke() == StatusRealisasi.DRAF
                        && !p.hariTerakhir().isBefore(hariIni);
                if (sedangDiisi && nilai.size() > 1 && acakNilai.nextBoolean()) {
                    // a draft of the running triwulan, its last komponen not yet known
                    nilai.remove(ind.getKomponen().getLast().getKode());
                }
                realisasi.add(new RealisasiContoh(ind.getKode(), p, nilai, riwayat));
            }
        }
        return new Rencana(target, realisasi);
    }

    /**
     * Spreads the states over indicators and triwulan so that each occurs at any date: the current triwulan is
     * being filled in, the one before is being verified, older ones are approved with a few exceptions.
     */
    private static Nasib nasib(int indikatorKe, int periodeKe, int umur) {
        if (umur == 0) {
            return (indikatorKe + periodeKe) % 2 == 0 ? Nasib.DRAF : Nasib.BELUM_DIISI;
        }
        if (umur == 1) {
            return switch ((indikatorKe + periodeKe) % 6) {
                case 0 -> Nasib.DISETUJUI;
                case 1 -> Nasib.DIAJUKAN;
                case 2 -> Nasib.DIKEMBALIKAN;
                case 3 -> Nasib.DIAJUKAN_TERLAMBAT;
                case 4 -> Nasib.DRAF;
                default -> Nasib.BELUM_DIISI;
            };
        }
        return switch ((7 * indikatorKe + 3 * periodeKe) % 20) {
            case 0 -> Nasib.BELUM_DIISI;
            case 1, 2 -> Nasib.DISETUJUI_TERLAMBAT;
            case 3, 4 -> Nasib.DISETUJUI_SETELAH_PERBAIKAN;
            default -> Nasib.DISETUJUI;
        };
    }

    /**
     * The history that leads to the state, at office hours: a draft in the first days after the triwulan (or during
     * the running one), submitted before the 10th or late after it, verified a few days later. Steps that would lie
     * after {@code sekarang} have not happened yet and are left out.
     */
    private static List<Langkah> riwayat(
            Nasib nasib,
            Periode periode,
            LocalDate hariIni,
            String pemilik,
            String verifikator,
            ZonedDateTime sekarang,
            Tenggat tenggat,
            Random acak) {
        Jejak jejak = new Jejak(sekarang.toInstant());
        ZoneId zona = sekarang.getZone();
        LocalDate mulai = periode.hariPertama();
        LocalDate akhir = periode.hariTerakhir();
        LocalDate hariDraf = akhir.isBefore(hariIni)
                ? akhir.plusDays(1 + acak.nextInt(4))
                : mulai.plusDays(acak.nextInt((int) ChronoUnit.DAYS.between(mulai, hariIni) + 1));
        jejak.tambah(StatusRealisasi.DRAF, pemilik, jamKerja(hariDraf, zona, acak), null);
        if (nasib == Nasib.DRAF) {
            return jejak.langkah;
        }
        boolean terlambat = nasib == Nasib.DIAJUKAN_TERLAMBAT || nasib == Nasib.DISETUJUI_TERLAMBAT;
        LocalDate hariAju = terlambat
                ? tenggat.untuk(periode).plusDays(1 + acak.nextInt(25))
                : hariDraf.plusDays(1 + acak.nextInt(3));
        jejak.tambah(StatusRealisasi.DIAJUKAN, pemilik, jamKerja(hariAju, zona, acak), null);
        switch (nasib) {
            case DIKEMBALIKAN ->
                jejak.tambah(
                        StatusRealisasi.DIKEMBALIKAN,
                        verifikator,
                        jamKerja(hariAju.plusDays(1 + acak.nextInt(3)), zona, acak),
                        catatan(acak));
            case DISETUJUI, DISETUJUI_TERLAMBAT ->
                jejak.tambah(
                        StatusRealisasi.DISETUJUI,
                        verifikator,
                        jamKerja(hariAju.plusDays(1 + acak.nextInt(5)), zona, acak),
                        null);
            case DISETUJUI_SETELAH_PERBAIKAN -> {
                // returned, fixed and resubmitted the next day (still before the 10th), then approved
                LocalDate hariKembali = hariAju.plusDays(1 + acak.nextInt(2));
                jejak.tambah(
                        StatusRealisasi.DIKEMBALIKAN, verifikator, jamKerja(hariKembali, zona, acak), catatan(acak));
                Instant diperbaiki = jamKerja(hariKembali.plusDays(1), zona, acak);
                jejak.tambah(StatusRealisasi.DRAF, pemilik, diperbaiki, null);
                jejak.tambah(
                        StatusRealisasi.DIAJUKAN,
                        pemilik,
                        diperbaiki.plus(Duration.ofMinutes(5 + acak.nextInt(25))),
                        null);
                jejak.tambah(
                        StatusRealisasi.DISETUJUI,
                        verifikator,
                        jamKerja(hariKembali.plusDays(2 + acak.nextInt(4)), zona, acak),
                        null);
            }
            default -> {
                // submitted, waiting for the verifikator
            }
        }
        return jejak.langkah;
    }

    /** A history as far as it has happened: a step after "now" and all that follow it are left out. */
    private static final class Jejak {

        private final Instant sekarang;
        private final List<Langkah> langkah = new ArrayList<>();
        private boolean terpotong;

        Jejak(Instant sekarang) {
            this.sekarang = sekarang;
        }

        void tambah(StatusRealisasi ke, String oleh, Instant pada, @Nullable String catatan) {
            terpotong |= pada.isAfter(sekarang);
            if (!terpotong) {
                langkah.add(
                        new Langkah(langkah.isEmpty() ? null : langkah.getLast().ke(), ke, oleh, pada, catatan));
            }
        }
    }

    /**
     * What one indicator's sample figures are drawn around, fixed per indicator: the typical triwulan value of each
     * komponen, and the first year's target with its yearly rise (percent for RASIO, score for NILAI).
     */
    private static final class Ukuran {

        private final Indikator indikator;
        private final Map<String, Integer> perKomponen = new LinkedHashMap<>();
        private final int targetAwal;
        private final int kenaikan;

        /** How much of its targets the kecamatan reaches ({@link Varian#faktor}). */
        private final double faktor;

        Ukuran(Indikator indikator, Varian varian) {
            this.indikator = indikator;
            this.faktor = varian.faktor();
            Random acak = acak(varian, indikator.getKode());
            for (Komponen k : indikator.getKomponen()) {
                int[] rentang = UKURAN_PER_KOMPONEN.getOrDefault(
                        k.getKode(), UKURAN_PER_SATUAN.getOrDefault(k.getSatuan(), UKURAN_LAIN));
                perKomponen.put(k.getKode(), rentang[0] + acak.nextInt(rentang[1] - rentang[0] + 1));
            }
            boolean nilai = indikator.getJenisFormula() == JenisFormula.NILAI;
            targetAwal = nilai ? 60 + acak.nextInt(5) : 80 + acak.nextInt(9);
            kenaikan = nilai ? 2 + acak.nextInt(3) : 1 + acak.nextInt(3);
        }

        /** The typical triwulan value of a komponen; the constructor drew one for each. */
        private int ukuran(Komponen k) {
            return Objects.requireNonNull(perKomponen.get(k.getKode()));
        }

        BigDecimal target(int tahun) {
            int tahunKe = tahun - TAHUN_TARGET_PERTAMA;
            return switch (indikator.getJenisFormula()) {
                case RASIO -> angka(Math.min(98, targetAwal + tahunKe * kenaikan), 0);
                case NILAI -> angka(Math.min(80, targetAwal + tahunKe * kenaikan), 0);
                // a yearly sum of four triwulan, or a level reached by the last one
                case JUMLAH ->
                    angka(
                            perKomponen.values().stream()
                                            .mapToInt(Integer::intValue)
                                            .sum()
                                    * pertumbuhan(tahun)
                                    * (kumulatif() ? 4 : 1),
                            desimal(indikator.getSatuan()));
                case RUMUS -> throw new IllegalArgumentException("Tanpa target contoh: " + indikator.getKode());
            };
        }

        /** Komponen values of one triwulan, around the year's target (capaian mostly 88–108 %). */
        Map<String, BigDecimal> realisasi(int tahun, Random acak) {
            Map<String, BigDecimal> nilai = new LinkedHashMap<>();
            BigDecimal target = target(tahun);
            switch (indikator.getJenisFormula()) {
                case RASIO -> {
                    double persen = Math.min(100, target.doubleValue() * faktor * (0.94 + 0.08 * acak.nextDouble()));
                    long penyebut = 0;
                    for (Komponen k : komponen(PeranKomponen.PENYEBUT)) {
                        long n = Math.max(1, Math.round(ukuran(k) * pertumbuhan(tahun) * variasi(acak)));
                        nilai.put(k.getKode(), angka(n, 0));
                        penyebut += n;
                    }
                    List<Komponen> pembilang = komponen(PeranKomponen.PEMBILANG);
                    for (Komponen k : pembilang) {
                        nilai.put(k.getKode(), angka(penyebut * persen / 100 / pembilang.size(), 0));
                    }
                }
                case NILAI ->
                    komponen(PeranKomponen.ISIAN)
                            .forEach(k -> nilai.put(
                                    k.getKode(),
                                    angka(
                                            Math.min(
                                                    100,
                                                    target.doubleValue() * faktor * (0.92 + 0.14 * acak.nextDouble())),
                                            2)));
                case JUMLAH -> {
                    double capaian = faktor * (0.88 + 0.2 * acak.nextDouble());
                    for (Komponen k : komponen(PeranKomponen.ISIAN)) {
                        nilai.put(
                                k.getKode(),
                                angka(
                                        ukuran(k) * pertumbuhan(tahun) * capaian * variasi(acak),
                                        desimal(k.getSatuan())));
                    }
                }
                case RUMUS -> throw new IllegalArgumentException("Tanpa realisasi contoh: " + indikator.getKode());
            }
            return nilai;
        }

        private List<Komponen> komponen(PeranKomponen peran) {
            return indikator.getKomponen().stream()
                    .filter(k -> k.getPeran() == peran)
                    .toList();
        }

        private boolean kumulatif() {
            return indikator.getAgregasi() == Agregasi.KUMULATIF;
        }

        /** Counts of a triwulan vary a lot; a stock (population, staff, road length) hardly moves. */
        private double variasi(Random acak) {
            return kumulatif() ? 0.8 + 0.4 * acak.nextDouble() : 0.99 + 0.02 * acak.nextDouble();
        }

        private static double pertumbuhan(int tahun) {
            return 1 + 0.04 * (tahun - TAHUN_TARGET_PERTAMA);
        }

        private static int desimal(String satuan) {
            return "km".equals(satuan) ? 1 : 0;
        }
    }

    /** Rounded as the unit is written, at the scale the database keeps (DECIMAL(19,4)), so saved equals planned. */
    private static BigDecimal angka(double nilai, int desimal) {
        return BigDecimal.valueOf(nilai).setScale(desimal, RoundingMode.HALF_UP).setScale(4, RoundingMode.UNNECESSARY);
    }

    private static Instant jamKerja(LocalDate hari, ZoneId zona, Random acak) {
        return hari.atTime(8, 0).plusMinutes(acak.nextInt(7 * 60)).atZone(zona).toInstant();
    }

    private static String catatan(Random acak) {
        return CATATAN_PENGEMBALIAN.get(acak.nextInt(CATATAN_PENGEMBALIAN.size()));
    }

    /**
     * A generator seeded by what it is for (indicator kode, year, triwulan) and by the kecamatan's {@link Varian#garam},
     * independent of order and run; without garam the seeds are Meral's as they always were.
     */
    private static Random acak(Varian varian, Object... untuk) {
        int benih = Objects.hash(untuk);
        return new Random(BENIH ^ (varian.garam().isEmpty() ? benih : Objects.hash(varian.garam(), benih)));
    }
}
