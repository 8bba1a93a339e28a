package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of the rollup (issue 4), not a test: it prints figures and asserts nothing about time. Run alone:
 * <pre>./mvnw test -Dtest=RollupBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * (its name does not end in "Test", so {@code ./mvnw verify} never runs it). On its own embedded MariaDB it builds
 * three scales from Meral's plan: Meral alone over 5 years, Kabupaten Karimun (14 kecamatan) and a national set of
 * {@code -Dbenchmark.kecamatan} kecamatan (default 7,277) with 4 quarters × 5 years of realisasi per indicator, 90 %
 * approved. The aggregates of the cloned kecamatan are built as at the start of an older installation. For each
 * scale it times, in the same run, the rollup of one year read from the maintained aggregates, the same rollup
 * computed from the raw rows (read + compute, as the dashboard and the reports use it) and the bare SQL aggregate over
 * the same approved rows (the floor), after warm-up, prints the medians and the ratios and whether both rollups give
 * equal results. It also times the Meral dashboard's server time (CapaianService.dasbor as the Camat), an approval
 * with and without the upkeep of the aggregates, and runs PemeriksaAgregat over every kecamatan and year.
 */
@UjiTerpadu
class RollupBenchmark {

    static final int TAHUN_AWAL = 2022;
    static final int TAHUN = 2026;
    static final int KABUPATEN = 14;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SumberRollup sumber;

    @Autowired
    CapaianService capaianService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    BangunAgregat bangunAgregat;

    @Autowired
    PemeliharaAgregat pemelihara;

    @Autowired
    PemeriksaAgregat pemeriksa;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void ukur() {
        int nasional = Integer.getInteger("benchmark.kecamatan", 7277);
        long mulai = System.nanoTime();
        long meral = jdbc.queryForObject("select id from instansi where kode = 'MERAL'", Long.class);
        klonInstansi(meral, nasional - 1);
        isiTargetDanRealisasi();
        System.out.printf(
                Locale.ROOT,
                "%nData: %,d kecamatan, %,d indikator, %,d realisasi (%,d disetujui), %,d nilai komponen; dibuat dalam %.0f s%n",
                hitung("instansi"),
                hitung("indikator"),
                hitung("realisasi"),
                jdbc.queryForObject("select count(*) from realisasi where status = 'DISETUJUI'", Long.class),
                hitung("nilai_komponen"),
                (System.nanoTime() - mulai) / 1e9);
        // the bulk SQL above bypasses the upkeep, as an installation older than the aggregates: built as at start
        jdbc.update("delete from agregat_instansi");
        long bangunMulai = System.nanoTime();
        int dibangun = bangunAgregat.bangunYangBelum();
        System.out.printf(
                Locale.ROOT,
                "Agregat dibangun untuk %,d kecamatan (%,d baris) dalam %.0f s%n",
                dibangun,
                hitung("agregat_capaian"),
                (System.nanoTime() - bangunMulai) / 1e9);
        jdbc.execute("analyze table realisasi, nilai_komponen, indikator, komponen, target, agregat_capaian");

        List<Long> kabupaten = jdbc.queryForList(
                "select id from instansi where kabupaten = 'Kabupaten Karimun' order by id", Long.class);
        List<String> hasil = new ArrayList<>();
        hasil.add(skala("Meral (1 kecamatan)", List.of(meral), 20, 50));
        hasil.add(skala("Kabupaten Karimun (" + kabupaten.size() + " kecamatan)", kabupaten, 20, 50));
        hasil.add(skala("Nasional (" + nasional + " kecamatan)", null, 2, 7));

        MasukSebagai.pengguna(userDetailsService, "camat");
        double[] dasbor = waktu(() -> capaianService.dasbor(new Periode(TAHUN, Triwulan.IV)), 20, 50);
        MasukSebagai.keluar();

        String persetujuan = biayaPersetujuan(meral);

        long periksaMulai = System.nanoTime();
        PemeriksaAgregat.Laporan laporan = pemeriksa.periksa(null);
        String pemeriksaan = String.format(
                Locale.ROOT,
                "PemeriksaAgregat (semua kecamatan, semua tahun): %,d indikator × periode diperiksa, %d selisih, %.0f s",
                laporan.diperiksa(),
                laporan.jumlahSelisih(),
                (System.nanoTime() - periksaMulai) / 1e9);

        System.out.println();
        System.out.println("Rollup satu tahun (" + TAHUN
                + ", s.d. triwulan IV), milidetik, median [min–maks] dari pengulangan setelah pemanasan:");
        System.out.println("| skala | dari agregat | hitung penuh | lantai SQL | agregat / lantai | penuh / lantai"
                + " | hasil sama |");
        System.out.println("|---|---|---|---|---|---|---|");
        hasil.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "Dasbor Meral (CapaianService.dasbor sebagai camat, 5 tahun tren): median %.1f ms [%.1f–%.1f]%n",
                median(dasbor),
                dasbor[0],
                dasbor[dasbor.length - 1]);
        System.out.println(persetujuan);
        System.out.println(pemeriksaan);
        if (laporan.jumlahSelisih() > 0) {
            System.out.println("Contoh selisih: " + laporan.contoh());
        }
    }

    private String skala(String nama, @Nullable List<Long> instansi, int pemanasan, int ulang) {
        String filter = instansi == null
                ? ""
                : " and i.instansi_id in ("
                        + String.join(
                                ",", instansi.stream().map(String::valueOf).toList()) + ")";
        String lantai =
                "select count(*), sum(nk.nilai) from realisasi r join nilai_komponen nk on nk.realisasi_id = r.id"
                        + " join indikator i on i.id = r.indikator_id where r.status = 'DISETUJUI' and r.tahun between ? and ?"
                        + filter;
        Periode setahun = new Periode(TAHUN, Triwulan.IV);
        Supplier<DataRollup> penuh =
                () -> instansi == null ? sumber.muatSemua(TAHUN, TAHUN) : sumber.muat(instansi, TAHUN, TAHUN);
        Supplier<DataRollup> agregat = () -> sumber.muatTersimpan(instansi, setahun);
        // the three side by side, each after its own warm-up, in the same run
        double[] sql = waktu(() -> jdbc.queryForMap(lantai, TAHUN, TAHUN), pemanasan, ulang);
        double[] dariAgregat = waktu(() -> Rollup.hitungSemua(agregat.get(), setahun), pemanasan, ulang);
        double[] bacaAgregat = waktu(agregat, pemanasan, ulang);
        double[] rollup = waktu(() -> Rollup.hitungSemua(penuh.get(), setahun), pemanasan, ulang);
        List<Rollup.SkorKecamatan> hasilPenuh = Rollup.hitungSemua(penuh.get(), setahun);
        boolean sama = hasilPenuh.equals(Rollup.hitungSemua(agregat.get(), setahun));
        String baris = String.format(
                Locale.ROOT,
                "| %s, %d skor kecamatan | %.1f [%.1f–%.1f], membaca %.1f | %.1f [%.1f–%.1f] | %.1f [%.1f–%.1f] | %.2f× | %.2f× | %s |",
                nama,
                hasilPenuh.size(),
                median(dariAgregat),
                dariAgregat[0],
                dariAgregat[dariAgregat.length - 1],
                median(bacaAgregat),
                median(rollup),
                rollup[0],
                rollup[rollup.length - 1],
                median(sql),
                sql[0],
                sql[sql.length - 1],
                median(dariAgregat) / median(sql),
                median(rollup) / median(sql),
                sama ? "ya" : "TIDAK");
        // at once too: the national run takes many minutes more after this
        System.out.println(baris);
        return baris;
    }

    /**
     * The cost an approval pays for the aggregates: RealisasiService.setujui of one submitted row of Meral (its own
     * transaction, as from the page), timed with the upkeep on and off, alternating per round. Between rounds the rows
     * are set back to submitted by SQL; Meral's aggregates are then built again, for the checker that follows.
     */
    private String biayaPersetujuan(long meral) {
        Pengguna sekcam = MasukSebagai.pengguna(userDetailsService, "sekcam");
        List<Long> diajukan = jdbc.queryForList(
                "select r.id from realisasi r join indikator i on i.id = r.indikator_id join jabatan j on j.id = i.pemilik_id"
                        + " where i.instansi_id = ? and j.verifikator_id = ? and r.status = 'DIAJUKAN' order by r.id",
                Long.class,
                meral,
                sekcam.jabatanId());
        String daftar = String.join(",", diajukan.stream().map(String::valueOf).toList());
        List<Double> dengan = new ArrayList<>();
        List<Double> tanpa = new ArrayList<>();
        for (int putaran = 0; putaran < 12; putaran++) {
            boolean aktif = putaran % 2 == 0;
            pemelihara.aktifkan(aktif);
            for (Long id : diajukan) {
                long t = System.nanoTime();
                realisasiService.setujui(List.of(id));
                double ms = (System.nanoTime() - t) / 1e6;
                // the first two rounds warm up
                if (putaran >= 2) {
                    (aktif ? dengan : tanpa).add(ms);
                }
            }
            jdbc.update("update realisasi set status = 'DIAJUKAN', disetujui_pada = null where id in (" + daftar + ")");
        }
        pemelihara.aktifkan(true);
        MasukSebagai.keluar();
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(s -> pemelihara.bangunInstansi(List.of(meral)));
        double[] a = dengan.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] b = tanpa.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                Locale.ROOT,
                "Persetujuan satu realisasi (RealisasiService.setujui, %d baris × 5 putaran per mode), ms:"
                        + " dengan pemeliharaan agregat p50 %.1f p95 %.1f maks %.1f; tanpa p50 %.1f p95 %.1f maks %.1f",
                diajukan.size(),
                persentil(a, 50),
                persentil(a, 95),
                a[a.length - 1],
                persentil(b, 50),
                persentil(b, 95),
                b[b.length - 1]);
    }

    private static double persentil(double[] terurut, int p) {
        return terurut[Math.min(terurut.length - 1, (int) Math.ceil(p / 100.0 * terurut.length) - 1)];
    }

    /** Milliseconds of each measured run, sorted, after the warm-up runs. */
    private static double[] waktu(Supplier<?> kerja, int pemanasan, int ulang) {
        for (int i = 0; i < pemanasan; i++) {
            kerja.get();
        }
        double[] ms = new double[ulang];
        for (int i = 0; i < ulang; i++) {
            long t = System.nanoTime();
            kerja.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] terurut) {
        int n = terurut.length;
        return n % 2 == 1 ? terurut[n / 2] : (terurut[n / 2 - 1] + terurut[n / 2]) / 2;
    }

    private long hitung(String tabel) {
        return jdbc.queryForObject("select count(*) from " + tabel, Long.class);
    }

    /**
     * Copies Meral's units, jabatan, sasaran, indicators, komponen and cascade to {@code jumlah} new kecamatan with
     * set-based SQL (the importer would take hours for thousands). The first 13 share Meral's kabupaten.
     */
    private void klonInstansi(long meral, int jumlah) {
        // straight SQL on purpose: bulk synthetic data, thousands of kecamatan in seconds
        jdbc.update(
                "insert into instansi (kode, nama, kabupaten, provinsi, version) select concat('BENCH-', seq),"
                        + " concat('Kecamatan Uji ', seq), if(seq < ?, 'Kabupaten Karimun', concat('Kabupaten Uji ', seq div 14)),"
                        + " 'Provinsi Uji', 0 from seq_1_to_" + jumlah,
                KABUPATEN);
        String baru = " join instansi n on n.kode like 'BENCH-%'";
        jdbc.update(
                "insert into unit_kerja (instansi_id, urutan, kode, nama, version) select n.id, u.urutan, u.kode, u.nama, 0"
                        + " from unit_kerja u" + baru + " where u.instansi_id = ?",
                meral);
        jdbc.update(
                "insert into jabatan (instansi_id, unit_kerja_id, urutan, kode, nama, peran, version)"
                        + " select n.id, uk.id, j.urutan, j.kode, j.nama, j.peran, 0 from jabatan j" + baru
                        + " left join unit_kerja u on u.id = j.unit_kerja_id"
                        + " left join unit_kerja uk on uk.instansi_id = n.id and uk.kode = u.kode where j.instansi_id = ?",
                meral);
        jdbc.update(
                "insert into sasaran (instansi_id, urutan, kode, teks, version) select n.id, s.urutan, s.kode, s.teks, 0"
                        + " from sasaran s" + baru + " where s.instansi_id = ?",
                meral);
        jdbc.update(
                "insert into indikator (instansi_id, pemilik_id, sasaran_id, urutan, kode, satuan, nama, rumus, agregasi,"
                        + " jenis, jenis_formula, polaritas, bobot, version) select n.id, jb.id, sb.id, i.urutan, i.kode, i.satuan, i.nama,"
                        + " i.rumus, i.agregasi, i.jenis, i.jenis_formula, i.polaritas, i.bobot, 0 from indikator i"
                        + baru
                        + " join jabatan j on j.id = i.pemilik_id join jabatan jb on jb.instansi_id = n.id and jb.kode = j.kode"
                        + " join sasaran s on s.id = i.sasaran_id join sasaran sb on sb.instansi_id = n.id and sb.kode = s.kode"
                        + " where i.instansi_id = ?",
                meral);
        jdbc.update(
                "insert into komponen (indikator_id, urutan, kode, satuan, nama, peran, version)"
                        + " select ib.id, k.urutan, k.kode, k.satuan, k.nama, k.peran, 0 from komponen k"
                        + " join indikator i on i.id = k.indikator_id" + baru
                        + " join indikator ib on ib.instansi_id = n.id and ib.kode = i.kode where i.instansi_id = ?",
                meral);
        jdbc.update(
                "insert into cascade_indikator (iki_id, iku_id, bobot, version) select kb.id, ub.id, c.bobot, 0"
                        + " from cascade_indikator c join indikator ki on ki.id = c.iki_id join indikator ui on ui.id = c.iku_id"
                        + baru
                        + " join indikator kb on kb.instansi_id = n.id and kb.kode = ki.kode"
                        + " join indikator ub on ub.instansi_id = n.id and ub.kode = ui.kode where ki.instansi_id = ?",
                meral);
    }

    /**
     * A yearly target per indicator and year, and realisasi for every quarter of 5 years: 9 in 10 approved, the
     * rest submitted (so the rollup must leave them out). Values are pseudo-random but fixed (seeded by ids).
     */
    private void isiTargetDanRealisasi() {
        // straight SQL on purpose: millions of synthetic rows, set-based, as a benchmark needs them
        jdbc.update(
                "insert into target (indikator_id, nilai, revisi, tahun, triwulan, dibuat_pada, dibuat_oleh, version)"
                        + " select i.id, 80, 0, t.seq, null, now(6), 'benchmark', 0 from indikator i"
                        + " join seq_" + TAHUN_AWAL + "_to_" + TAHUN + " t where not exists (select 1 from target x"
                        + " where x.indikator_id = i.id and x.tahun = t.seq and x.triwulan is null)");
        jdbc.update("insert into realisasi (indikator_id, tahun, triwulan, status, version) select i.id, t.seq, q.seq,"
                + " if((i.id + t.seq + q.seq) mod 10 = 0, 'DIAJUKAN', 'DISETUJUI'), 0 from indikator i"
                + " join seq_" + TAHUN_AWAL + "_to_" + TAHUN + " t join seq_1_to_4 q");
        jdbc.update("insert into nilai_komponen (komponen_id, realisasi_id, nilai, version)"
                + " select k.id, r.id, if(k.peran = 'PENYEBUT', 100, 50 + (r.id * 7 + k.id) mod 50), 0"
                + " from realisasi r join komponen k on k.indikator_id = r.indikator_id");
    }
}
