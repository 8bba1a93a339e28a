package id.kecamatan.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the security log. In a transaction of its own: a refusal rolls back the work it interrupted, but its
 * log row must stay. Called by the login and by access checks, for anyone (also before login), so this is a
 * component and not a service with a {@code @PreAuthorize}.
 */
@Component
class PencatatKeamanan {

    private static final Logger log = LoggerFactory.getLogger(PencatatKeamanan.class);

    private final LogKeamananRepository repository;
    private final Clock clock;

    PencatatKeamanan(LogKeamananRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void catat(
            Peristiwa peristiwa, @Nullable String username, @Nullable String alamat, @Nullable String detail) {
        log.info("{} pengguna={} alamat={} {}", peristiwa, username, alamat, detail == null ? "" : detail);
        repository.save(new LogKeamanan(clock.instant(), username, alamat, peristiwa, detail));
    }

    /** The remote address of the web request being served, if there is one (none in a background job). */
    static @Nullable String alamatSaatIni() {
        RequestAttributes atribut = RequestContextHolder.getRequestAttributes();
        if (atribut instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
