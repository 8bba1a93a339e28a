package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.DefinisiKomponen;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.IsianTriwulan;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.pengukuran.DataRollup.CapaianTersimpan;
import id.kecamatan.kinerja.pengukuran.DataRollup.IndikatorRollup;
import id.kecamatan.kinerja.pengukuran.DataRollup.PitaData;
import id.kecamatan.kinerja.pengukuran.DataRollup.TargetPeriode;
import id.kecamatan.kinerja.pengukuran.DataRollup.TautanCascade;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the rollup's input with plain SQL, streaming rows into {@link DataRollup}: the rollup runs over every
 * kecamatan of a kabupaten or of the country, where loading entities would cost more than the arithmetic.
 * Only APPROVED realisasi are read. Values are read per quarter, because the aggregation of quarters is a
 * rule of package capaian and is not repeated in SQL. {@link #muatTersimpan} reads the maintained aggregates instead
 * (one row per indicator), for the rollup of many kecamatan.
 */
@Repository
public class SumberRollup {

    private final JdbcTemplate jdbc;

    public SumberRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param instansiIds the instansi to read
     * @param dariTahun   first year of targets and values
     * @param sampaiTahun last year of targets and values
     */
    public DataRollup muat(Collection<Long> instansiIds, int dariTahun, int sampaiTahun) {
        String daftar = daftarId(instansiIds);
        return muat(
                " and i.instansi_id in (" + daftar + ")",
                " where instansi_id in (" + daftar + ")",
                dariTahun,
                sampaiTahun,
                "");
    }

    /** Every instansi the portal holds, from {@code dariTahun} to {@code sampaiTahun}. */
    public DataRollup muatSemua(int dariTahun, int sampaiTahun) {
        return muat("", "", dariTahun, sampaiTahun, "");
    }

    /**
     * Some indicators for the upkeep of their aggregates, with locking reads: they see the rows committed by
     * others up to now, not the snapshot of the transaction's first read, and hold them until it ends, so two
     * transactions changing one indicator's inputs at once never store figures that miss the other's change.
     */
    DataRollup muatUntukAgregat(Collection<Long> indikatorIds, int dariTahun, int sampaiTahun) {
        String daftar = daftarId(indikatorIds);
        return muat(
                " and i.id in (" + daftar + ")",
                " where instansi_id in (select instansi_id from indikator where id in (" + daftar + "))",
                dariTahun,
                sampaiTahun,
                " lock in share mode");
    }

    /**
     * The rollup's input for one period read from the maintained aggregates (table agregat_capaian) instead of the
     * raw rows: the indicators, the cascade, the settings and the capaian of each indicator up to {@code sampai}.
     *
     * @param instansiIds the instansi to read; null: every instansi
     */
    public DataRollup muatTersimpan(@Nullable Collection<Long> instansiIds, Periode sampai) {
        String filter = "";
        String filterInstansi = "";
        if (instansiIds != null) {
            String daftar = daftarId(instansiIds);
            filter = " and i.instansi_id in (" + daftar + ")";
            filterInstansi = " where instansi_id in (" + daftar + ")";
        }
        // each indicator with its aggregate in one pass, one row per indicator; put in plan order here rather than
        // by the server, whose sort of rows with text columns would go through a temporary table
        Map<Long, List<IndikatorBerurutan>> perInstansi = new HashMap<>();
        Map<Long, CapaianTersimpan> capaian = new HashMap<>();
        jdbc.query(
                KOLOM_INDIKATOR
                        + ", a.target, a.jenis_realisasi, a.realisasi, a.alasan_realisasi, a.jenis_capaian, a.capaian,"
                        + " a.alasan_capaian, a.triwulan_disetujui, j.urutan, i.urutan" + DARI_INDIKATOR
                        + " left join agregat_capaian a on a.tahun = ? and a.triwulan = ? and a.indikator_id = i.id"
                        + " where 1 = 1" + filter,
                rs -> {
                    IndikatorRollup baris = indikatorRollup(rs);
                    perInstansi
                            .computeIfAbsent(baris.instansiId(), k -> new ArrayList<>())
                            .add(new IndikatorBerurutan(baris, rs.getInt(18), rs.getInt(19)));
                    // the kind is never null in a row: null is no row (neither target nor data)
                    if (rs.getString(11) != null) {
                        capaian.put(baris.id(), capaianTersimpan(rs, 10));
                    }
                },
                sampai.tahun(),
                sampai.triwulan().nomor());
        Map<Long, List<IndikatorRollup>> indikator = new LinkedHashMap<>();
        perInstansi.keySet().stream()
                .sorted()
                .forEach(instansiId -> indikator.put(
                        instansiId,
                        Objects.requireNonNull(perInstansi.get(instansiId)).stream()
                                .sorted(IndikatorBerurutan.URUTAN)
                                .map(IndikatorBerurutan::indikator)
                                .toList()));
        return new DataRollup(
                indikator,
                cascade(filter, ""),
                Map.of(),
                Map.of(),
                batasAtas(filterInstansi),
                predikat(filterInstansi),
                konvensi(filter, ""),
                Map.of(),
                new DataRollup.Tersimpan(sampai, capaian));
    }

    /** The aggregate read from the columns starting at {@code kolom} (target, realisasi, capaian, quarters). */
    static CapaianTersimpan capaianTersimpan(ResultSet rs, int kolom) throws SQLException {
        BigDecimal target = rs.getBigDecimal(kolom);
        Hasil realisasi = hasil(rs.getString(kolom + 1), rs.getBigDecimal(kolom + 2), rs.getString(kolom + 3));
        Hasil capaian = hasil(rs.getString(kolom + 4), rs.getBigDecimal(kolom + 5), rs.getString(kolom + 6));
        return new CapaianTersimpan(target, realisasi, capaian, rs.getInt(kolom + 7));
    }

    private static Hasil hasil(String jenis, @Nullable BigDecimal nilai, @Nullable String alasan) {
        // the columns are written by AgregatCapaian.simpan from a Hasil, so each kind has its own value
        return switch (jenis) {
            case "NILAI" -> new Hasil.Nilai(Objects.requireNonNull(nilai));
            case "BELUM_DIISI" -> new Hasil.BelumDiisi();
            default -> new Hasil.TidakDapatDihitung(Objects.requireNonNull(alasan));
        };
    }

    /**
     * {@code filter}: the condition on {@code i.instansi_id} (or {@code i.id}) added to every query through table
     * indikator {@code i}; {@code filterInstansi}: the clause choosing the rows of the per-instansi settings tables;
     * {@code kunci}: appended to the queries of the capaian's inputs (a locking read, or nothing).
     */
    private DataRollup muat(String filter, String filterInstansi, int dariTahun, int sampaiTahun, String kunci) {
        Map<Long, Map<Long, String>> kodeKomponen = new HashMap<>();
        Map<Long, List<DefinisiKomponen>> komponen = new HashMap<>();
        jdbc.query(
                "select k.indikator_id, k.id, k.kode, k.peran from komponen k join indikator i on i.id = k.indikator_id"
                        + " where 1 = 1" + filter + " order by k.indikator_id, k.urutan" + kunci,
                rs -> {
                    long indikatorId = rs.getLong(1);
                    String kode = rs.getString(3);
                    kodeKomponen
                            .computeIfAbsent(indikatorId, id -> new HashMap<>())
                            .put(rs.getLong(2), kode);
                    komponen.computeIfAbsent(indikatorId, id -> new ArrayList<>())
                            .add(new DefinisiKomponen(kode, PeranKomponen.valueOf(rs.getString(4))));
                });

        Map<Long, DefinisiIndikator> definisi = new HashMap<>();
        jdbc.query(
                "select i.id, i.jenis_formula, i.agregasi, i.polaritas, i.rumus from indikator i where 1 = 1" + filter
                        + kunci,
                rs -> {
                    long id = rs.getLong(1);
                    definisi.put(
                            id,
                            new DefinisiIndikator(
                                    JenisFormula.valueOf(rs.getString(2)),
                                    Agregasi.valueOf(rs.getString(3)),
                                    Polaritas.valueOf(rs.getString(4)),
                                    komponen.getOrDefault(id, List.of()),
                                    rs.getString(5)));
                });
        Map<Long, List<IndikatorRollup>> indikator = indikator(filter, kunci);

        Map<Long, Map<Integer, TargetPeriode>> target = new HashMap<>();
        // oldest revision first, so the last one read is the one in force
        jdbc.query(
                "select t.indikator_id, t.tahun, t.triwulan, t.nilai from target t join indikator i on i.id = t.indikator_id"
                        + " where t.tahun between ? and ?" + filter + " order by t.revisi" + kunci,
                rs -> {
                    TargetPeriode periode = target.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new TargetPeriode(null, new EnumMap<>(Triwulan.class)));
                    int triwulan = rs.getInt(3);
                    boolean tahunan = rs.wasNull();
                    BigDecimal nilai = rs.getBigDecimal(4);
                    if (tahunan) {
                        target.get(rs.getLong(1)).put(rs.getInt(2), new TargetPeriode(nilai, periode.triwulan()));
                    } else {
                        periode.triwulan().put(Triwulan.dari(triwulan), nilai);
                    }
                },
                dariTahun,
                sampaiTahun);

        Map<Long, Map<Integer, List<IsianTriwulan>>> isian = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> perRealisasi = new LinkedHashMap<>();
        Map<Long, long[]> kunciRealisasi = new HashMap<>();
        jdbc.query(
                "select r.id, r.indikator_id, r.tahun, r.triwulan, nk.komponen_id, nk.nilai from realisasi r"
                        + " join nilai_komponen nk on nk.realisasi_id = r.id join indikator i on i.id = r.indikator_id"
                        + " where r.status = 'DISETUJUI' and r.tahun between ? and ?" + filter + kunci,
                rs -> {
                    long realisasiId = rs.getLong(1);
                    long indikatorId = rs.getLong(2);
                    Map<String, BigDecimal> nilai = perRealisasi.get(realisasiId);
                    if (nilai == null) {
                        nilai = new HashMap<>(4);
                        perRealisasi.put(realisasiId, nilai);
                        kunciRealisasi.put(realisasiId, new long[] {indikatorId, rs.getInt(3), rs.getInt(4)});
                    }
                    String kode =
                            kodeKomponen.getOrDefault(indikatorId, Map.of()).get(rs.getLong(5));
                    if (kode != null) {
                        nilai.put(kode, rs.getBigDecimal(6));
                    }
                },
                dariTahun,
                sampaiTahun);
        perRealisasi.forEach((realisasiId, nilai) -> {
            // put beside the first value of the realisasi
            long[] k = Objects.requireNonNull(kunciRealisasi.get(realisasiId));
            isian.computeIfAbsent(k[0], id -> new HashMap<>())
                    .computeIfAbsent((int) k[1], t -> new ArrayList<>(4))
                    .add(new IsianTriwulan(Triwulan.dari((int) k[2]), nilai));
        });

        return new DataRollup(
                indikator,
                cascade(filter, kunci),
                target,
                isian,
                batasAtas(filterInstansi),
                predikat(filterInstansi),
                konvensi(filter, kunci),
                definisi,
                null);
    }

    /** An indicator with what orders it in the plan, as {@link #URUTAN_INDIKATOR} orders it. */
    private record IndikatorBerurutan(IndikatorRollup indikator, int urutanJabatan, int urutan) {
        static final Comparator<IndikatorBerurutan> URUTAN =
                Comparator.comparingInt(IndikatorBerurutan::urutanJabatan).thenComparingInt(IndikatorBerurutan::urutan);
    }

    private static final String KOLOM_INDIKATOR =
            "select i.id, i.instansi_id, i.kode, i.jenis, i.polaritas, i.bobot, i.pemilik_id, j.unit_kerja_id, i.sasaran_id";
    private static final String DARI_INDIKATOR = " from indikator i join jabatan j on j.id = i.pemilik_id";
    private static final String URUTAN_INDIKATOR = " order by i.instansi_id, j.urutan, i.urutan";

    private Map<Long, List<IndikatorRollup>> indikator(String filter, String kunci) {
        Map<Long, List<IndikatorRollup>> indikator = new LinkedHashMap<>();
        jdbc.query(KOLOM_INDIKATOR + DARI_INDIKATOR + " where 1 = 1" + filter + URUTAN_INDIKATOR + kunci, rs -> {
            IndikatorRollup baris = indikatorRollup(rs);
            indikator
                    .computeIfAbsent(baris.instansiId(), k -> new ArrayList<>())
                    .add(baris);
        });
        return indikator;
    }

    /** The columns of {@link #KOLOM_INDIKATOR}. */
    private static IndikatorRollup indikatorRollup(ResultSet rs) throws SQLException {
        long unit = rs.getLong(8);
        // read right after the column: a jabatan outside every unit has none
        Long unitKerjaId = rs.wasNull() ? null : unit;
        return new IndikatorRollup(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                JenisIndikator.valueOf(rs.getString(4)),
                Polaritas.valueOf(rs.getString(5)),
                rs.getBigDecimal(6),
                rs.getLong(7),
                unitKerjaId,
                rs.getLong(9));
    }

    private Map<Long, List<TautanCascade>> cascade(String filter, String kunci) {
        Map<Long, List<TautanCascade>> cascade = new HashMap<>();
        jdbc.query(
                "select c.iku_id, c.iki_id, c.bobot from cascade_indikator c"
                        + (filter.isEmpty() ? "" : " join indikator i on i.id = c.iku_id where 1 = 1" + filter) + kunci,
                rs -> {
                    cascade.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new TautanCascade(rs.getLong(2), rs.getBigDecimal(3)));
                });
        return cascade;
    }

    private Map<Long, BigDecimal> batasAtas(String filterInstansi) {
        Map<Long, BigDecimal> batasAtas = new HashMap<>();
        jdbc.query("select instansi_id, batas_atas from aturan_skor" + filterInstansi, rs -> {
            batasAtas.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        return batasAtas;
    }

    private Map<Long, Map<JenisPredikat, List<PitaData>>> predikat(String filterInstansi) {
        Map<Long, Map<JenisPredikat, List<PitaData>>> predikat = new HashMap<>();
        jdbc.query("select instansi_id, jenis, batas, nama from pita_predikat" + filterInstansi, rs -> {
            predikat.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(JenisPredikat.class))
                    .computeIfAbsent(JenisPredikat.valueOf(rs.getString(2)), k -> new ArrayList<>())
                    .add(new PitaData(rs.getBigDecimal(3), rs.getString(4)));
        });
        return predikat;
    }

    private Map<Long, KonvensiNegatif> konvensi(String filter, String kunci) {
        Map<Long, KonvensiNegatif> konvensi = new HashMap<>();
        // an instansi without indicators is never rolled up, so every instansi may be read when all are
        jdbc.query(
                "select ins.id, ins.konvensi_negatif from instansi ins"
                        + (filter.isEmpty()
                                ? ""
                                : " where exists (select 1 from indikator i where i.instansi_id = ins.id" + filter
                                        + ")")
                        + kunci,
                rs -> {
                    konvensi.put(rs.getLong(1), KonvensiNegatif.valueOf(rs.getString(2)));
                });
        return konvensi;
    }

    /** What the dashboard shows of an indicator beside its figures. */
    public record LabelIndikator(
            String kode,
            String nama,
            String satuan,
            String sasaran,
            long jabatanId,
            String jabatan,
            @Nullable Long unitKerjaId,
            @Nullable String unitKerja) {}

    /** Names of one instansi's indicators, their owners and units, by indicator id in plan order. */
    public Map<Long, LabelIndikator> label(long instansiId) {
        Map<Long, LabelIndikator> label = new LinkedHashMap<>();
        jdbc.query(
                "select i.id, i.kode, i.nama, i.satuan, s.teks, j.id, j.nama, u.id, u.nama from indikator i"
                        + " join sasaran s on s.id = i.sasaran_id join jabatan j on j.id = i.pemilik_id"
                        + " left join unit_kerja u on u.id = j.unit_kerja_id where i.instansi_id = ?"
                        + " order by j.urutan, i.urutan",
                rs -> {
                    long unit = rs.getLong(8);
                    label.put(
                            rs.getLong(1),
                            new LabelIndikator(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getLong(6),
                                    rs.getString(7),
                                    rs.wasNull() ? null : unit,
                                    rs.getString(9)));
                },
                instansiId);
        return label;
    }

    /** The status of every saved realisasi of one instansi and year, per indicator id and triwulan (none: not saved). */
    public Map<Long, Map<Triwulan, StatusRealisasi>> status(long instansiId, int tahun) {
        Map<Long, Map<Triwulan, StatusRealisasi>> status = new HashMap<>();
        jdbc.query(
                "select r.indikator_id, r.triwulan, r.status from realisasi r join indikator i on i.id = r.indikator_id"
                        + " where i.instansi_id = ? and r.tahun = ?",
                rs -> {
                    status.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Triwulan.class))
                            .put(Triwulan.dari(rs.getInt(2)), StatusRealisasi.valueOf(rs.getString(3)));
                },
                instansiId,
                tahun);
        return status;
    }

    /** Whether any realisasi or target of the instansi in the years is sample data (demo/DataContoh). */
    public boolean adaDataContoh(long instansiId, int dariTahun, int sampaiTahun) {
        // exists(…) or exists(…) is never NULL
        return Objects.requireNonNull(jdbc.queryForObject(
                "select exists(select 1 from realisasi r join indikator i on i.id = r.indikator_id"
                        + " where i.instansi_id = ? and r.tahun between ? and ? and r.data_contoh)"
                        + " or exists(select 1 from target t join indikator i on i.id = t.indikator_id"
                        + " where i.instansi_id = ? and t.tahun between ? and ? and t.data_contoh)",
                Boolean.class,
                instansiId,
                dariTahun,
                sampaiTahun,
                instansiId,
                dariTahun,
                sampaiTahun));
    }

    /** Ids are numbers from the caller's own query, never user text; joined so one statement serves any count. */
    private static String daftarId(Collection<Long> ids) {
        return ids.isEmpty() ? "null" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
