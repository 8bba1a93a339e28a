package id.kecamatan.kinerja.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB. The default port is not 3306, so it never collides with
 * a MariaDB server already installed on the machine; port 0 picks a free port (tests).
 * {@code kredensialBaru} gives the database user a new password, for a data folder whose credentials file is lost.
 */
@ConfigurationProperties("kinerja.embedded-db")
public record EmbeddedDbProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("3307") int port,
        @DefaultValue("kinerja") String database,
        @DefaultValue("false") boolean kredensialBaru) {}
