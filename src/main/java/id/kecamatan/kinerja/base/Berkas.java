package id.kecamatan.kinerja.base;

/** A generated file on its way to the browser: its name, its MIME type and its bytes. */
public record Berkas(String nama, String jenisMime, byte[] isi) {

    public static final String MIME_PDF = "application/pdf";
    public static final String MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
