package id.kecamatan.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TenggatTest {

    private final Tenggat tenggat = new Tenggat(10, "Asia/Jakarta");

    @Test
    void tenggatHariKesepuluhBulanSetelahTriwulan() {
        assertThat(tenggat.untuk(2026, 1)).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(tenggat.untuk(2026, 2)).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(tenggat.untuk(2026, 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(tenggat.untuk(2025, 4)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(new Tenggat(15, "Asia/Jakarta").untuk(2026, 1)).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void terlambatDihitungDalamWaktuIndonesiaBarat() {
        // 10 April 23:30 WIB is 16:30 UTC: still on time; 11 April 00:30 WIB is 10 April 17:30 UTC: late
        assertThat(tenggat.terlambat(2026, 1, Instant.parse("2026-04-10T16:30:00Z"))).isFalse();
        assertThat(tenggat.terlambat(2026, 1, Instant.parse("2026-04-10T17:30:00Z"))).isTrue();
        assertThat(tenggat.terlambat(2026, 1, null)).isFalse();
    }

    @Test
    void triwulanBerjalanMengikutiTanggalDiWib() {
        // 30 September 17:30 UTC is already 1 October 00:30 in Jakarta: Triwulan IV has started there
        Clock awalOktoberWib = Clock.fixed(Instant.parse("2026-09-30T17:30:00Z"), ZoneOffset.UTC);
        assertThat(tenggat.triwulanBerjalan(2026, awalOktoberWib)).isEqualTo(4);
        assertThat(tenggat.triwulanBerjalan(2026, Clock.fixed(Instant.parse("2026-09-30T16:30:00Z"), ZoneOffset.UTC)))
                .isEqualTo(3);
        assertThat(tenggat.triwulanBerjalan(2025, awalOktoberWib)).isEqualTo(4);
        assertThat(tenggat.triwulanBerjalan(2027, awalOktoberWib)).isEqualTo(1);
    }
}
