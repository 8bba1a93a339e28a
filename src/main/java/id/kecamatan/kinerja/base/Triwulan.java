package id.kecamatan.kinerja.base;

import java.time.LocalDate;
import java.util.List;

/**
 * A quarter of the year, Triwulan I–IV: the one type in which the portal passes a quarter (ARCHITECTURE.md §6a).
 * A number from outside (a file, a database column, a picker) becomes a triwulan through {@link #dari(int)} only,
 * so the range 1–4 is checked here and nowhere else. In {@code base} rather than {@code capaian} because the
 * shared triwulan picker of {@code base/ui} needs it too, and base depends on no feature.
 */
public enum Triwulan {
    // declared in calendar order: nomor() and the quarter of a date follow from the ordinal
    I,
    II,
    III,
    IV;

    private static final List<Triwulan> SEMUA = List.of(values());

    /** Triwulan {@code nomor} (1–4); any other number breaks the rule {@code triwulan.tidak-sah}. */
    public static Triwulan dari(int nomor) {
        if (!sah(nomor)) {
            throw new AturanDilanggar("triwulan.tidak-sah", nomor);
        }
        return SEMUA.get(nomor - 1);
    }

    /** Whether {@code nomor} is a triwulan, for a reader that reports a wrong one in its own words. */
    public static boolean sah(int nomor) {
        return nomor >= 1 && nomor <= SEMUA.size();
    }

    /** The triwulan a day falls in. */
    public static Triwulan dari(LocalDate hari) {
        return SEMUA.get((hari.getMonthValue() - 1) / 3);
    }

    public static List<Triwulan> semua() {
        return SEMUA;
    }

    /** 1–4, as the database and the files store it. */
    public int nomor() {
        return ordinal() + 1;
    }

    /** "I" … "IV", as documents write it. */
    public String romawi() {
        return name();
    }

    public LocalDate hariPertama(int tahun) {
        return LocalDate.of(tahun, 3 * nomor() - 2, 1);
    }

    public LocalDate hariTerakhir(int tahun) {
        return hariPertama(tahun).plusMonths(3).minusDays(1);
    }
}
