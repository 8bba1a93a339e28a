package id.kecamatan.kinerja.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Long work (documents, exports) off the request thread, so the screen stays usable while it runs. The caller's
 * security context goes with the work, so the services it calls check access as for the caller. Two threads and
 * a short queue: on a small office server a burst of exports waits its turn instead of starving the screens.
 */
@Component
public class PekerjaanLatar implements DisposableBean {

    static final int UTAS = 2;
    static final int ANTREAN = 20;

    private final ThreadPoolTaskExecutor pelaksana = new ThreadPoolTaskExecutor();
    private final Clock clock;

    PekerjaanLatar(Clock clock) {
        this.clock = clock;
        pelaksana.setCorePoolSize(UTAS);
        pelaksana.setMaxPoolSize(UTAS);
        pelaksana.setQueueCapacity(ANTREAN);
        pelaksana.setThreadNamePrefix("latar-");
        pelaksana.setWaitForTasksToCompleteOnShutdown(false);
        pelaksana.initialize();
    }

    /** Work still running when the portal stops is abandoned: it only makes files for a browser that is gone. */
    @Override
    public void destroy() {
        pelaksana.shutdown();
    }

    /** The moment printed on a file made now ("dicetak"), from the portal's one clock. */
    public LocalDateTime waktuCetak() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** Runs the work as the signed-in user; a full queue fails the future with the key "latar.penuh". */
    public <T> CompletableFuture<T> jalankan(Supplier<T> pekerjaan) {
        Executor denganKonteks = new DelegatingSecurityContextExecutor(pelaksana, SecurityContextHolder.getContext());
        try {
            return CompletableFuture.supplyAsync(pekerjaan, denganKonteks);
        } catch (TaskRejectedException penuh) {
            return CompletableFuture.failedFuture(new AturanDilanggar("latar.penuh"));
        }
    }
}
