package id.kecamatan.kinerja.base.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files: an exported workbook changed cell by cell, as a user would in Excel. */
public final class BukuUji {

    private BukuUji() {}

    public static byte[] ubah(byte[] isi, Consumer<XSSFWorkbook> perubahan) {
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(isi));
                ByteArrayOutputStream keluaran = new ByteArrayOutputStream()) {
            perubahan.accept(buku);
            buku.write(keluaran);
            return keluaran.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a cell by Excel's own address: sheet, row number (1-based) and column letter. */
    public static void isi(XSSFWorkbook buku, String lembar, int baris, String kolom, Object nilai) {
        Sheet sheet = buku.getSheet(lembar);
        Row row = sheet.getRow(baris - 1) == null ? sheet.createRow(baris - 1) : sheet.getRow(baris - 1);
        int indeks = kolom.charAt(0) - 'A';
        Cell sel = row.getCell(indeks) == null ? row.createCell(indeks) : row.getCell(indeks);
        if (nilai instanceof Number angka) {
            sel.setCellValue(angka.doubleValue());
        } else {
            sel.setCellValue((String) nilai);
        }
    }

    public static String teks(XSSFWorkbook buku, String lembar, int baris, String kolom) {
        return buku.getSheet(lembar)
                .getRow(baris - 1)
                .getCell(kolom.charAt(0) - 'A')
                .getStringCellValue();
    }

    /** The exported plan under a new kode and name, ready to be imported as another kecamatan. */
    public static byte[] sebagaiInstansiBaru(byte[] ekspor, String kode, String nama) {
        return ubah(ekspor, buku -> {
            isi(buku, "Instansi", 3, "A", kode);
            isi(buku, "Instansi", 3, "B", nama);
        });
    }
}
