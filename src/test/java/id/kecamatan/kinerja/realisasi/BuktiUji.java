package id.kecamatan.kinerja.realisasi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind for the bukti dukung tests: only their first bytes or their ZIP parts matter. */
public final class BuktiUji {

    /** A tiny PDF; its SHA-256 below was computed outside Java, with sha256sum. */
    public static final byte[] PDF = """
            %PDF-1.4
            % Rekap perekaman e-KTP triwulan I
            1 0 obj << /Type /Catalog >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    public static final String SHA256_PDF = "bc4fb8ddb50f8fb20cf0a6063ba626dc8d099167043a9c24018c1f31e217a22f";

    public static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0
    };
    /** A Windows program: what a renamed ".pdf" may really be. */
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private BuktiUji() {}

    public static byte[] xlsx(String isiSheet) {
        return zip(
                "[Content_Types].xml",
                "<Types/>",
                "xl/workbook.xml",
                "<workbook/>",
                "xl/worksheets/sheet1.xml",
                isiSheet);
    }

    public static byte[] docx(String isiDokumen) {
        return zip("[Content_Types].xml", "<Types/>", "word/document.xml", isiDokumen);
    }

    /** A PDF of exactly the given size: the header, then zero bytes. */
    public static byte[] pdfBerukuran(int ukuran) {
        return Arrays.copyOf(PDF, ukuran);
    }

    /** A ZIP of the given entries, as name, content, name, content, ... */
    public static byte[] zip(String... namaDanIsi) {
        ByteArrayOutputStream keluaran = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(keluaran)) {
            for (int i = 0; i < namaDanIsi.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namaDanIsi[i]));
                zip.write(namaDanIsi[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keluaran.toByteArray();
    }
}
