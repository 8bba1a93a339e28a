package id.kecamatan.kinerja.capaian;

/** The part a komponen plays in its indicator's formula. */
public enum PeranKomponen {
    /** Numerator of a RASIO. */
    PEMBILANG,
    /** Denominator of a RASIO. */
    PENYEBUT,
    /** A plain input of JUMLAH, NILAI or RUMUS. */
    ISIAN
}
