package id.kecamatan.kinerja.base;

/** The role a jabatan gives its holder in the portal; a login's authorities come from it. */
public enum Peran {
    ADMIN,
    CAMAT,
    SEKCAM,
    /** Kepala seksi or kepala subbagian. */
    KEPALA_UNIT,
    STAF,
    /** An evaluator of the kabupaten's Inspektorat (APIP): reads and evaluates the office's Evaluasi AKIP. */
    EVALUATOR;

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Whether a jabatan of this role is part of the office's structure. The operator's (ADMIN) and the evaluator's
     * jabatan are the portal's: no organisation chart, no indicators, no Perjanjian Kinerja.
     */
    public boolean bagianKantor() {
        return this != ADMIN && this != EVALUATOR;
    }
}
