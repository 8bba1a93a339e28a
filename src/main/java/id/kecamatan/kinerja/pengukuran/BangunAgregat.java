package id.kecamatan.kinerja.pengukuran;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds, at start, the aggregates of every instansi that has none recorded (table agregat_instansi): an
 * installation older than them (migration V19 creates them empty), or kecamatan written by bulk SQL. One query finds
 * none in a portal already built, so a start costs nothing more; what is built is built from the raw rows by the
 * upkeep's own code, some instansi per transaction.
 */
@Component
class BangunAgregat implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BangunAgregat.class);

    /** Instansi per transaction: about 2,000 indicators with the plans of the portal. */
    private static final int PER_TRANSAKSI = 100;

    private final JdbcTemplate jdbc;
    private final PemeliharaAgregat pemelihara;
    private final TransactionTemplate transaksi;

    BangunAgregat(JdbcTemplate jdbc, PemeliharaAgregat pemelihara, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.pemelihara = pemelihara;
        this.transaksi = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        bangunYangBelum();
    }

    /** @return how many instansi were built */
    int bangunYangBelum() {
        List<Long> belum = jdbc.query(
                "select id from instansi where id not in (select instansi_id from agregat_instansi) order by id",
                (rs, n) -> rs.getLong(1));
        if (belum.isEmpty()) {
            return 0;
        }
        long mulai = System.nanoTime();
        for (int i = 0; i < belum.size(); i += PER_TRANSAKSI) {
            List<Long> bagian = belum.subList(i, Math.min(belum.size(), i + PER_TRANSAKSI));
            transaksi.executeWithoutResult(s -> pemelihara.bangunInstansi(bagian));
        }
        log.info(
                "Agregat capaian dibangun untuk {} instansi dalam {} ms",
                belum.size(),
                (System.nanoTime() - mulai) / 1_000_000);
        return belum.size();
    }
}
