package id.kecamatan.kinerja.realisasi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline of a quarter's realisasi: by default the 10th day of the month after the quarter
 * ({@code kinerja.tenggat.hari}), in the office's time zone.
 */
@Component
public class Tenggat {

    private final int hari;
    private final ZoneId zona;

    Tenggat(@Value("${kinerja.tenggat.hari:10}") int hari, @Value("${kinerja.zona-waktu:Asia/Jakarta}") String zona) {
        this.hari = hari;
        this.zona = ZoneId.of(zona);
    }

    /** The last day on which a submission is on time. */
    public LocalDate untuk(int tahun, int triwulan) {
        return LocalDate.of(tahun, triwulan * 3, 1).plusMonths(1).withDayOfMonth(hari);
    }

    public boolean terlambat(int tahun, int triwulan, Instant diajukanPada) {
        return diajukanPada != null && diajukanPada.atZone(zona).toLocalDate().isAfter(untuk(tahun, triwulan));
    }

    /** A quarter can be filled in from its first day on. */
    public boolean sudahBerjalan(int tahun, int triwulan, Clock clock) {
        return !LocalDate.of(tahun, (triwulan - 1) * 3 + 1, 1).isAfter(hariIni(clock));
    }

    /** The last triwulan of a year that has started: 4 for a past year, 1 for a year still to come. */
    public int triwulanBerjalan(int tahun, Clock clock) {
        int tw = 4;
        while (tw > 1 && !sudahBerjalan(tahun, tw, clock)) {
            tw--;
        }
        return tw;
    }

    public LocalDate hariIni(Clock clock) {
        return LocalDate.now(clock.withZone(zona));
    }
}
