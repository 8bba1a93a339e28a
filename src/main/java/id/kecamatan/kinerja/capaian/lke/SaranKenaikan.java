package id.kecamatan.kinerja.capaian.lke;

import id.kecamatan.kinerja.capaian.Angka;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What would raise the grade ({@link PenilaianLke#saranKenaikan}): every answered kriteria that can go one step up
 * its scale, the most points first, and how far the total is from the next grade.
 *
 * @param langkah                 one-step improvements, by points descending, ties in the LKE's order
 * @param belumDinilai            kriteria without an answer; while there are any, the steps are still listed (each
 *                                adds the same points once the LKE is complete) but there is no total, so no next
 *                                grade and no distance to it
 * @param predikatBerikut         the grade above the current one; none at the top grade or while incomplete
 * @param kurangKePredikatBerikut the points the total as shown lacks to reach it (the smallest 2-decimal total that
 *                                reaches it, minus the total); none when there is no next grade
 */
public record SaranKenaikan(
        List<Langkah> langkah,
        int belumDinilai,
        TabelPredikat.@Nullable Pita predikatBerikut,
        @Nullable BigDecimal kurangKePredikatBerikut) {

    public SaranKenaikan {
        langkah = List.copyOf(langkah);
    }

    /**
     * One kriteria one step up its scale.
     *
     * @param tambahanTepat the points it adds to the total, exact (to 34 significant digits)
     */
    public record Langkah(KriteriaLke kriteria, String dari, String ke, BigDecimal tambahanTepat) {

        /** The points it adds, as shown: 2 decimals HALF_UP. */
        public BigDecimal tambahan() {
            return Angka.bulatkan(tambahanTepat);
        }
    }
}
