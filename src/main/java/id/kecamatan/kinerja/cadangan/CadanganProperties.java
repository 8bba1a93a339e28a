package id.kecamatan.kinerja.cadangan;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups: the folder they are written to, the daily schedule (Spring cron, "-" switches it off), how many backup
 * files the schedule keeps, and the folder of {@code mariadb-dump}/{@code mariadb} (empty: the embedded bundle's
 * when the embedded database runs, otherwise the PATH).
 */
@ConfigurationProperties("kinerja.cadangan")
public record CadanganProperties(
        @DefaultValue("./data/cadangan") Path folder,
        @DefaultValue("0 30 1 * * *") String jadwal,
        @DefaultValue("7") int simpan,
        @DefaultValue("") String folderAlat) {

    public CadanganProperties {
        if (simpan < 1) {
            throw new IllegalArgumentException("kinerja.cadangan.simpan harus paling sedikit 1, bukan " + simpan);
        }
    }
}
