package id.kecamatan.kinerja.capaian;

/** How the quarters (triwulan) of a year are combined into one value. */
public enum Agregasi {
    /** Sum every komponen over the quarters, then apply the formula (a RASIO becomes Σnum / Σden). */
    KUMULATIF,
    /** The value of the last filled quarter. */
    TERAKHIR,
    /** The mean of the values of the filled quarters. */
    RATA_RATA
}
