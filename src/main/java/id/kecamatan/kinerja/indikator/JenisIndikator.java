package id.kecamatan.kinerja.indikator;

public enum JenisIndikator {
    /** Indikator Kinerja Utama: an office-level indicator. */
    IKU,
    /** Indikator Kinerja Individu: an indicator of one jabatan, cascaded to an IKU. */
    IKI
}
