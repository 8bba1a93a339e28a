package id.kecamatan.kinerja.base.db;

import org.jspecify.annotations.Nullable;

/** The embedded MariaDB cannot start; the message says why and what to do, in Bahasa Indonesia. */
public class EmbeddedDbTidakDapatDimulai extends RuntimeException {

    public EmbeddedDbTidakDapatDimulai(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
