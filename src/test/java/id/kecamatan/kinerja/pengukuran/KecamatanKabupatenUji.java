package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.rencana.ImporRencana;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Kecamatan of Kabupaten Karimun for the kabupaten's tests, made once from Meral's plan (committed; their kodes are
 * claimed, so no other test touches them): A reaches its 2020 IKU-AKIP target of 56.86 (capaian 100), B four fifths of
 * it (80) and has a submitted, not approved, IKU-IPP; LAIN is of another kabupaten and must never show.
 */
public final class KecamatanKabupatenUji {

    public static final String A = InstansiUji.milik(KecamatanKabupatenUji.class, "UJI-KAB-A");
    public static final String B = InstansiUji.milik(KecamatanKabupatenUji.class, "UJI-KAB-B");
    public static final String LAIN = InstansiUji.milik(KecamatanKabupatenUji.class, "UJI-KAB-LAIN");
    public static final String NAMA_A = "Kecamatan Uji Kabupaten A";
    public static final String NAMA_B = "Kecamatan Uji Kabupaten B";
    public static final String NAMA_LAIN = "Kecamatan Uji Kabupaten Lain";
    /** The year of Meral's plan file with an IKU-AKIP target (56.86). */
    public static final int TAHUN = 2020;

    public static final Periode SAMPAI = new Periode(TAHUN, Triwulan.IV);

    private KecamatanKabupatenUji() {}

    /** Makes the three kecamatan and their realisasi unless they exist; leaves nobody signed in. */
    public static synchronized void siapkan(ApplicationContext ctx) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        ImporRencana impor = ctx.getBean(ImporRencana.class);
        MasukSebagai.pengguna(ctx.getBean(UserDetailsService.class), "admin");
        try {
            var meral = new DefaultResourceLoader().getResource("classpath:seed/kecamatan-meral.yaml");
            if (impor.imporSalinan(meral, A, NAMA_A, "A") == ImporRencana.Hasil.DIIMPOR) {
                nilaiAkip(ctx, jdbc, A, StatusRealisasi.DISETUJUI, "56.86");
            }
            if (impor.imporSalinan(meral, B, NAMA_B, "B") == ImporRencana.Hasil.DIIMPOR) {
                nilaiAkip(ctx, jdbc, B, StatusRealisasi.DISETUJUI, "45.488");
                RealisasiUji.tulis(
                        ctx,
                        indikator(jdbc, B, "IKU-IPP"),
                        SAMPAI,
                        StatusRealisasi.DIAJUKAN,
                        Map.of("NILAI_IPP", "90"));
            }
            if (impor.imporSalinan(meral, LAIN, NAMA_LAIN, "Lain") == ImporRencana.Hasil.DIIMPOR) {
                jdbc.update("update instansi set kabupaten = 'Kabupaten Lain' where kode = ?", LAIN);
                nilaiAkip(ctx, jdbc, LAIN, StatusRealisasi.DISETUJUI, "56.86");
            }
        } finally {
            MasukSebagai.keluar();
        }
    }

    private static void nilaiAkip(
            ApplicationContext ctx, JdbcTemplate jdbc, String kode, StatusRealisasi status, String nilai) {
        RealisasiUji.tulis(ctx, indikator(jdbc, kode, "IKU-AKIP"), SAMPAI, status, Map.of("NILAI_AKIP", nilai));
    }

    public static long indikator(JdbcTemplate jdbc, String instansi, String kode) {
        return jdbc.queryForObject(
                "select i.id from indikator i join instansi s on s.id = i.instansi_id where s.kode = ? and i.kode = ?",
                Long.class,
                instansi,
                kode);
    }
}
