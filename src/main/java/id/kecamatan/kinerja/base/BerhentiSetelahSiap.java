package id.kecamatan.kinerja.base;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The run that trains the AOT cache at build time (pom profile {@code portal-aot}): the portal starts as always and,
 * once ready, stops as a user stops it, so its embedded MariaDB is shut down too. Spring's own
 * {@code spring.context.exit=onRefresh} halts the JVM without shutdown hooks and left that server running.
 */
@Component
@ConditionalOnBooleanProperty("kinerja.berhenti-setelah-siap")
class BerhentiSetelahSiap {

    @EventListener
    void siap(ApplicationReadyEvent event) {
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
