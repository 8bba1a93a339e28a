package id.kecamatan.kinerja.base.db;

/** The embedded MariaDB cannot start; the message says why and what to do, in Bahasa Indonesia. */
public class EmbeddedDbTidakDapatDimulai extends RuntimeException {

    public EmbeddedDbTidakDapatDimulai(String message, Throwable cause) {
        super(message, cause);
    }
}
