package id.kecamatan.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.JumlahBaris;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.excel.BukuUji;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.rencana.KecamatanUji;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Realisasi imported from the template: drafts of the user's own indicators through RealisasiService's rules,
 * and files refused whole. Runs on a kecamatan of its own (KecamatanUji, a kode this class claims), so any
 * started year is free, and so is 2034 for a quarter that has not started.
 */
@UjiTerpadu
class ImporRealisasiExcelTest {

    private static final String KODE = InstansiUji.milik(ImporRealisasiExcelTest.class, "UJI-RL");
    private static final int TAHUN = 2025;
    private static final int TAHUN_BELUM_BERJALAN = 2034;

    @Autowired
    ImporRealisasiExcel imporRealisasi;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void masuk() {
        MasukSebagai.pengguna(userDetailsService, KecamatanUji.kasiPemerintahan(ctx, KODE));
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void templateBerisiIndikatorSendiriDanNilainyaTersimpanSebagaiDraf() throws Exception {
        byte[] template = imporRealisasi.template(TAHUN, Triwulan.II).isi();
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            // KASI-PEM owns IKI-KASI-PEM-1..4 with 2 + 2 + 1 + 1 komponen
            assertThat(buku.getSheet("Realisasi").getLastRowNum() + 1).isEqualTo(2 + 6);
            assertThat(BukuUji.teks(buku, "Realisasi", 3, "C")).isEqualTo("IKI-KASI-PEM-1");
            assertThat(BukuUji.teks(buku, "Realisasi", 3, "E")).isEqualTo("PENDUDUK_REKAM_EKTP");
        }
        byte[] terisi = BukuUji.ubah(template, buku -> {
            BukuUji.isi(buku, "Realisasi", 3, "H", 45);
            BukuUji.isi(buku, "Realisasi", 4, "H", "1.234,5");
        });

        ImporRealisasiExcel.Hasil hasil = imporRealisasi.impor(terisi, Kemajuan.DIAM);

        assertThat(hasil.galat()).isEmpty();
        assertThat(hasil.jumlahDraf()).isEqualTo(1);
        assertThat(hasil.jumlahNilai()).isEqualTo(2);
        SelTriwulan sel = baris("IKI-KASI-PEM-1").triwulan().get(1);
        assertThat(sel.status()).isEqualTo(StatusRealisasi.DRAF);
        assertThat(sel.nilai())
                .containsEntry("PENDUDUK_REKAM_EKTP", new BigDecimal("45.0000"))
                .containsEntry("JUMLAH_PENDUDUK", new BigDecimal("1234.5000"));
        assertThat(baris("IKI-KASI-PEM-2").triwulan().get(1))
                .as("an indicator left empty gets no draft")
                .isNull();

        // the next template carries what was saved, and uploading it again changes nothing
        byte[] lagi = imporRealisasi.template(TAHUN, Triwulan.II).isi();
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(lagi))) {
            assertThat(buku.getSheet("Realisasi").getRow(2).getCell(7).getNumericCellValue())
                    .isEqualTo(45.0);
            assertThat(BukuUji.teks(buku, "Realisasi", 3, "I")).isEqualTo("DRAF");
        }
        assertThat(imporRealisasi.impor(lagi, Kemajuan.DIAM)).isEqualTo(new ImporRealisasiExcel.Hasil(List.of(), 0, 0));
        assertThat(baris("IKI-KASI-PEM-1").triwulan().get(1).versi()).isEqualTo(sel.versi());
    }

    @Test
    void indikatorJabatanLainDitolakDanTidakAdaYangTersimpan() {
        byte[] berkas =
                BukuUji.ubah(imporRealisasi.template(TAHUN, Triwulan.III).isi(), buku -> {
                    BukuUji.isi(buku, "Realisasi", 3, "H", 10);
                    BukuUji.isi(buku, "Realisasi", 9, "A", TAHUN);
                    BukuUji.isi(buku, "Realisasi", 9, "B", 3);
                    BukuUji.isi(buku, "Realisasi", 9, "C", "IKI-KASI-KESOS-1");
                    BukuUji.isi(buku, "Realisasi", 9, "E", "RASTRA");
                    BukuUji.isi(buku, "Realisasi", 9, "H", 4);
                });
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        ImporRealisasiExcel.Hasil hasil = imporRealisasi.impor(berkas, Kemajuan.DIAM);

        assertThat(hasil.galat())
                .containsExactly(GalatImpor.di("Realisasi", 9, "C", "impor.bukan-indikator-anda", "IKI-KASI-KESOS-1"));
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
    }

    @Test
    void triwulanYangBelumBerjalanMembatalkanSeluruhBerkas() {
        // row 3 (a started quarter) is saved by the service first; row 4's refusal must take it back
        byte[] berkas = BukuUji.ubah(imporRealisasi.template(TAHUN, Triwulan.IV).isi(), buku -> {
            BukuUji.isi(buku, "Realisasi", 3, "H", 7);
            BukuUji.isi(buku, "Realisasi", 5, "A", TAHUN_BELUM_BERJALAN);
            BukuUji.isi(buku, "Realisasi", 5, "H", 8);
        });
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        ImporRealisasiExcel.Hasil hasil = imporRealisasi.impor(berkas, Kemajuan.DIAM);

        assertThat(hasil.galat())
                .containsExactly(GalatImpor.di(
                        "Realisasi", 5, "B", "realisasi.triwulan-belum-berjalan", 4, TAHUN_BELUM_BERJALAN));
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
        assertThat(baris("IKI-KASI-PEM-1").triwulan().get(3)).isNull();
    }

    @Test
    void setiapNilaiYangSalahDilaporkan() {
        byte[] berkas = BukuUji.ubah(imporRealisasi.template(TAHUN, Triwulan.I).isi(), buku -> {
            BukuUji.isi(buku, "Realisasi", 3, "H", -5);
            BukuUji.isi(buku, "Realisasi", 4, "H", "12,3,4");
            BukuUji.isi(buku, "Realisasi", 5, "H", "banyak");
            BukuUji.isi(buku, "Realisasi", 6, "E", "KOMPONEN_LAIN");
        });
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        ImporRealisasiExcel.Hasil hasil = imporRealisasi.impor(berkas, Kemajuan.DIAM);

        assertThat(hasil.galat())
                .containsExactly(
                        GalatImpor.di("Realisasi", 3, "H", "angka.negatif"),
                        GalatImpor.di("Realisasi", 4, "H", "angka.format"),
                        GalatImpor.di("Realisasi", 5, "H", "angka.bukan-angka"),
                        GalatImpor.di(
                                "Realisasi", 6, "E", "impor.komponen-tidak-ada", "KOMPONEN_LAIN", "IKI-KASI-PEM-2"));
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
    }

    private BarisKinerja baris(String kode) {
        return realisasiService.kinerjaSaya(TAHUN).stream()
                .filter(b -> b.kode().equals(kode))
                .findFirst()
                .orElseThrow();
    }
}
