package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.evaluasi.EvaluasiService.BuktiPortal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the portal already holds that bears on a kriteria, by the {@code sumberData} key the LKE file gives it: a line
 * of counts of the instansi's own rows (of the evaluation's year where a year applies) and the page where they are,
 * shown under the kriteria as evidence from the portal's data. Counts in SQL, as the rollup reads its data
 * ({@code pengukuran.SumberRollup}); "approved" is status DISETUJUI, as everywhere. The PK is made on demand from the
 * plan, so it has no count and its key gives nothing.
 */
@Component
class BuktiOtomatis {

    private final JdbcTemplate jdbc;

    BuktiOtomatis(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BuktiPortal> untuk(long instansiId, int tahun) {
        int iku = hitung("select count(*) from indikator where instansi_id = ? and jenis = 'IKU'", instansiId);
        int iki = hitung("select count(*) from indikator where instansi_id = ? and jenis = 'IKI'", instansiId);
        int semua = iku + iki;
        Map<String, BuktiPortal> bukti = new HashMap<>();
        bukti.put("IKU_DITETAPKAN", bukti("IKU_DITETAPKAN", "iku", iku));
        bukti.put(
                "IKI_DITETAPKAN",
                bukti(
                        "IKI_DITETAPKAN",
                        "iki",
                        iki,
                        hitung(
                                "select count(distinct pemilik_id) from indikator where instansi_id = ? and jenis = 'IKI'",
                                instansiId)));
        bukti.put(
                "TARGET_DITETAPKAN",
                bukti(
                        "TARGET_DITETAPKAN",
                        "target",
                        hitung(
                                "select count(distinct t.indikator_id) from target t join indikator i on i.id = t.indikator_id"
                                        + " where i.instansi_id = ? and t.tahun = ? and t.triwulan is null"
                                        + " and (t.nilai is not null or t.nilai_teks is not null)",
                                instansiId,
                                tahun),
                        semua,
                        tahun));
        bukti.put(
                "CASCADE",
                bukti(
                        "CASCADE",
                        "pohon-kinerja",
                        hitung(
                                "select count(distinct c.iki_id) from cascade_indikator c join indikator i on i.id = c.iki_id"
                                        + " where i.instansi_id = ?",
                                instansiId),
                        iki));
        bukti.put(
                "FORMULA_INDIKATOR",
                bukti(
                        "FORMULA_INDIKATOR",
                        "pengaturan-capaian",
                        hitung(
                                "select count(*) from indikator where instansi_id = ? and penjelasan_formula is not null"
                                        + " and trim(penjelasan_formula) <> ''",
                                instansiId),
                        semua));
        Object[] perTriwulan = new Object[6];
        perTriwulan[0] = tahun;
        for (int tw = 1; tw <= 4; tw++) {
            perTriwulan[tw] = hitung(
                    "select count(distinct r.indikator_id) from realisasi r join indikator i on i.id = r.indikator_id"
                            + " where i.instansi_id = ? and r.tahun = ? and r.triwulan = ? and r.status = 'DISETUJUI'",
                    instansiId,
                    tahun,
                    tw);
        }
        perTriwulan[5] = semua;
        bukti.put(
                "REALISASI_TRIWULANAN",
                new BuktiPortal("evaluasi.bukti.REALISASI_TRIWULANAN", List.of(perTriwulan), "dasbor"));
        bukti.put(
                "RENCANA_AKSI",
                bukti(
                        "RENCANA_AKSI",
                        "seksi",
                        hitung(
                                "select count(distinct a.indikator_id) from rencana_aksi a join indikator i"
                                        + " on i.id = a.indikator_id where i.instansi_id = ? and a.tahun = ?"
                                        + " and a.status = 'DISETUJUI'",
                                instansiId,
                                tahun),
                        semua,
                        tahun));
        bukti.put(
                "ANGGARAN",
                bukti(
                        "ANGGARAN",
                        "anggaran",
                        hitung(
                                "select count(*) from mata_anggaran where instansi_id = ? and tahun = ?"
                                        + " and tingkat = 'PROGRAM'",
                                instansiId,
                                tahun),
                        hitung(
                                "select count(*) from mata_anggaran where instansi_id = ? and tahun = ?"
                                        + " and tingkat = 'SUB_KEGIATAN'",
                                instansiId,
                                tahun),
                        tahun));
        bukti.put(
                "LKJIP",
                bukti(
                        "LKJIP",
                        "lkjip",
                        hitung(
                                "select count(distinct kunci) from teks_lkjip where instansi_id = ? and tahun = ?",
                                instansiId,
                                tahun),
                        tahun));
        bukti.put(
                "DOKUMEN_TERBIT",
                bukti(
                        "DOKUMEN_TERBIT",
                        "laporan",
                        hitung(
                                "select count(*) from dokumen_terbit where instansi_id = ? and jenis = 'LKJIP'"
                                        + " and ditarik_pada is null",
                                instansiId)));
        return bukti;
    }

    private static BuktiPortal bukti(String kunci, String tautan, Object... argumen) {
        return new BuktiPortal("evaluasi.bukti." + kunci, List.of(argumen), tautan);
    }

    private int hitung(String sql, Object... argumen) {
        Integer jumlah = jdbc.queryForObject(sql, Integer.class, argumen);
        return jumlah == null ? 0 : jumlah;
    }
}
