package id.kecamatan.kinerja.base;

/** The role a jabatan gives its holder in the portal; a login's authorities come from it. */
public enum Peran {
    ADMIN,
    CAMAT,
    SEKCAM,
    /** Kepala seksi or kepala subbagian. */
    KEPALA_UNIT,
    STAF;

    public String authority() {
        return "ROLE_" + name();
    }
}
