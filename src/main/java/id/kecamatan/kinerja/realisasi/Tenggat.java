package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline of a quarter's realisasi: by default the 10th day of the month after the quarter
 * ({@code kinerja.tenggat.hari}), in the office's time zone ({@code kinerja.zona-waktu}).
 */
@Component
public class Tenggat {

    private final int hari;
    private final ZoneId zona;

    Tenggat(@Value("${kinerja.tenggat.hari:10}") int hari, ZoneId zona) {
        this.hari = hari;
        this.zona = zona;
    }

    /** The last day on which a submission is on time. */
    public LocalDate untuk(Periode periode) {
        return periode.berikut().hariPertama().withDayOfMonth(hari);
    }

    public boolean terlambat(Periode periode, @Nullable Instant diajukanPada) {
        return diajukanPada != null && diajukanPada.atZone(zona).toLocalDate().isAfter(untuk(periode));
    }

    /** A quarter can be filled in from its first day on. */
    public boolean sudahBerjalan(Periode periode, Clock clock) {
        return !periode.hariPertama().isAfter(hariIni(clock));
    }

    /** The last triwulan of a year that has started: IV for a past year, I for a year still to come. */
    public Triwulan triwulanBerjalan(int tahun, Clock clock) {
        LocalDate hariIni = hariIni(clock);
        if (hariIni.getYear() != tahun) {
            return hariIni.getYear() > tahun ? Triwulan.IV : Triwulan.I;
        }
        return Triwulan.dari(hariIni);
    }

    /** Today in the office's zone, whatever the zone of the clock given (a test's may be UTC). */
    public LocalDate hariIni(Clock clock) {
        return LocalDate.now(clock.withZone(zona));
    }
}
