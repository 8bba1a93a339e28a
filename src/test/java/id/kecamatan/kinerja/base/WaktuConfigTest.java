package id.kecamatan.kinerja.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** kinerja.zona-waktu is the one setting of the office's zone: the portal's clock runs in it. */
class WaktuConfigTest {

    private final ApplicationContextRunner konteks =
            new ApplicationContextRunner().withUserConfiguration(WaktuConfig.class);

    @Test
    void asiaJakartaBilaTidakDiatur() {
        konteks.run(k -> {
            assertThat(k.getBean(ZoneId.class)).isEqualTo(ZoneId.of("Asia/Jakarta"));
            assertThat(k.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        });
    }

    @Test
    void jamPortalBerjalanDiZonaYangDiatur() {
        konteks.withPropertyValues("kinerja.zona-waktu=Asia/Makassar").run(k -> {
            assertThat(k.getBean(ZoneId.class)).isEqualTo(ZoneId.of("Asia/Makassar"));
            assertThat(k.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        });
    }
}
