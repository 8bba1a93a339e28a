package id.kecamatan.kinerja.evaluasi.lke;

import org.jspecify.annotations.Nullable;

/** An LKE file that cannot be used; the message is "file baris n: what is wrong". */
public class BerkasLkeTidakValid extends RuntimeException {

    private final String berkas;
    private final int baris;

    BerkasLkeTidakValid(String berkas, int baris, String masalah, @Nullable Throwable sebab) {
        super(berkas + (baris > 0 ? " baris " + baris : "") + ": " + masalah, sebab);
        this.berkas = berkas;
        this.baris = baris;
    }

    public String berkas() {
        return berkas;
    }

    /** The line (from 1) of the problem; 0 when it concerns the whole file. */
    public int baris() {
        return baris;
    }
}
