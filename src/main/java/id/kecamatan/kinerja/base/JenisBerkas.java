package id.kecamatan.kinerja.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types accepted as bukti dukung, recognised by their content: a renamed file is what its bytes say,
 * whatever its name. XLSX and DOCX are ZIP files told apart by the part every such document has.
 */
public enum JenisBerkas {
    PDF("PDF", "application/pdf", List.of("pdf")),
    JPEG("JPG", "image/jpeg", List.of("jpg", "jpeg")),
    PNG("PNG", "image/png", List.of("png")),
    XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));

    private static final byte[] AWAL_PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] AWAL_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] AWAL_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] AWAL_ZIP = {'P', 'K', 3, 4};
    /** Stop unpacking a ZIP after this much, so a "zip bomb" costs little; real documents name their part early. */
    private static final long ISI_ZIP_MAKS = 64L * 1024 * 1024;

    private final String label;
    private final String tipeKonten;
    private final List<String> ekstensi;

    JenisBerkas(String label, String tipeKonten, List<String> ekstensi) {
        this.label = label;
        this.tipeKonten = tipeKonten;
        this.ekstensi = ekstensi;
    }

    /** The type the content shows, or empty when it is none of the accepted ones. */
    public static Optional<JenisBerkas> kenali(byte[] isi) {
        if (diawali(isi, AWAL_PDF)) {
            return Optional.of(PDF);
        }
        if (diawali(isi, AWAL_JPEG)) {
            return Optional.of(JPEG);
        }
        if (diawali(isi, AWAL_PNG)) {
            return Optional.of(PNG);
        }
        if (diawali(isi, AWAL_ZIP)) {
            return bagianOffice(isi);
        }
        return Optional.empty();
    }

    /** Whether the file name ends with an extension of this type (case ignored). */
    public boolean cocokDengan(String namaFile) {
        int titik = namaFile.lastIndexOf('.');
        return titik >= 0 && ekstensi.contains(namaFile.substring(titik + 1).toLowerCase(Locale.ROOT));
    }

    public String label() {
        return label;
    }

    public String tipeKonten() {
        return tipeKonten;
    }

    /** With the leading dot, for a file chooser: ".jpg", ".jpeg". */
    public List<String> ekstensiBerkas() {
        return ekstensi.stream().map(e -> "." + e).toList();
    }

    private static boolean diawali(byte[] isi, byte[] awal) {
        return isi.length >= awal.length && Arrays.equals(isi, 0, awal.length, awal, 0, awal.length);
    }

    private static Optional<JenisBerkas> bagianOffice(byte[] isi) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(isi))) {
            byte[] buffer = new byte[8192];
            long dibuka = 0;
            for (ZipEntry entri = zip.getNextEntry(); entri != null; entri = zip.getNextEntry()) {
                switch (entri.getName()) {
                    case "xl/workbook.xml" -> {
                        return Optional.of(XLSX);
                    }
                    case "word/document.xml" -> {
                        return Optional.of(DOCX);
                    }
                    default -> {
                        // read the entry here rather than let getNextEntry skip it, to count what is unpacked
                        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                            dibuka += n;
                            if (dibuka > ISI_ZIP_MAKS) {
                                return Optional.empty();
                            }
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException rusak) {
            // not a readable ZIP (IllegalArgumentException: an entry name that is not valid text)
            return Optional.empty();
        }
    }
}
