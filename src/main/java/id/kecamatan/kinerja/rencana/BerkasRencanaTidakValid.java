package id.kecamatan.kinerja.rencana;

/** A plan file that cannot be imported; the message names the file and line. Nothing of it is saved. */
public class BerkasRencanaTidakValid extends RuntimeException {

    public BerkasRencanaTidakValid(String message) {
        super(message);
    }

    public BerkasRencanaTidakValid(String message, Throwable cause) {
        super(message, cause);
    }
}
