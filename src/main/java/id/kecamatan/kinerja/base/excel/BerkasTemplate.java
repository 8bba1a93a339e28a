package id.kecamatan.kinerja.base.excel;

/** An Excel file to download: the name to save it under and its content. */
public record BerkasTemplate(String namaFile, byte[] isi) {

    public static final String MIME = BukuKerja.MIME;
}
