package id.kecamatan.kinerja.publik;

/** The documents a Camat can publish on the public page, each of a year (the Pengukuran Kinerja up to a triwulan). */
public enum JenisDokumenTerbit {
    /** The Camat's own Perjanjian Kinerja with the kepala daerah. */
    PERJANJIAN_KINERJA,
    PENGUKURAN_KINERJA,
    LKJIP
}
