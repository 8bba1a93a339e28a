package id.kecamatan.kinerja.organisasi;

/**
 * How a pegawai holds a jabatan: as its definitive holder, or acting while it is vacant (Plt., pelaksana tugas) or
 * while its holder is away (Plh., pelaksana harian). Documents sign with the prefix.
 */
public enum JenisPenugasan {
    DEFINITIF(""),
    PLT("Plt. "),
    PLH("Plh. ");

    private final String awalan;

    JenisPenugasan(String awalan) {
        this.awalan = awalan;
    }

    /** What stands before the jabatan's name in a signature: "" or "Plt. " / "Plh. ". */
    public String awalan() {
        return awalan;
    }
}
