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
    EVALUATOR,
    /**
     * The kabupaten's Bagian Organisasi or Inspektorat comparing its kecamatan: reads their approved figures only,
     * writes nothing. Its jabatan belongs to the kabupaten's own instansi ({@code JenisInstansi.KABUPATEN}).
     */
    KABUPATEN;

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Whether a jabatan of this role is part of the office's structure. The operator's (ADMIN), the evaluator's and
     * the kabupaten's jabatan are the portal's: no organisation chart, no indicators, no Perjanjian Kinerja.
     */
    public boolean bagianKantor() {
        return this != ADMIN && this != EVALUATOR && this != KABUPATEN;
    }
}
