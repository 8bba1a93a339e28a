package id.kecamatan.kinerja.base;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
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

    public Pengguna wajib() {
        return cari().orElseThrow(() -> new AccessDeniedException("Belum masuk"));
    }
}
