package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.audit.PencatatRevisi;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (plan import, demo accounts, the first admin) as the portal itself, with the Admin's
 * rights, so that those services keep their access checks instead of being opened to everyone.
 * The audit history records such changes as made by "sistem".
 */
public final class SebagaiSistem {

    /** The name of the portal itself in the audit history, the same one Envers records when no one is signed in. */
    public static final String NAMA = PencatatRevisi.SISTEM;

    private SebagaiSistem() {}

    public static <T> T jalankan(Supplier<T> tugas) {
        SecurityContext sebelumnya = SecurityContextHolder.getContext();
        SecurityContext sistem = SecurityContextHolder.createEmptyContext();
        sistem.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAMA, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(sistem);
        try {
            return tugas.get();
        } finally {
            SecurityContextHolder.setContext(sebelumnya);
        }
    }
}
