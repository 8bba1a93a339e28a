package id.kecamatan.kinerja.realisasi;

/** DRAF → DIAJUKAN → DISETUJUI, or DIAJUKAN → DIKEMBALIKAN → DRAF. Only DISETUJUI counts in official figures. */
public enum StatusRealisasi {
    DRAF,
    DIAJUKAN,
    DIKEMBALIKAN,
    DISETUJUI
}
