package id.kecamatan.kinerja.anggaran;

import org.jspecify.annotations.Nullable;

/** The levels of the APBD budget structure, each under the one before it. */
public enum TingkatAnggaran {
    PROGRAM,
    KEGIATAN,
    SUB_KEGIATAN;

    /** The level a row of this level hangs under; none for a program. */
    public @Nullable TingkatAnggaran induk() {
        return switch (this) {
            case PROGRAM -> null;
            case KEGIATAN -> PROGRAM;
            case SUB_KEGIATAN -> KEGIATAN;
        };
    }
}
