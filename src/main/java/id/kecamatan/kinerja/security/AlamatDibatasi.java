package id.kecamatan.kinerja.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A login refused because its address failed too often ({@link PembatasAlamat}); says nothing of the account. */
public class AlamatDibatasi extends AuthenticationException {

    private final Instant sampai;

    public AlamatDibatasi(Instant sampai) {
        super("Terlalu banyak percobaan gagal dari alamat ini");
        this.sampai = sampai;
    }

    public Instant getSampai() {
        return sampai;
    }
}
