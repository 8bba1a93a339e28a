package id.kecamatan.kinerja.base.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A grid's rows as an xlsx sheet: a title and context lines, one bold header row, then one row per item.
 * Numbers stay numbers (BigDecimal becomes a numeric cell), empty stays empty
 * (never 0). Written with POI's streaming workbook, so a large export keeps only a window of rows in memory.
 */
public final class LembarExcel {

    /** One column: its header and how a row's value is read (String, BigDecimal, Number or null). */
    public record Kolom<T>(String judul, Function<T, @Nullable Object> nilai) {}

    private static final int LEBAR_MAKS = 60;

    private LembarExcel() {}

    public static <T> byte[] tulis(String judul, List<String> keterangan, List<Kolom<T>> kolom, List<T> baris) {
        try (SXSSFWorkbook buku = new SXSSFWorkbook(200)) {
            Gaya gaya = new Gaya(buku);
            Sheet lembar = buku.createSheet(namaLembar(judul));
            int r = 0;
            teks(lembar.createRow(r++), 0, judul, gaya.judul);
            for (String k : keterangan) {
                teks(lembar.createRow(r++), 0, k, null);
            }
            r++;
            Row kepala = lembar.createRow(r++);
            int[] lebar = new int[kolom.size()];
            for (int c = 0; c < kolom.size(); c++) {
                teks(kepala, c, kolom.get(c).judul(), gaya.kepala);
                lebar[c] = kolom.get(c).judul().length();
            }
            for (T item : baris) {
                Row row = lembar.createRow(r++);
                for (int c = 0; c < kolom.size(); c++) {
                    Object nilai = kolom.get(c).nilai().apply(item);
                    isi(row.createCell(c), nilai, gaya);
                    lebar[c] = Math.max(
                            lebar[c],
                            nilai == null ? 0 : Math.min(String.valueOf(nilai).length(), LEBAR_MAKS));
                }
            }
            for (int c = 0; c < lebar.length; c++) {
                lembar.setColumnWidth(c, Math.min(Math.max(lebar[c], 6), LEBAR_MAKS) * 256 + 512);
            }
            ByteArrayOutputStream keluar = new ByteArrayOutputStream();
            buku.write(keluar);
            buku.dispose();
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a value into a cell: numbers as numbers, text as text, null as an empty cell. */
    public static void isi(Cell sel, @Nullable Object nilai, Gaya gaya) {
        switch (nilai) {
            case null -> sel.setCellStyle(gaya.teks);
            case BigDecimal angka -> {
                sel.setCellValue(angka.doubleValue());
                sel.setCellStyle(gaya.angka);
            }
            case Number angka -> {
                sel.setCellValue(angka.doubleValue());
                sel.setCellStyle(gaya.angka);
            }
            default -> {
                sel.setCellValue(String.valueOf(nilai));
                sel.setCellStyle(gaya.teks);
            }
        }
    }

    private static void teks(Row row, int c, String teks, @Nullable CellStyle gaya) {
        Cell sel = row.createCell(c);
        sel.setCellValue(teks);
        if (gaya != null) {
            sel.setCellStyle(gaya);
        }
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    public static String namaLembar(String judul) {
        String bersih = judul.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return bersih.length() > 31 ? bersih.substring(0, 31) : bersih;
    }

    /** The cell styles of the portal's sheets: bordered cells, bold headers, Indonesian number format. */
    public static final class Gaya {
        public final CellStyle judul;
        public final CellStyle kepala;
        public final CellStyle teks;
        public final CellStyle angka;
        /** A figure with a fixed number of decimals: whole, or two (92,50 in the reader's own separators). */
        public final CellStyle angkaBulat;

        public final CellStyle angkaDuaDesimal;
        public final CellStyle tebal;

        public Gaya(Workbook buku) {
            Font fontJudul = buku.createFont();
            fontJudul.setBold(true);
            fontJudul.setFontHeightInPoints((short) 13);
            judul = buku.createCellStyle();
            judul.setFont(fontJudul);
            Font fontTebal = buku.createFont();
            fontTebal.setBold(true);
            tebal = buku.createCellStyle();
            tebal.setFont(fontTebal);
            kepala = bergaris(buku);
            kepala.setFont(fontTebal);
            kepala.setWrapText(true);
            teks = bergaris(buku);
            teks.setWrapText(true);
            angka = bergaris(buku);
            // "General": Excel shows the number with the reader's own decimal comma, without a trailing separator
            angka.setDataFormat(buku.createDataFormat().getFormat("General"));
            angkaBulat = bergaris(buku);
            angkaBulat.setDataFormat(buku.createDataFormat().getFormat("#,##0"));
            angkaDuaDesimal = bergaris(buku);
            angkaDuaDesimal.setDataFormat(buku.createDataFormat().getFormat("#,##0.00"));
        }

        private static CellStyle bergaris(Workbook buku) {
            CellStyle gaya = buku.createCellStyle();
            gaya.setBorderTop(BorderStyle.THIN);
            gaya.setBorderBottom(BorderStyle.THIN);
            gaya.setBorderLeft(BorderStyle.THIN);
            gaya.setBorderRight(BorderStyle.THIN);
            gaya.setVerticalAlignment(VerticalAlignment.TOP);
            return gaya;
        }
    }
}
