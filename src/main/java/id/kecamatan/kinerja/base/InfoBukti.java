package id.kecamatan.kinerja.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a list of evidence shows about one file: everything but its content. */
public record InfoBukti(
        Long id,
        String namaFile,
        String tipeKonten,
        long ukuran,
        String sha256,
        String diunggahOleh,
        Instant diunggahPada,
        @Nullable Instant digantiPada) {

    /** A file replaced by a newer one of the same name, kept as history. */
    public boolean diganti() {
        return digantiPada != null;
    }
}
