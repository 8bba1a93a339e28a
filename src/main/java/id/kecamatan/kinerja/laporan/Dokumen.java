package id.kecamatan.kinerja.laporan;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as an office hands it in, independent of the file format: title lines, then parts in order.
 * {@link PenulisPdf} and {@link PenulisExcel} render the same document, so the PDF and the Excel file of a
 * report always hold the same figures.
 */
record Dokumen(String namaBerkas, boolean mendatar, List<String> judul, List<Bagian> bagian) {

    sealed interface Bagian {}

    /** A heading inside the document (e.g. "LAMPIRAN" or one jabatan's section). */
    record Subjudul(String teks) implements Bagian {}

    record Paragraf(String teks) implements Bagian {}

    /** Small print under a table: notes on sample data, on what counts. */
    record Catatan(String teks) implements Bagian {}

    /** "Label : value" lines; a value of several items is written as a numbered list. */
    record Rincian(List<Entri> entri) implements Bagian {}

    record Entri(String label, List<String> nilai, boolean bernomor) {

        static Entri satu(String label, @Nullable String nilai) {
            return new Entri(label, List.of(nilai == null ? "–" : nilai), false);
        }
    }

    /**
     * A bordered table. A cell is a String, a BigDecimal (a number: formatted the Indonesian way in the PDF,
     * a numeric cell in Excel) or null (empty, shown as "–", never 0). {@code lebar} are relative widths.
     */
    record Tabel(List<String> kolom, float[] lebar, List<List<@Nullable Object>> baris) implements Bagian {}

    /** Place and date, then one signature block per party, left to right. */
    record Tandatangan(String tempatTanggal, List<Pihak> pihak) implements Bagian {}

    /**
     * A signing party: its role line ("PIHAK KEDUA,"), its jabatan, and its holder's name and NIP ({@code null}: the
     * party has none, e.g. an elected kepala daerah, and no NIP line is printed).
     */
    record Pihak(
            @Nullable String peran,
            String jabatan,
            String nama,
            @Nullable String nip) {}

    /**
     * A figure of a table with its fixed number of decimals (a percentage 2; a whole count 0, see
     * FormatAngka.desimal): the PDF writes it so, the spreadsheet keeps it a number formatted so.
     */
    record Angka(BigDecimal nilai, int desimal) {}

    /** Starts a new page (PDF) or leaves a blank row (Excel). */
    record HalamanBaru() implements Bagian {}
}
