package id.kecamatan.kinerja.base;

import java.time.LocalDate;
import java.util.Objects;

/** One triwulan of one year: a realisasi's period, what a deadline or a dashboard is computed for. */
public record Periode(int tahun, Triwulan triwulan) {

    public Periode {
        Objects.requireNonNull(triwulan, "triwulan");
    }

    /** The period a day falls in. */
    public static Periode dari(LocalDate hari) {
        return new Periode(hari.getYear(), Triwulan.dari(hari));
    }

    public LocalDate hariPertama() {
        return triwulan.hariPertama(tahun);
    }

    public LocalDate hariTerakhir() {
        return triwulan.hariTerakhir(tahun);
    }

    /** The next triwulan, Triwulan I of the next year after Triwulan IV. */
    public Periode berikut() {
        return dari(hariTerakhir().plusDays(1));
    }
}
