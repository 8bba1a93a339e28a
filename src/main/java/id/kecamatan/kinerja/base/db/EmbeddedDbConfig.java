package id.kecamatan.kinerja.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default run: the DataSource points at an embedded MariaDB that is started before it
 * and stopped after it. The {@code prod} profile switches this off and uses spring.datasource.*.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDbProperties.class)
@ConditionalOnProperty(name = "kinerja.embedded-db.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDbConfig {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDbProperties properties) {
        EmbeddedMariaDb db = new EmbeddedMariaDb(properties);
        db.start();
        return db;
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        return dataSource;
    }
}
