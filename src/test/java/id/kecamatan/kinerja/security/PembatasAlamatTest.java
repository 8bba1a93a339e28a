package id.kecamatan.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-address login throttle, on a clock the test moves. */
class PembatasAlamatTest {

    private static final String ALAMAT = "192.0.2.1";

    private final JamUji jam = new JamUji(Instant.parse("2026-03-02T01:00:00Z"));
    private final PembatasAlamat pembatas = new PembatasAlamat(jam);

    @Test
    void nineFailuresAreFreeTheTenthHoldsTheAddressForThirtySeconds() {
        gagal(ALAMAT, 9);
        assertThat(pembatas.tahanSampai(ALAMAT)).isEmpty();

        gagal(ALAMAT, 1);
        assertThat(pembatas.tahanSampai(ALAMAT)).contains(jam.instant().plusSeconds(30));
        assertThat(pembatas.tahanSampai("192.0.2.2")).as("another address").isEmpty();

        jam.maju(Duration.ofSeconds(29));
        assertThat(pembatas.tahanSampai(ALAMAT)).isPresent();
        jam.maju(Duration.ofSeconds(1));
        assertThat(pembatas.tahanSampai(ALAMAT)).isEmpty();
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
    void anAddressQuietForHalfAnHourStartsAfresh() {
        gagal(ALAMAT, 12);
        assertThat(pembatas.tahanSampai(ALAMAT)).isPresent();

        jam.maju(Duration.ofMinutes(30));
        assertThat(pembatas.tahanSampai(ALAMAT)).isEmpty();
        gagal(ALAMAT, 9);
        assertThat(pembatas.tahanSampai(ALAMAT))
                .as("the count began again at 1")
                .isEmpty();
    }

    /** A flood of addresses pushes out the one failed longest ago instead of growing the table. */
    @Test
    void theTableIsBounded() {
        gagal(ALAMAT, 10);
        assertThat(pembatas.tahanSampai(ALAMAT)).isPresent();

        for (int i = 0; i < PembatasAlamat.ALAMAT_MAKS; i++) {
            pembatas.gagal("2001:db8::" + Integer.toHexString(i));
        }

        assertThat(pembatas.tahanSampai(ALAMAT))
                .as("the oldest entry was dropped")
                .isEmpty();
        gagal("2001:db8::1", 9);
        assertThat(pembatas.tahanSampai("2001:db8::1"))
                .as("a recent entry is kept")
                .isPresent();
    }

    private void gagal(String alamat, int kali) {
        for (int i = 0; i < kali; i++) {
            pembatas.gagal(alamat);
        }
    }
}
