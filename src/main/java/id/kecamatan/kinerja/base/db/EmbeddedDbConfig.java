package id.kecamatan.kinerja.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default run: the DataSource points at the embedded MariaDB that {@link MulaiMariaDbLebihAwal} started before
 * the context, and waits for it. The {@code prod} profile switches this off and uses spring.datasource.*.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kinerja.embedded-db.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDbConfig {

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        db.tungguSiap();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
