package id.kecamatan.kinerja.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's time zone ({@code kinerja.zona-waktu}, default Asia/Jakarta) and the one clock of the portal, in
 * that zone, so that "today" is the office's day whatever the server's own zone: deadlines, sample data, the
 * realisasi history and the dates printed on documents follow it. Tests fix "now" through the clock.
 */
@Configuration(proxyBeanMethods = false)
class WaktuConfig {

    @Bean
    ZoneId zonaWaktu(@Value("${kinerja.zona-waktu:Asia/Jakarta}") String zona) {
        return ZoneId.of(zona);
    }

    @Bean
    Clock clock(ZoneId zonaWaktu) {
        return Clock.system(zonaWaktu);
    }
}
