package id.kecamatan.kinerja.laporan;

/** The file formats of the documents: every document as PDF, Word and Excel. */
public enum FormatBerkas {
    PDF,
    DOCX,
    XLSX
}
