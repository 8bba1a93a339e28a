package id.kecamatan.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TenggatTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final Tenggat tenggat = new Tenggat(10, WIB);

    @Test
    void tenggatHariKesepuluhBulanSetelahTriwulan() {
        assertThat(tenggat.untuk(new Periode(2026, Triwulan.I))).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(tenggat.untuk(new Periode(2026, Triwulan.II))).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(tenggat.untuk(new Periode(2026, Triwulan.III))).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(tenggat.untuk(new Periode(2025, Triwulan.IV))).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(new Tenggat(15, WIB).untuk(new Periode(2026, Triwulan.I))).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void terlambatDihitungDalamWaktuIndonesiaBarat() {
        // 10 April 23:30 WIB is 16:30 UTC: still on time; 11 April 00:30 WIB is 10 April 17:30 UTC: late
        assertThat(tenggat.terlambat(new Periode(2026, Triwulan.I), Instant.parse("2026-04-10T16:30:00Z")))
                .isFalse();
        assertThat(tenggat.terlambat(new Periode(2026, Triwulan.I), Instant.parse("2026-04-10T17:30:00Z")))
                .isTrue();
        assertThat(tenggat.terlambat(new Periode(2026, Triwulan.I), null)).isFalse();
    }

    @Test
    void triwulanBerjalanMengikutiTanggalDiWib() {
        // 30 September 17:30 UTC is already 1 October 00:30 in Jakarta: Triwulan IV has started there
        Clock awalOktoberWib = Clock.fixed(Instant.parse("2026-09-30T17:30:00Z"), ZoneOffset.UTC);
        assertThat(tenggat.triwulanBerjalan(2026, awalOktoberWib)).isEqualTo(Triwulan.IV);
        assertThat(tenggat.triwulanBerjalan(2026, Clock.fixed(Instant.parse("2026-09-30T16:30:00Z"), ZoneOffset.UTC)))
                .isEqualTo(Triwulan.III);
        assertThat(tenggat.triwulanBerjalan(2025, awalOktoberWib)).isEqualTo(Triwulan.IV);
        assertThat(tenggat.triwulanBerjalan(2027, awalOktoberWib)).isEqualTo(Triwulan.I);
    }
}
