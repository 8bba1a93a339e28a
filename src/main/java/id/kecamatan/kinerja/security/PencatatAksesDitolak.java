package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.AksesDitolak;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes every refused access to the security log: refusals of method security ({@code @PreAuthorize} on the
 * services; published because SecurityConfig declares an AuthorizationEventPublisher) and refusals of the
 * features' own checks ({@link AksesDitolak}). Refused web requests of visitors who have not signed in are
 * not logged: that is every visit before the login page, not an attack.
 */
@Component
class PencatatAksesDitolak {

    private final PencatatKeamanan pencatat;

    PencatatAksesDitolak(PencatatKeamanan pencatat) {
        this.pencatat = pencatat;
    }

    @EventListener
    void aksesDitolak(AksesDitolak event) {
        pencatat.catat(Peristiwa.AKSES_DITOLAK, event.username(), PencatatKeamanan.alamatSaatIni(), event.alasan());
    }

    @EventListener
    void otorisasiDitolak(AuthorizationDeniedEvent<?> event) {
        if (!(event.getSource() instanceof MethodInvocation panggilan)) {
            return;
        }
        Authentication auth = event.getAuthentication().get();
        String username = auth == null ? null : auth.getName();
        String metode = panggilan.getMethod().getDeclaringClass().getSimpleName() + "." + panggilan.getMethod().getName();
        pencatat.catat(Peristiwa.AKSES_DITOLAK, username, PencatatKeamanan.alamatSaatIni(), "metode " + metode + " ditolak");
    }
}
