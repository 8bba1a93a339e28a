package id.kecamatan.kinerja.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The open HTTP sessions of this instance (Spring Boot registers this bean as a servlet listener), so that
 * deactivating an account or resetting its password ends that user's sessions here at once. Invalidating the HTTP
 * session also ends the Vaadin session in it: Vaadin closes its UIs when its session attribute is unbound, and
 * the browser's next request finds no session and goes back to the login page.
 * <p>
 * Sessions on the other instances behind the proxy end at their next request, within {@link VersiSesiAkun#SEGAR}:
 * the same change raises the account's session number in the database.
 */
@Component
class SesiPengguna implements HttpSessionListener, HttpSessionIdListener {

    private final Map<String, HttpSession> sesi = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sesi.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sesi.remove(event.getSession().getId());
    }

    /** Login changes the session id (protection against session fixation). */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String idLama) {
        sesi.remove(idLama);
        sesi.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every open session of the user; returns how many were ended. */
    int akhiri(String username) {
        int jumlah = 0;
        for (HttpSession session : sesi.values()) {
            try {
                if (username.equals(pemilik(session))) {
                    session.invalidate();
                    jumlah++;
                }
            } catch (IllegalStateException sudahBerakhir) {
                sesi.remove(session.getId());
            }
        }
        return jumlah;
    }

    private static @Nullable String pemilik(HttpSession session) {
        AkunPengguna akun = akun(session);
        return akun == null ? null : akun.pengguna().username();
    }

    /** The signed-in account of a session, null before login. */
    static @Nullable AkunPengguna akun(HttpSession session) {
        Object isi = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (isi instanceof SecurityContext konteks) {
            Authentication auth = konteks.getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AkunPengguna akun) {
                return akun;
            }
        }
        return null;
    }
}
