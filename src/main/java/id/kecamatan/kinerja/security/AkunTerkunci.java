package id.kecamatan.kinerja.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because the account is locked; the login page says until when. */
public class AkunTerkunci extends LockedException {

    private final Instant sampai;

    public AkunTerkunci(Instant sampai) {
        super("Akun terkunci");
        this.sampai = sampai;
    }

    public Instant getSampai() {
        return sampai;
    }
}
