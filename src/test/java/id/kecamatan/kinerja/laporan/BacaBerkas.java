package id.kecamatan.kinerja.laporan;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads generated files back: a PDF's text (PDFBox) and an xlsx sheet's cells (POI), for the tests. */
public final class BacaBerkas {

    private BacaBerkas() {}

    /**
     * The PDF's text in drawing order, whitespace collapsed to single spaces: a table cell's wrapped lines stay
     * together, but tables may come after the paragraphs around them (OpenPDF draws them on their own layer).
     */
    public static String teksPdf(byte[] pdf) {
        return teks(pdf, false);
    }

    /** The PDF's text top to bottom as a reader sees it (wrapped cells of one row interleave). */
    public static String teksPdfBerurutan(byte[] pdf) {
        return teks(pdf, true);
    }

    private static String teks(byte[] pdf, boolean menurutLetak) {
        try (PDDocument dokumen = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(menurutLetak);
            return stripper.getText(dokumen).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's text as OpenPDF's own extractor reads it, first page first, whitespace collapsed to single spaces. */
    public static List<String> halamanPdf(byte[] pdf) {
        try (PdfReader pembaca = new PdfReader(pdf)) {
            PdfTextExtractor ekstraktor = new PdfTextExtractor(pembaca);
            List<String> halaman = new ArrayList<>();
            for (int i = 1; i <= pembaca.getNumberOfPages(); i++) {
                halaman.add(ekstraktor.getTextFromPage(i).replaceAll("\\s+", " "));
            }
            return halaman;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page is A4, upright or turned. */
    public static void periksaA4(byte[] pdf) {
        try (PDDocument dokumen = Loader.loadPDF(pdf)) {
            assertThat(dokumen.getNumberOfPages()).isPositive();
            dokumen.getPages().forEach(p -> {
                PDRectangle r = p.getMediaBox();
                float pendek = Math.min(r.getWidth(), r.getHeight());
                float panjang = Math.max(r.getWidth(), r.getHeight());
                assertThat(pendek).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(panjang).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet's rows as lists of cell values: String, Double for numbers, null for empty. */
    public static List<List<Object>> barisExcel(byte[] xlsx) {
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet lembar = buku.getSheetAt(0);
            List<List<Object>> hasil = new ArrayList<>();
            for (Row row : lembar) {
                List<Object> sel = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    sel.add(
                            cell == null || cell.getCellType() == CellType.BLANK
                                    ? null
                                    : cell.getCellType() == CellType.NUMERIC
                                            ? (Object) cell.getNumericCellValue()
                                            : cell.getStringCellValue());
                }
                hasil.add(sel);
            }
            return hasil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only row of the sheet that has a cell equal to the text. */
    public static List<Object> barisDengan(List<List<Object>> baris, String teks) {
        List<List<Object>> cocok = baris.stream().filter(b -> b.contains(teks)).toList();
        assertThat(cocok).as("rows with a cell '%s'", teks).hasSize(1);
        return cocok.getFirst();
    }
}
