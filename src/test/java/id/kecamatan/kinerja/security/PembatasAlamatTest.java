package id.kecamatan.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.UjiTerpadu;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-address login throttle against the real database, on a clock the test moves. Each test uses addresses of
 * its own from the documentation ranges (192.0.2.0/24, 2001:db8::/32), apart from KeamananLoginTest's, so tests
 * sharing the table never meet. The clock starts at the real time: the portal's own throttle, on the real clock,
 * forgets rows older than half an hour, and must not take these while a test runs. That a successful login does not
 * reset the count is checked through the real login, in KeamananLoginTest.
 */
@UjiTerpadu
class PembatasAlamatTest {

    @Autowired
    JdbcTemplate jdbc;

    private final JamUji jam = new JamUji(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Test
    void nineFailuresAreFreeTheTenthHoldsTheAddressForThirtySeconds() {
        PembatasAlamat pembatas = new PembatasAlamat(jdbc, jam);
        String alamat = "192.0.2.101";
        gagal(pembatas, alamat, 9);
        assertThat(pembatas.tahanSampai(alamat)).isEmpty();

        gagal(pembatas, alamat, 1);
        assertThat(pembatas.tahanSampai(alamat)).contains(jam.instant().plusSeconds(30));
        assertThat(pembatas.tahanSampai("192.0.2.102")).as("another address").isEmpty();

        jam.maju(Duration.ofSeconds(29));
        assertThat(pembatas.tahanSampai(alamat)).isPresent();
        jam.maju(Duration.ofSeconds(1));
        assertThat(pembatas.tahanSampai(alamat)).isEmpty();
    }

    @Test
    void theWaitDoublesUpToFifteenMinutes() {
        assertThat(PembatasAlamat.jeda(10)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PembatasAlamat.jeda(11)).isEqualTo(Duration.ofMinutes(1));
        assertThat(PembatasAlamat.jeda(12)).isEqualTo(Duration.ofMinutes(2));
        assertThat(PembatasAlamat.jeda(14)).isEqualTo(Duration.ofMinutes(8));
        assertThat(PembatasAlamat.jeda(15)).isEqualTo(Duration.ofMinutes(15));
        assertThat(PembatasAlamat.jeda(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        PembatasAlamat pembatas = new PembatasAlamat(jdbc, jam);
        String alamat = "192.0.2.103";
        gagal(pembatas, alamat, 12);
        assertThat(pembatas.tahanSampai(alamat)).contains(jam.instant().plus(Duration.ofMinutes(2)));

        gagal(pembatas, alamat, 8);
        assertThat(pembatas.tahanSampai(alamat)).contains(jam.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void anAddressQuietForHalfAnHourStartsAfresh() {
        PembatasAlamat pembatas = new PembatasAlamat(jdbc, jam);
        String alamat = "192.0.2.104";
        gagal(pembatas, alamat, 12);
        assertThat(pembatas.tahanSampai(alamat)).isPresent();

        jam.maju(Duration.ofMinutes(30));
        assertThat(pembatas.tahanSampai(alamat)).isEmpty();
        gagal(pembatas, alamat, 9);
        assertThat(pembatas.tahanSampai(alamat))
                .as("the count began again at 1")
                .isEmpty();
    }

    /** Two instances behind a proxy: five failures on each hold the address as ten on one would. */
    @Test
    void twoInstancesShareOneCount() {
        PembatasAlamat satu = new PembatasAlamat(jdbc, jam);
        PembatasAlamat dua = new PembatasAlamat(jdbc, jam);
        String alamat = "2001:db8::101";

        gagal(satu, alamat, 5);
        gagal(dua, alamat, 4);
        assertThat(satu.tahanSampai(alamat)).isEmpty();
        assertThat(dua.tahanSampai(alamat)).isEmpty();

        gagal(dua, alamat, 1);
        assertThat(satu.tahanSampai(alamat)).contains(jam.instant().plusSeconds(30));
        assertThat(dua.tahanSampai(alamat)).contains(jam.instant().plusSeconds(30));
    }

    @Test
    void concurrentFailuresAreEachCounted() throws Exception {
        PembatasAlamat pembatas = new PembatasAlamat(jdbc, jam);
        String alamat = "2001:db8::102";
        int benang = 20;
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<?>> hasil = new ArrayList<>();
        try (ExecutorService pelaksana = Executors.newFixedThreadPool(benang)) {
            for (int i = 0; i < benang; i++) {
                hasil.add(pelaksana.submit(() -> {
                    mulai.await();
                    pembatas.gagal(alamat);
                    return null;
                }));
            }
            mulai.countDown();
            for (Future<?> h : hasil) {
                h.get();
            }
        }

        assertThat(jdbc.queryForObject("select gagal from pembatas_alamat where alamat = ?", Integer.class, alamat))
                .isEqualTo(benang);
    }

    /** Every BERSIHKAN_SETIAP failures an instance deletes the rows it would ignore anyway. */
    @Test
    void theTableIsBounded() {
        String lama = "2001:db8::103";
        String baru = "2001:db8::104";
        new PembatasAlamat(jdbc, new JamUji(jam.instant().minus(PembatasAlamat.LUPA_SETELAH))).gagal(lama);
        PembatasAlamat pembatas = new PembatasAlamat(jdbc, jam);

        gagal(pembatas, baru, PembatasAlamat.BERSIHKAN_SETIAP - 1);
        assertThat(baris(lama)).as("before the clearing").isOne();
        gagal(pembatas, baru, 1);

        assertThat(baris(lama)).as("forgotten: deleted").isZero();
        assertThat(baris(baru)).as("failed within the half hour: kept").isOne();
    }

    private int baris(String alamat) {
        return jdbc.queryForObject("select count(*) from pembatas_alamat where alamat = ?", Integer.class, alamat);
    }

    private static void gagal(PembatasAlamat pembatas, String alamat, int kali) {
        for (int i = 0; i < kali; i++) {
            pembatas.gagal(alamat);
        }
    }
}
