package id.kecamatan.kinerja.capaian;

/** How the value of an indicator is computed from its komponen. */
public enum JenisFormula {
    /** Σ pembilang / Σ penyebut × 100. */
    RASIO,
    /** Sum of the isian komponen. */
    JUMLAH,
    /** The single isian komponen as entered (an index, a score). */
    NILAI,
    /** An EvalEx expression over the komponen kode. */
    RUMUS
}
