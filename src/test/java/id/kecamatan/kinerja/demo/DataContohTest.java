package id.kecamatan.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.JumlahBaris;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.demo.DataContoh.Langkah;
import id.kecamatan.kinerja.demo.DataContoh.RealisasiContoh;
import id.kecamatan.kinerja.demo.DataContoh.Rencana;
import id.kecamatan.kinerja.demo.DataContoh.Ringkasan;
import id.kecamatan.kinerja.demo.DataContoh.TargetContoh;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.realisasi.Realisasi;
import id.kecamatan.kinerja.realisasi.RealisasiRepository;
import id.kecamatan.kinerja.realisasi.RiwayatStatusRepository;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sample data of the default run. The test profile does not generate it at start (other tests enter realisasi
 * of their own, some in the years it covers: see TahunUji), so these tests compute it for a fixed moment, and write
 * it only inside transactions they roll back.
 */
@UjiTerpadu
class DataContohTest {

    /** Wednesday 25 November 2026, 10:00 WIB: triwulan IV is running, triwulan III was due on 10 October. */
    private static final Instant SEKARANG = Instant.parse("2026-11-25T03:00:00Z");

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Indicator kode prefix → demo account of the owning jabatan (Meral plan, demo/DemoData). */
    private static final Map<String, String> PEMILIK = Map.ofEntries(
            Map.entry("IKU-AKIP", "camat"),
            Map.entry("IKU-IPP", "sekcam"),
            Map.entry("IKI-SEKCAM-", "sekcam"),
            Map.entry("IKI-KASI-PEM-", "kasi.pemerintahan"),
            Map.entry("IKI-KASI-KESOS-", "kasi.kesos"),
            Map.entry("IKI-KASI-LH-", "kasi.lh"),
            Map.entry("IKI-KASI-TRANTIB-", "kasi.trantib"),
            Map.entry("IKI-KASUBBAG-UMUM-", "kasubbag.umum"),
            Map.entry("IKI-KASUBBAG-PK-", "kasubbag.perencanaan"),
            Map.entry("IKI-BENDAHARA-", "bendahara"),
            Map.entry("IKI-ADM-KEU-", "adm.keuangan"),
            Map.entry("IKI-ADM-IZIN-", "adm.perizinan"));

    @Autowired
    DataContoh dataContoh;

    @Autowired
    Tenggat tenggat;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    TargetRepository targetRepository;

    @Autowired
    RealisasiRepository realisasiRepository;

    @Autowired
    RiwayatStatusRepository riwayatRepository;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void profilUjiTidakMembuatDataContohSaatMulai() {
        assertThat(jdbc.queryForObject("select count(*) from target where data_contoh", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from realisasi where data_contoh", Long.class))
                .isZero();
    }

    @Test
    void duaKaliDihitungHasilnyaSama() {
        Rencana pertama = rencana();
        Rencana kedua = rencana();

        assertThat(kedua).isEqualTo(pertama);
        assertThat(pertama.target()).hasSize(18 * 5);
        assertThat(pertama.realisasi()).hasSizeGreaterThan(150);
    }

    @Test
    void setiapStatusTerjadiTermasukBelumDiisi() {
        Rencana rencana = rencana();

        assertThat(rencana.realisasi().stream().map(RealisasiContoh::status).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(StatusRealisasi.class));
        Set<String> terisi =
                rencana.realisasi().stream().map(DataContohTest::kunci).collect(Collectors.toSet());
        int belumDiisi = 0;
        for (String kode : kodeIndikator()) {
            for (int tahun = 2024; tahun <= 2026; tahun++) {
                for (int triwulan = 1; triwulan <= 4; triwulan++) {
                    belumDiisi += terisi.contains(kode + "/" + tahun + "/" + triwulan) ? 0 : 1;
                }
            }
        }
        assertThat(belumDiisi).as("triwulan without a row").isPositive();
        assertThat(terisi)
                .as("nothing before 2024")
                .allSatisfy(k -> assertThat(k).containsPattern("/202[456]/"));
    }

    @Test
    void adaPengajuanSetelahTanggalSepuluhBulanBerikutnya() {
        List<RealisasiContoh> diajukan = rencana().realisasi().stream()
                .filter(r -> r.diajukanPada() != null)
                .toList();

        List<RealisasiContoh> terlambat = diajukan.stream()
                .filter(r -> LocalDate.ofInstant(r.diajukanPada(), WIB)
                        .isAfter(LocalDate.of(
                                        r.periode().tahun(),
                                        3 * r.periode().triwulan().nomor(),
                                        1)
                                .plusMonths(1)
                                .withDayOfMonth(10)))
                .toList();
        assertThat(terlambat).isNotEmpty().allMatch(r -> tenggat.terlambat(r.periode(), r.diajukanPada()));
        assertThat(terlambat.stream().map(RealisasiContoh::status))
                .contains(StatusRealisasi.DISETUJUI, StatusRealisasi.DIAJUKAN);
        assertThat(terlambat.size()).as("most are on time").isLessThan(diajukan.size() / 5);
    }

    /**
     * Whenever the portal first starts, the sample history lies before that moment (a step that would come later is
     * left out), also at the edges of a WIB day, of a triwulan and of a deadline, where WIB and UTC dates differ.
     */
    @Test
    void riwayatContohTidakPernahSetelahSaatDibuat() {
        List<Instant> saat = new ArrayList<>();
        for (LocalDate hari = LocalDate.of(2026, 3, 29);
                hari.isBefore(LocalDate.of(2026, 4, 13));
                hari = hari.plusDays(1)) {
            for (int jam : new int[] {0, 6, 7, 8, 12, 15, 16, 23}) {
                saat.add(hari.atTime(jam, 59).atZone(WIB).toInstant());
            }
        }
        saat.add(LocalDate.of(2026, 12, 31).atTime(23, 59).atZone(WIB).toInstant());
        saat.add(LocalDate.of(2027, 1, 1).atTime(0, 1).atZone(WIB).toInstant());

        TransactionTemplate baca = new TransactionTemplate(transactionManager);
        baca.setReadOnly(true);
        int diperiksa = baca.execute(s -> {
            List<Indikator> indikator =
                    dataContoh.indikator(instansiRepository.findByKode("MERAL").orElseThrow());
            int langkah = 0;
            for (Instant sekarang : saat) {
                for (RealisasiContoh r : DataContoh.rencana(indikator, sekarang.atZone(WIB), tenggat)
                        .realisasi()) {
                    assertThat(r.riwayat())
                            .as("%s as of %s", kunci(r), sekarang)
                            .allSatisfy(l -> assertThat(l.pada()).isBeforeOrEqualTo(sekarang));
                    langkah += r.riwayat().size();
                }
            }
            return langkah;
        });
        // so that a generator writing no history at all cannot pass
        assertThat(diperiksa).as("history steps checked").isPositive();
    }

    @Test
    void riwayatSesuaiStatusDanDiisiPemilikSertaVerifikatornya() {
        List<RealisasiContoh> semua = rencana().realisasi();
        assertThat(semua).as("sample rows to check").isNotEmpty();
        for (RealisasiContoh r : semua) {
            String pemilik = pemilik(r.indikator());
            String verifikator = pemilik.equals("sekcam") || pemilik.equals("camat") ? "camat" : "sekcam";
            List<Langkah> riwayat = r.riwayat();
            assertThat(riwayat.getFirst())
                    .as(kunci(r))
                    .extracting(Langkah::dari, Langkah::ke, Langkah::oleh)
                    .containsExactly(null, StatusRealisasi.DRAF, pemilik);
            for (int i = 0; i < riwayat.size(); i++) {
                Langkah l = riwayat.get(i);
                assertThat(l.pada())
                        .as(kunci(r))
                        .isBeforeOrEqualTo(SEKARANG)
                        .isAfterOrEqualTo(LocalDate.of(
                                        r.periode().tahun(),
                                        3 * r.periode().triwulan().nomor() - 2,
                                        1)
                                .atStartOfDay(WIB)
                                .toInstant());
                if (i > 0) {
                    assertThat(l.dari())
                            .as(kunci(r))
                            .isEqualTo(riwayat.get(i - 1).ke());
                    assertThat(l.pada()).as(kunci(r)).isAfter(riwayat.get(i - 1).pada());
                }
                boolean olehVerifikator = l.ke() == StatusRealisasi.DISETUJUI || l.ke() == StatusRealisasi.DIKEMBALIKAN;
                assertThat(l.oleh()).as(kunci(r)).isEqualTo(olehVerifikator ? verifikator : pemilik);
                assertThat(l.catatan() != null)
                        .as(kunci(r) + " note")
                        .isEqualTo(l.ke() == StatusRealisasi.DIKEMBALIKAN);
            }
            assertThat(riwayat.getLast().ke()).isEqualTo(r.status());
            if (r.status() == StatusRealisasi.DISETUJUI) {
                assertThat(r.disetujuiPada()).isEqualTo(riwayat.getLast().pada());
                assertThat(riwayat.getLast().oleh()).isEqualTo(verifikator);
            }
            if (r.status() == StatusRealisasi.DIKEMBALIKAN) {
                assertThat(r.catatanVerifikator()).isNotBlank();
            }
        }
    }

    @Test
    void angkaMasukAkalPerJenisIndikator() {
        Map<String, String> formula = new HashMap<>();
        Map<String, Map<String, String>> peranKomponen = new HashMap<>();
        jdbc.query("""
                select i.kode, i.jenis_formula, k.kode as komponen, k.peran from indikator i
                join instansi n on n.id = i.instansi_id join komponen k on k.indikator_id = i.id where n.kode = 'MERAL'
                """, rs -> {
            formula.put(rs.getString("kode"), rs.getString("jenis_formula"));
            peranKomponen
                    .computeIfAbsent(rs.getString("kode"), k -> new HashMap<>())
                    .put(rs.getString("komponen"), rs.getString("peran"));
        });
        Rencana rencana = rencana();

        for (TargetContoh t : rencana.target()) {
            assertThat(t.tahun()).isBetween(2022, 2026);
            switch (formula.get(t.indikator())) {
                case "RASIO" ->
                    assertThat(t.nilai()).as(t.toString()).isBetween(new BigDecimal("80"), new BigDecimal("98"));
                case "NILAI" ->
                    assertThat(t.nilai()).as(t.toString()).isBetween(new BigDecimal("60"), new BigDecimal("80"));
                default -> assertThat(t.nilai()).as(t.toString()).isPositive();
            }
        }
        assertThat(rencana.target().stream().map(TargetContoh::indikator).collect(Collectors.toSet()))
                .isEqualTo(formula.keySet());
        assertThat(rencana.realisasi()).as("sample rows to check").isNotEmpty();
        for (RealisasiContoh r : rencana.realisasi()) {
            Map<String, String> peran = peranKomponen.get(r.indikator());
            if (r.status() != StatusRealisasi.DRAF) {
                assertThat(r.nilai())
                        .as("%s: only complete rows are submitted", kunci(r))
                        .containsOnlyKeys(peran.keySet());
            }
            assertThat(r.nilai().values()).as(kunci(r)).allMatch(n -> n.signum() >= 0);
            if (formula.get(r.indikator()).equals("RASIO") && r.nilai().size() == 2) {
                BigDecimal pembilang = jumlah(r, peran, "PEMBILANG");
                BigDecimal penyebut = jumlah(r, peran, "PENYEBUT");
                assertThat(pembilang)
                        .as(kunci(r))
                        .isLessThanOrEqualTo(penyebut)
                        .isGreaterThanOrEqualTo(penyebut.multiply(new BigDecimal("0.7")));
            }
        }
    }

    /** The plan written to the database as it is, flagged, beside real data it leaves alone; a second run adds nothing. */
    @Test
    void ditulisSekaliBertandaDanDataNyataTidakTersentuh() {
        dalamTransaksiYangDibatalkan(() -> {
            List<Indikator> indikator =
                    dataContoh.indikator(instansiRepository.findByKode("MERAL").orElseThrow());
            Rencana rencana = DataContoh.rencana(indikator, SEKARANG.atZone(WIB), tenggat);
            Set<String> sudahAda = new HashSet<>(jdbc.queryForList("""
                    select concat(i.kode, '/', r.tahun, '/', r.triwulan) from realisasi r
                    join indikator i on i.id = r.indikator_id join instansi n on n.id = i.instansi_id
                    where n.kode = 'MERAL'
                    """, String.class));
            // a real draft in a triwulan the plan fills
            RealisasiContoh ditempati = rencana.realisasi().stream()
                    .filter(r -> !sudahAda.contains(kunci(r)))
                    .findFirst()
                    .orElseThrow();
            realisasiRepository.save(new Realisasi(
                    indikator.stream()
                            .filter(i -> i.getKode().equals(ditempati.indikator()))
                            .findFirst()
                            .orElseThrow(),
                    ditempati.periode()));
            sudahAda.add(kunci(ditempati));
            entityManager.flush();

            Ringkasan ringkasan = dataContoh.buat(SEKARANG);
            entityManager.flush();
            entityManager.clear();

            List<RealisasiContoh> harapan = rencana.realisasi().stream()
                    .filter(r -> !sudahAda.contains(kunci(r)))
                    .toList();
            assertThat(ringkasan.realisasiPerStatus().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(harapan.size());
            assertThat(ringkasan.terlambat()).isEqualTo((int) harapan.stream()
                    .filter(r -> tenggat.terlambat(r.periode(), r.diajukanPada()))
                    .count());
            assertThat(ringkasan.target()).isEqualTo(rencana.target().size());
            assertThat(realisasiContohTersimpan()).containsExactlyInAnyOrderElementsOf(harapan);
            assertThat(targetRepository.findAll().stream()
                            .filter(Target::isDataContoh)
                            .map(t -> new TargetContoh(t.getIndikator().getKode(), t.getTahun(), t.getNilai()))
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(rencana.target());
            assertThat(jdbc.queryForObject("""
                    select count(*) from realisasi r join indikator i on i.id = r.indikator_id
                    join instansi n on n.id = i.instansi_id
                    where n.kode = 'MERAL' and not r.data_contoh and r.tahun between 2024 and 2026
                    """, Long.class))
                    .as("every row written is flagged")
                    .isEqualTo(sudahAda.stream()
                            .filter(k -> k.matches(".*/202[4-6]/\\d"))
                            .count());
            assertThat(jdbc.queryForMap(
                            """
                    select r.data_contoh, r.status, r.version from realisasi r join indikator i on i.id = r.indikator_id
                    where i.kode = ? and r.tahun = ? and r.triwulan = ?
                    """,
                            ditempati.indikator(),
                            ditempati.periode().tahun(),
                            ditempati.periode().triwulan().nomor()))
                    .as("the real draft stays as it was")
                    .containsEntry("data_contoh", false)
                    .containsEntry("status", "DRAF")
                    .containsEntry("version", 0L);

            Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);
            assertThat(dataContoh.buat(SEKARANG)).isEqualTo(Ringkasan.KOSONG);
            assertThat(dataContoh.buat(SEKARANG.plusSeconds(86_400 * 90))).isEqualTo(Ringkasan.KOSONG);
            entityManager.flush();
            assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
        });
    }

    /** The sample realisasi as the database holds them, in the generator's terms. */
    private List<RealisasiContoh> realisasiContohTersimpan() {
        return realisasiRepository.findAll().stream()
                .filter(Realisasi::isDataContoh)
                .map(r -> {
                    List<Langkah> riwayat = riwayatRepository.findByRealisasiIdOrderByPadaAscIdAsc(r.getId()).stream()
                            .map(s -> new Langkah(s.getDari(), s.getKe(), s.getOleh(), s.getPada(), s.getCatatan()))
                            .toList();
                    Map<String, BigDecimal> nilai = r.getNilaiKomponen().stream()
                            .collect(Collectors.toMap(n -> n.getKomponen().getKode(), n -> n.getNilai()));
                    RealisasiContoh contoh =
                            new RealisasiContoh(r.getIndikator().getKode(), r.getPeriode(), nilai, riwayat);
                    assertThat(r.getStatus()).as(kunci(contoh)).isEqualTo(contoh.status());
                    assertThat(r.getDiajukanPada()).as(kunci(contoh)).isEqualTo(contoh.diajukanPada());
                    assertThat(r.getDisetujuiPada()).as(kunci(contoh)).isEqualTo(contoh.disetujuiPada());
                    assertThat(r.getCatatanVerifikator()).as(kunci(contoh)).isEqualTo(contoh.catatanVerifikator());
                    return contoh;
                })
                .toList();
    }

    private Rencana rencana() {
        TransactionTemplate baca = new TransactionTemplate(transactionManager);
        baca.setReadOnly(true);
        return baca.execute(s -> DataContoh.rencana(
                dataContoh.indikator(instansiRepository.findByKode("MERAL").orElseThrow()),
                SEKARANG.atZone(WIB),
                tenggat));
    }

    private void dalamTransaksiYangDibatalkan(Runnable isi) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            isi.run();
        });
    }

    private List<String> kodeIndikator() {
        return jdbc.queryForList("""
                select i.kode from indikator i join instansi n on n.id = i.instansi_id where n.kode = 'MERAL'
                """, String.class);
    }

    private static String pemilik(String kodeIndikator) {
        return PEMILIK.entrySet().stream()
                .filter(e -> kodeIndikator.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no owner known for " + kodeIndikator));
    }

    private static BigDecimal jumlah(RealisasiContoh r, Map<String, String> peran, String yang) {
        return r.nilai().entrySet().stream()
                .filter(e -> peran.get(e.getKey()).equals(yang))
                .map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String kunci(RealisasiContoh r) {
        return r.indikator() + "/" + r.periode().tahun() + "/"
                + r.periode().triwulan().nomor();
    }
}
