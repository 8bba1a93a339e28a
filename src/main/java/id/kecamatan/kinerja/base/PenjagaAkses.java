package id.kecamatan.kinerja.base;

import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one path of every refusal of access: one exception, one message, one security-log row. A service's own check (an ownership rule, an id of
 * another instansi or of nothing at all) refuses with {@link #tolak}; method security ({@code @PreAuthorize})
 * reports its refusals here, as the portal's only AuthorizationEventPublisher. Either way the refusal is published
 * once as a {@link PenolakanAkses} with the same shape (user, service method, reason), and the call ends in an
 * AccessDeniedException, for which every screen shows the same message.
 */
@Component
public class PenjagaAkses implements AuthorizationEventPublisher {

    private final ApplicationEventPublisher events;
    private final PenggunaSaatIni penggunaSaatIni;

    PenjagaAkses(ApplicationEventPublisher events, PenggunaSaatIni penggunaSaatIni) {
        this.events = events;
        this.penggunaSaatIni = penggunaSaatIni;
    }

    /**
     * Records the refusal of the running call and returns the exception for the caller to throw.
     *
     * @param metode "Kelas.metode" of the public service method the user called, as method security names it
     * @param alasan why, for the log only
     */
    public AksesDitolak tolak(String metode, String alasan) {
        catat(SecurityContextHolder.getContext().getAuthentication(), metode, alasan);
        return new AksesDitolak();
    }

    /**
     * A row belongs to the signed-in user's instansi, or the call is refused: one instansi never reads or changes
     * another's. {@code apa} and {@code id} name the row in the log ("indikator", 42).
     */
    public void instansiSendiri(String metode, Long instansiBaris, String apa, Object id) {
        if (!instansiBaris.equals(penggunaSaatIni.wajib().instansiId())) {
            throw tolak(metode, apa + " " + id + " di instansi lain");
        }
    }

    /**
     * A page the signed-in user's role may not open (the router's refusal). The view shows "not found" for it, so
     * there is no exception to throw; a visitor who has not signed in is sent to the login page and is not logged.
     */
    public void tolakHalaman(String alamat) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            catat(authentication, "halaman /" + alamat, "peran pengguna tidak boleh membukanya");
        }
    }

    /**
     * A row asked for by an id that does not exist: refused and logged like a row of someone else, so that guessing
     * ids cannot tell the two apart. {@code apa}: what was asked for ("realisasi", "jabatan").
     */
    public AksesDitolak tidakAda(String metode, String apa, Object id) {
        return tolak(metode, apa + " " + id + " tidak ada");
    }

    /**
     * Method security's decisions. Web requests are left out: Vaadin decides which view a user may open, and a
     * refused request of a visitor who has not signed in is every visit before the login page, not an attack.
     */
    @Override
    public <T> void publishAuthorizationEvent(
            Supplier<Authentication> authentication, T object, @Nullable AuthorizationResult result) {
        // No result is no decision: Spring lets the call through, as its own publisher ignores it.
        if (result == null || result.isGranted() || !(object instanceof MethodInvocation panggilan)) {
            return;
        }
        Method metode = panggilan.getMethod();
        String alasan = result instanceof ExpressionAuthorizationDecision keputusan
                ? "tidak memenuhi " + keputusan.getExpression().getExpressionString()
                : "ditolak keamanan metode";
        catat(authentication.get(), metode.getDeclaringClass().getSimpleName() + "." + metode.getName(), alasan);
    }

    /** The listener that writes the security log also writes the application log's line: one line per refusal. */
    private void catat(@Nullable Authentication authentication, String metode, String alasan) {
        String username = authentication == null ? null : authentication.getName();
        events.publishEvent(new PenolakanAkses(username, metode, alasan));
    }
}
