package id.kecamatan.kinerja.capaian;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Budget efficiency of a sasaran: what was achieved against what was spent. selisih = capaian − serapan (percentage
 * points); above the threshold it is efficient, within ± the threshold (bounds included) fairly efficient, below it not
 * efficient. The threshold is 5 points unless the instansi sets its own.
 */
public final class Efisiensi {

    /** The default threshold in percentage points. */
    public static final BigDecimal AMBANG_BAKU = new BigDecimal("5");

    public enum Tingkat {
        EFISIEN,
        CUKUP_EFISIEN,
        TIDAK_EFISIEN
    }

    /** The difference in points, rounded like every figure here, and its grade. */
    public record Penilaian(BigDecimal selisih, Tingkat tingkat) {}

    private Efisiensi() {}

    /**
     * The grade of a capaian against a serapan; none when either is not a number (never graded as if it were 0).
     *
     * @param ambang the threshold in points, at least 0
     */
    public static Optional<Penilaian> nilai(Hasil capaian, Hasil serapan, BigDecimal ambang) {
        if (ambang == null || ambang.signum() < 0) {
            throw new IllegalArgumentException("Ambang efisiensi wajib diisi dan tidak boleh negatif");
        }
        if (!(capaian instanceof Hasil.Nilai(BigDecimal c)) || !(serapan instanceof Hasil.Nilai(BigDecimal s))) {
            return Optional.empty();
        }
        BigDecimal selisih = Angka.bulatkan(c.subtract(s, Angka.MC));
        Tingkat tingkat = selisih.compareTo(ambang) > 0
                ? Tingkat.EFISIEN
                : selisih.compareTo(ambang.negate()) >= 0 ? Tingkat.CUKUP_EFISIEN : Tingkat.TIDAK_EFISIEN;
        return Optional.of(new Penilaian(selisih, tingkat));
    }
}
