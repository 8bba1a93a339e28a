package id.kecamatan.kinerja.pengukuran;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes targets and realisasi straight into the tables, for rollup datasets in years or states the services
 * would not let a test enter (an approved row of a year that has not started, a draft past its deadline).
 */
public final class TulisLangsung {

    private TulisLangsung() {}

    /** A yearly target, revision 0. */
    public static void target(JdbcTemplate jdbc, long indikatorId, int tahun, String nilai) {
        jdbc.update(
                "insert into target (indikator_id, nilai, revisi, tahun, triwulan, dibuat_pada, dibuat_oleh, version)"
                        + " values (?, ?, 0, ?, null, now(6), 'uji', 0)",
                indikatorId,
                new BigDecimal(nilai),
                tahun);
    }

    /** A realisasi in the given status with its komponen values (by komponen kode); returns its id. */
    public static long realisasi(
            JdbcTemplate jdbc, long indikatorId, int tahun, int triwulan, String status, Map<String, String> nilai) {
        jdbc.update(
                "insert into realisasi (indikator_id, tahun, triwulan, status, version) values (?, ?, ?, ?, 0)",
                indikatorId,
                tahun,
                triwulan,
                status);
        long id = jdbc.queryForObject(
                "select id from realisasi where indikator_id = ? and tahun = ? and triwulan = ?",
                Long.class,
                indikatorId,
                tahun,
                triwulan);
        nilai.forEach((komponen, angka) -> jdbc.update(
                "insert into nilai_komponen (komponen_id, realisasi_id, nilai, version)"
                        + " select id, ?, ?, 0 from komponen where indikator_id = ? and kode = ?",
                id,
                new BigDecimal(angka),
                indikatorId,
                komponen));
        return id;
    }
}
