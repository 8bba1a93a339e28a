package id.kecamatan.kinerja.base;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: read from the security context, which Vaadin keeps per session. */
@Component
public class PenggunaSaatIni {

    /** Implemented by the security principal, so that features need not depend on the security package. */
    public interface Prinsipal {
        Pengguna pengguna();
    }

    public Optional<Pengguna> cari() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Prinsipal prinsipal) {
            return Optional.of(prinsipal.pengguna());
        }
        return Optional.empty();
    }

    /**
     * The signed-in user, where there must be one: no visitor gets past a service method's {@code @PreAuthorize}
     * (MatriksAksesTest), and the views that ask are behind the login. None here is a programming error, such as a
     * start-up task run as the system calling a method meant for a person; not a request to refuse and log
     * (refusals go through {@link PenjagaAkses}).
     */
    public Pengguna wajib() {
        return cari().orElseThrow(() -> new IllegalStateException("Tidak ada pengguna portal yang masuk"));
    }
}
