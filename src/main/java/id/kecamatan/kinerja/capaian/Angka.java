package id.kecamatan.kinerja.capaian;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The single place that decides precision and rounding (see the package documentation); public for the LKE scoring
 * ({@code capaian.lke}), which rounds its figures the same way.
 */
public final class Angka {

    /** Precision of every intermediate step: 16 significant digits, HALF_EVEN. */
    static final MathContext MC = MathContext.DECIMAL64;

    static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private static final int DESIMAL = 2;

    private Angka() {}

    /** Rounds a published figure to 2 decimals, HALF_UP, as figures are shown in reports. */
    public static BigDecimal bulatkan(BigDecimal nilai) {
        return nilai.setScale(DESIMAL, RoundingMode.HALF_UP);
    }

    static Hasil bulatkan(Hasil hasil) {
        return hasil instanceof Hasil.Nilai(BigDecimal nilai) ? new Hasil.Nilai(bulatkan(nilai)) : hasil;
    }
}
