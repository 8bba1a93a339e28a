package id.kecamatan.kinerja.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal by a feature's own check, made by {@link PenjagaAkses#tolak} and so already in the security log. A
 * Spring AccessDeniedException, like the refusals of method security, so that screens handle both alike. The
 * message says only "refused": the reason is in the log, and guessing ids tells nothing.
 */
public class AksesDitolak extends AccessDeniedException {

    AksesDitolak() {
        super("Akses ditolak");
    }
}
