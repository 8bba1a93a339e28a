package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.PerubahanCapaian;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.pengukuran.DataRollup.CapaianTersimpan;
import id.kecamatan.kinerja.pengukuran.DataRollup.IndikatorRollup;
import id.kecamatan.kinerja.realisasi.PerubahanStatus;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps table agregat_capaian equal to what {@link Rollup} computes from the raw rows, in the transaction of every
 * change to those inputs: a writer marks what it changed ({@link #tandai}, {@link #tandaiIndikator},
 * {@link #tandaiInstansi}) and, just before that transaction commits, the marked indicators' aggregates are computed
 * again from their raw rows by the rollup's own code ({@link Rollup#agregat}), once per indicator and year however
 * many rows changed. Nothing is summed or adjusted in place, so the aggregates are exact by construction and a writer
 * forgotten here is what {@link PemeriksaAgregat} finds.
 */
@Component
public class PemeliharaAgregat implements PerubahanCapaian {

    /** Indicators recomputed per statement when a whole instansi or more is built. */
    private static final int PER_KELOMPOK = 2000;

    /** Rows per insert statement. */
    private static final int PER_INSERT = 500;

    private final SumberRollup sumber;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    /** Off only in RollupBenchmark, to time an approval without the upkeep; the aggregates are then rebuilt. */
    private volatile boolean aktif = true;

    PemeliharaAgregat(SumberRollup sumber, JdbcTemplate jdbc, EntityManager entityManager) {
        this.sumber = sumber;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** What one transaction changed: indicator and year, every year of an indicator, every indicator of an instansi. */
    private static final class Tanda implements TransactionSynchronization {
        final Map<Integer, Set<Long>> perTahun = new TreeMap<>();
        final Set<Long> indikator = new TreeSet<>();
        final Set<Long> instansi = new TreeSet<>();
        private final PemeliharaAgregat pemelihara;

        Tanda(PemeliharaAgregat pemelihara) {
            this.pemelihara = pemelihara;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            pemelihara.perbarui(this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(pemelihara);
        }
    }

    /** An approval, or the reopening of an approved realisasi: its indicator's year (events of RealisasiService). */
    @EventListener
    void statusBerubah(PerubahanStatus perubahan) {
        if (perubahan.objek() == PerubahanStatus.Objek.REALISASI
                && (perubahan.dari() == StatusRealisasi.DISETUJUI || perubahan.ke() == StatusRealisasi.DISETUJUI)) {
            tandai(perubahan.indikatorId(), perubahan.tahun());
        }
    }

    @Override
    public void tandai(long indikatorId, int tahun) {
        tanda().perTahun.computeIfAbsent(tahun, t -> new TreeSet<>()).add(indikatorId);
    }

    @Override
    public void tandaiIndikator(long indikatorId) {
        tanda().indikator.add(indikatorId);
    }

    @Override
    public void tandaiInstansi(long instansiId) {
        tanda().instansi.add(instansiId);
    }

    /**
     * The upkeep of what this transaction marked so far, now rather than at its commit: for a reader in the same
     * transaction, such as a test that rolls back.
     */
    void perbaruiSekarang() {
        Tanda tanda = (Tanda) TransactionSynchronizationManager.getResource(this);
        if (tanda != null) {
            perbarui(tanda);
            tanda.perTahun.clear();
            tanda.indikator.clear();
            tanda.instansi.clear();
        }
    }

    void aktifkan(boolean aktif) {
        this.aktif = aktif;
    }

    private Tanda tanda() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // a change outside a transaction could not keep its aggregates in the same commit
            throw new IllegalStateException("Perubahan data capaian di luar transaksi");
        }
        Tanda tanda = (Tanda) TransactionSynchronizationManager.getResource(this);
        if (tanda == null) {
            tanda = new Tanda(this);
            TransactionSynchronizationManager.bindResource(this, tanda);
            TransactionSynchronizationManager.registerSynchronization(tanda);
        }
        return tanda;
    }

    private void perbarui(Tanda tanda) {
        if (!aktif) {
            return;
        }
        // the changes made through entities must be in the database before the raw rows are read back
        entityManager.flush();
        Set<Long> selesai = new HashSet<>();
        selesai.addAll(bangunInstansi(tanda.instansi));
        List<Long> semuaTahun =
                tanda.indikator.stream().filter(id -> !selesai.contains(id)).toList();
        perbaruiSemuaTahun(semuaTahun);
        selesai.addAll(semuaTahun);
        tanda.perTahun.forEach((tahun, ids) -> {
            List<Long> sisa = ids.stream().filter(id -> !selesai.contains(id)).toList();
            if (!sisa.isEmpty()) {
                perbarui(sisa, tahun, tahun);
            }
        });
    }

    /**
     * Builds every aggregate of some instansi from their raw rows and records that they have them (table
     * agregat_instansi), in the caller's transaction.
     *
     * @return their indicators
     */
    List<Long> bangunInstansi(Collection<Long> instansiIds) {
        if (instansiIds.isEmpty()) {
            return List.of();
        }
        String daftar = daftar(instansiIds);
        // one builder of an instansi at a time: a second waits, then builds it again by the same rule
        jdbc.query("select id from instansi where id in (" + daftar + ") order by id for update", rs -> {});
        List<Long> ids = jdbc.query(
                "select id from indikator where instansi_id in (" + daftar + ") order by id", (rs, n) -> rs.getLong(1));
        for (int i = 0; i < ids.size(); i += PER_KELOMPOK) {
            perbaruiSemuaTahun(ids.subList(i, Math.min(ids.size(), i + PER_KELOMPOK)));
        }
        jdbc.update("insert ignore into agregat_instansi (instansi_id) select id from instansi where id in (" + daftar
                + ")");
        return ids;
    }

    /** Every year in which the indicators have a target, an approved realisasi or an aggregate. */
    private void perbaruiSemuaTahun(Collection<Long> indikatorIds) {
        if (indikatorIds.isEmpty()) {
            return;
        }
        String daftar = daftar(indikatorIds);
        // min and max of no row are null: nothing to build
        List<int[]> rentang = jdbc.query(
                "select min(tahun), max(tahun) from (select tahun from target where indikator_id in (" + daftar + ")"
                        + " union all select tahun from realisasi where status = 'DISETUJUI' and indikator_id in ("
                        + daftar + ") union all select tahun from agregat_capaian where indikator_id in (" + daftar
                        + ")) t having count(*) > 0",
                (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)});
        for (int[] tahun : rentang) {
            perbarui(indikatorIds, tahun[0], tahun[1]);
        }
    }

    /** Replaces the aggregates of the indicators in the years by those computed from the raw rows. */
    private void perbarui(Collection<Long> indikatorIds, int dariTahun, int sampaiTahun) {
        DataRollup data = sumber.muatUntukAgregat(indikatorIds, dariTahun, sampaiTahun);
        jdbc.update(
                "delete from agregat_capaian where indikator_id in (" + daftar(indikatorIds)
                        + ") and tahun between ? and ?",
                dariTahun,
                sampaiTahun);
        List<@Nullable Object[]> baris = new ArrayList<>();
        for (List<IndikatorRollup> daftar : data.indikator().values()) {
            for (IndikatorRollup i : daftar) {
                for (int tahun = dariTahun; tahun <= sampaiTahun; tahun++) {
                    for (Map.Entry<Triwulan, CapaianTersimpan> e :
                            Rollup.agregat(data, i, tahun).entrySet()) {
                        baris.add(kolom(tahun, e.getKey(), i.id(), e.getValue()));
                    }
                }
            }
        }
        simpan(baris);
    }

    private void simpan(List<@Nullable Object[]> baris) {
        for (int i = 0; i < baris.size(); i += PER_INSERT) {
            List<@Nullable Object[]> bagian = baris.subList(i, Math.min(baris.size(), i + PER_INSERT));
            String nilai = bagian.stream().map(b -> "(?,?,?,?,?,?,?,?,?,?,?)").collect(Collectors.joining(","));
            jdbc.update(
                    "insert into agregat_capaian (tahun, triwulan, indikator_id, target, jenis_realisasi, realisasi,"
                            + " alasan_realisasi, jenis_capaian, capaian, alasan_capaian, triwulan_disetujui) values "
                            + nilai,
                    bagian.stream().flatMap(Arrays::stream).toArray());
        }
    }

    private static @Nullable Object[] kolom(int tahun, Triwulan triwulan, long indikatorId, CapaianTersimpan c) {
        @Nullable Object[] baris = new Object[11];
        baris[0] = tahun;
        baris[1] = triwulan.nomor();
        baris[2] = indikatorId;
        baris[3] = c.target();
        isi(baris, 4, c.realisasi());
        isi(baris, 7, c.capaian());
        baris[10] = c.triwulanDisetujui();
        return baris;
    }

    /** The kind, the number and the reason of a Hasil, as SumberRollup.capaianTersimpan reads them back. */
    private static void isi(@Nullable Object[] baris, int kolom, Hasil hasil) {
        switch (hasil) {
            case Hasil.Nilai(BigDecimal nilai) -> {
                baris[kolom] = "NILAI";
                baris[kolom + 1] = nilai;
            }
            case Hasil.BelumDiisi() -> baris[kolom] = "BELUM_DIISI";
            case Hasil.TidakDapatDihitung(String alasan) -> {
                baris[kolom] = "TIDAK_DAPAT_DIHITUNG";
                baris[kolom + 2] = alasan;
            }
        }
    }

    private static String daftar(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
