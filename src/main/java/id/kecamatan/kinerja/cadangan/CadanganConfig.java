package id.kecamatan.kinerja.cadangan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Backup settings, and scheduling for the daily backup. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CadanganProperties.class)
@EnableScheduling
class CadanganConfig {}
