package id.kecamatan.kinerja.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, so that tests can fix "now" (deadlines, revisions, sample data). */
@Configuration(proxyBeanMethods = false)
class WaktuConfig {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
