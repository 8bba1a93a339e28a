package id.kecamatan.kinerja.laporan;

/** The two file formats of every document. */
public enum FormatBerkas {
    PDF,
    XLSX
}
