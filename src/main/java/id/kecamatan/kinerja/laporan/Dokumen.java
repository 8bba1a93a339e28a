package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.Berkas;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as an office hands it in, independent of the file format: title lines, then parts in order.
 * {@link PenulisPdf}, {@link PenulisWord} and {@link PenulisExcel} render the same document, so every file of a
 * report holds the same figures. A document with a {@link Sampul} opens with it instead of the title lines (which
 * then name it in the page footer only).
 */
record Dokumen(String namaBerkas, boolean mendatar, List<String> judul, List<Bagian> bagian) {

    private static final DateTimeFormatter CAP_BERKAS = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    /** The file in a format, its name stamped with the moment it was made ("pengukuran-2026-20261205-1012.pdf"). */
    Berkas tulis(FormatBerkas format, LocalDateTime dibuat) {
        String nama = namaBerkas + "-" + CAP_BERKAS.format(dibuat);
        return switch (format) {
            case PDF -> new Berkas(nama + ".pdf", Berkas.MIME_PDF, PenulisPdf.tulis(this));
            case DOCX -> new Berkas(nama + ".docx", Berkas.MIME_DOCX, PenulisWord.tulis(this));
            case XLSX -> new Berkas(nama + ".xlsx", Berkas.MIME_XLSX, PenulisExcel.tulis(this));
        };
    }

    sealed interface Bagian {}

    /** The cover page: the report's title, the office, its kabupaten and the year, each on its own. */
    record Sampul(String judul, String instansi, @Nullable String kabupaten, String tahun) implements Bagian {}

    /** The table of contents: every {@link Bab} and {@link Subjudul} after it, with its page where the format has pages. */
    record DaftarIsi() implements Bagian {}

    /**
     * A chapter heading ("BAB I PENDAHULUAN", "LAMPIRAN"): starts a new page, turned ({@code mendatar}) for a chapter
     * of wide tables; level 1 of the contents.
     */
    record Bab(String teks, boolean mendatar) implements Bagian {}

    /** A heading inside the document (e.g. "LAMPIRAN" or one jabatan's section); level 2 of the contents. */
    record Subjudul(String teks) implements Bagian {}

    /** A picture (PNG), drawn {@code lebar} × {@code tinggi} points, centred, with its caption under it. */
    record Gambar(byte[] png, float lebar, float tinggi, String keterangan) implements Bagian {}

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

    /** An entry of the contents: a heading, its level (1 a chapter, 2 a section) and its place in {@link #bagian}. */
    record Judul(int tingkat, String teks, int indeks) {}

    boolean bersampul() {
        return bagian.stream().anyMatch(Sampul.class::isInstance);
    }

    /** The headings after the table of contents, in order; none when the document has no contents. */
    List<Judul> daftarJudul() {
        List<Judul> judul = new ArrayList<>();
        int awal = bagian.indexOf(new DaftarIsi());
        for (int i = awal + 1; awal >= 0 && i < bagian.size(); i++) {
            switch (bagian.get(i)) {
                case Bab b -> judul.add(new Judul(1, b.teks(), i));
                case Subjudul s -> judul.add(new Judul(2, s.teks(), i));
                default -> {}
            }
        }
        return judul;
    }
}
