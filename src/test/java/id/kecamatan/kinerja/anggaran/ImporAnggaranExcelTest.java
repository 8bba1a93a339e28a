package id.kecamatan.kinerja.anggaran;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.anggaran.AnggaranService.BarisAnggaran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The budget's Excel import on the real database, each test in a transaction that is rolled back: a file adds and
 * changes rows by kode and is read back by the template; a file with errors lists each with its cell and saves
 * nothing.
 */
@UjiTerpadu
class ImporAnggaranExcelTest {

    /** A year of its own (every write is rolled back too). */
    static final int TAHUN = TahunUji.bebas(ImporAnggaranExcelTest.class);

    @Autowired
    ImporAnggaranExcel impor;

    @Autowired
    AnggaranService anggaranService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void aFileAddsRowsAndItsTemplateComesBackToChangeThem() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            ImporAnggaranExcel.Hasil hasil = impor.impor(
                    berkas(
                            // the sub-kegiatan comes first: parents are saved first whatever the order
                            baris(
                                    TAHUN,
                                    "SUB_KEGIATAN",
                                    "7.01.01.2.01.0001",
                                    "Penyusunan Dokumen",
                                    "7.01.01.2.01",
                                    null,
                                    "IKI-KASI-PEM-1",
                                    1_000_000,
                                    250_000,
                                    "300.000,50",
                                    null,
                                    null),
                            baris(
                                    TAHUN,
                                    "PROGRAM",
                                    "7.01.01",
                                    "Program Penunjang",
                                    null,
                                    "SK-ADM-KANTOR",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            baris(
                                    TAHUN,
                                    "kegiatan",
                                    "7.01.01.2.01",
                                    "Perencanaan",
                                    "7.01.01",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null)),
                    Kemajuan.DIAM);

            assertThat(hasil.galat()).isEmpty();
            assertThat(hasil.jumlahBaru()).isEqualTo(3);
            List<BarisAnggaran> daftar =
                    anggaranService.daftar(new Periode(TAHUN, Triwulan.IV)).baris();
            assertThat(daftar)
                    .extracting(BarisAnggaran::kode)
                    .containsExactly("7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001");
            BarisAnggaran sub = daftar.get(2);
            assertThat(sub.pagu()).isEqualByComparingTo("1000000");
            assertThat(sub.realisasi().get(1)).isEqualByComparingTo("300000.50");
            assertThat(sub.indikator()).startsWith("IKI-KASI-PEM-1");
            assertThat(daftar.getFirst().sasaran()).startsWith("SK-ADM-KANTOR");

            // the template carries the rows; a changed pagu in it changes the row, nothing is added
            byte[] template = impor.template(TAHUN).isi();
            byte[] diubah = ubahSel(template, 2 + 2, 7, 2_000_000);
            ImporAnggaranExcel.Hasil kedua = impor.impor(diubah, Kemajuan.DIAM);

            assertThat(kedua.galat()).isEmpty();
            assertThat(kedua.jumlahBaru()).isZero();
            assertThat(kedua.jumlahDiubah()).isEqualTo(3);
            assertThat(anggaranService.daftar(new Periode(TAHUN, Triwulan.IV)).pagu())
                    .isEqualByComparingTo("2000000");
        });
    }

    @Test
    void everyErrorIsListedWithItsCellAndNothingIsSaved() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "admin");
            ImporAnggaranExcel.Hasil hasil = impor.impor(
                    berkas(
                            baris(
                                    TAHUN,
                                    "PROGRAM",
                                    "P1",
                                    "Program",
                                    null,
                                    "SK-TIDAK-ADA",
                                    null,
                                    5,
                                    null,
                                    null,
                                    null,
                                    null),
                            baris(
                                    TAHUN,
                                    "KEGIATAN",
                                    "P1.K1",
                                    "Kegiatan",
                                    "P9",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            baris(
                                    TAHUN,
                                    "SUB_KEGIATAN",
                                    "P1.K1",
                                    "Sub",
                                    "P1.K1",
                                    null,
                                    "IKI-TIDAK-ADA",
                                    10,
                                    null,
                                    null,
                                    null,
                                    null),
                            baris(
                                    TAHUN + 1,
                                    "PROGRAM",
                                    "P2",
                                    "Program lain tahun",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null),
                            // a level misspelt: one error at its cell, not one per pass over the file
                            baris(TAHUN, "PROGRAMM", "P3", "Program", null, null, null, null, null, null, null, null)),
                    Kemajuan.DIAM);

            assertThat(hasil.berhasil()).isFalse();
            assertThat(hasil.galat())
                    .extracting(g -> g.baris() + " " + g.kolom() + " " + g.kunci())
                    .containsExactly(
                            "3 F impor.anggaran.sasaran-tidak-ada",
                            "3 H impor.anggaran.hanya-sub-kegiatan",
                            "4 E impor.anggaran.induk-tidak-ada",
                            "5 C impor.anggaran.kode-ganda",
                            "5 G impor.anggaran.indikator-tidak-ada",
                            "6 A impor.anggaran.tahun-berbeda",
                            "7 B impor.pilihan-tidak-sah");
            assertThat(anggaranService.daftar(new Periode(TAHUN, Triwulan.IV)).baris())
                    .isEmpty();
        });
    }

    private static Object[] baris(Object... sel) {
        return sel;
    }

    /** A filled-in template: the sheet, titles and instructions as the portal writes them, then the rows. */
    private static byte[] berkas(Object[]... baris) {
        try (BukuKerja.Penulis penulis = new BukuKerja.Penulis()) {
            Sheet sheet = penulis.lembar(ImporAnggaranExcel.ANGGARAN);
            for (Object[] b : baris) {
                penulis.baris(sheet, b);
            }
            return penulis.selesai();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file with one numeric cell changed (row and column counted from 0). */
    private static byte[] ubahSel(byte[] isi, int baris, int kolom, double nilai) {
        try (Workbook buku = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            buku.getSheetAt(0).getRow(baris).createCell(kolom).setCellValue(nilai);
            ByteArrayOutputStream keluaran = new ByteArrayOutputStream();
            buku.write(keluaran);
            return keluaran.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void laluBatalkan(Runnable langkah) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            langkah.run();
        });
    }
}
