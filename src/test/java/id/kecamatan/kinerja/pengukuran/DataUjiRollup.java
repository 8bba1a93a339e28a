package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.rencana.RencanaContoh;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fixed dataset for the rollup: Kecamatan Contoh's plan under its own kode, with targets and realisasi written
 * through the repositories (RealisasiUji: approved rows of a kecamatan that has no accounts to submit and approve
 * with).
 * <p>
 * Year 2024 — IKU-IPP (NILAI, TERAKHIR, target 3,5): approved Q1 3,2 and Q2 3,6; a draft 4,0 in Q3.
 * IKI-KASI-PELAYANAN-1 (RASIO, KUMULATIF, bobot 1, target 90): approved Q1 45/50 and Q2 40/50.
 * IKI-SEKCAM-1 (JUMLAH, KUMULATIF, bobot 2, target 100): approved Q1 70 and Q2 60; submitted Q3 10.
 * Year 2025 — IKU-IPP (target 3,75) no realisasi; IKI-KASI-PELAYANAN-1 (target 75) approved Q1 30/40;
 * IKI-SEKCAM-1 nothing.
 */
final class DataUjiRollup {

    private final ApplicationContext ctx;
    private final JdbcTemplate jdbc;
    final long instansiId;

    private DataUjiRollup(ApplicationContext ctx, long instansiId) {
        this.ctx = ctx;
        this.jdbc = ctx.getBean(JdbcTemplate.class);
        this.instansiId = instansiId;
    }

    /** Imports the plan under {@code kode} and writes the dataset, once per kode. */
    static DataUjiRollup siapkan(ApplicationContext ctx, String kode) {
        RencanaContoh.impor(ctx.getBean(ImporRencana.class), kode);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        long instansiId = jdbc.queryForObject("select id from instansi where kode = ?", Long.class, kode);
        DataUjiRollup data = new DataUjiRollup(ctx, instansiId);
        if (jdbc.queryForObject(
                        "select count(*) from target t join indikator i on i.id = t.indikator_id"
                                + " where i.instansi_id = ? and t.tahun = 2024 and i.jenis = 'IKI'",
                        Long.class,
                        instansiId)
                == 0) {
            data.isi();
        }
        return data;
    }

    private void isi() {
        target("IKI-KASI-PELAYANAN-1", 2024, "90");
        target("IKI-SEKCAM-1", 2024, "100");
        target("IKI-KASI-PELAYANAN-1", 2025, "75");

        realisasi("IKU-IPP", 2024, 1, "DISETUJUI", Map.of("NILAI_IPP", "3.2"));
        realisasi("IKU-IPP", 2024, 2, "DISETUJUI", Map.of("NILAI_IPP", "3.6"));
        realisasi("IKU-IPP", 2024, 3, "DRAF", Map.of("NILAI_IPP", "4.0"));
        realisasi(
                "IKI-KASI-PELAYANAN-1",
                2024,
                1,
                "DISETUJUI",
                Map.of("SELESAI_TEPAT_WAKTU", "45", "JUMLAH_PERMOHONAN", "50"));
        realisasi(
                "IKI-KASI-PELAYANAN-1",
                2024,
                2,
                "DISETUJUI",
                Map.of("SELESAI_TEPAT_WAKTU", "40", "JUMLAH_PERMOHONAN", "50"));
        realisasi("IKI-SEKCAM-1", 2024, 1, "DISETUJUI", Map.of("DOKUMEN_KEPEGAWAIAN", "70"));
        realisasi("IKI-SEKCAM-1", 2024, 2, "DISETUJUI", Map.of("DOKUMEN_KEPEGAWAIAN", "60"));
        realisasi("IKI-SEKCAM-1", 2024, 3, "DIAJUKAN", Map.of("DOKUMEN_KEPEGAWAIAN", "10"));
        realisasi(
                "IKI-KASI-PELAYANAN-1",
                2025,
                1,
                "DISETUJUI",
                Map.of("SELESAI_TEPAT_WAKTU", "30", "JUMLAH_PERMOHONAN", "40"));
    }

    long indikator(String kode) {
        return jdbc.queryForObject(
                "select id from indikator where instansi_id = ? and kode = ?", Long.class, instansiId, kode);
    }

    private void target(String kode, int tahun, String nilai) {
        ctx.getBean(TargetRepository.class)
                .save(new Target(
                        ctx.getBean(IndikatorRepository.class)
                                .findById(indikator(kode))
                                .orElseThrow(),
                        tahun,
                        PeriodeTarget.TAHUNAN,
                        new BigDecimal(nilai),
                        null,
                        0,
                        Instant.now(),
                        "uji"));
    }

    private void realisasi(String kode, int tahun, int triwulan, String status, Map<String, String> nilai) {
        RealisasiUji.tulis(
                ctx,
                indikator(kode),
                new Periode(tahun, Triwulan.dari(triwulan)),
                StatusRealisasi.valueOf(status),
                nilai);
    }
}
