package id.kecamatan.kinerja.realisasi;

/** DRAF → DIAJUKAN → DISETUJUI, or DIAJUKAN → DIKEMBALIKAN → DRAF. Only DISETUJUI counts in official figures. */
public enum StatusRealisasi {
    DRAF,
    DIAJUKAN,
    DIKEMBALIKAN,
    DISETUJUI;

    /** The owner may still change the values (and the evidence); not yet submitted, or submitted and returned. */
    public boolean dapatDiubah() {
        return this == DRAF || this == DIKEMBALIKAN;
    }
}
