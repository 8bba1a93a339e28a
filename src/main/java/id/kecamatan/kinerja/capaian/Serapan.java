package id.kecamatan.kinerja.capaian;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Budget absorption: serapan = realisasi anggaran / pagu × 100, in percent, rounded once like every figure here. */
public final class Serapan {

    private Serapan() {}

    /**
     * @param realisasi the amount spent over the quarters counted; null: nothing entered yet
     * @param pagu      the budget; null: not set
     */
    public static Hasil hitung(@Nullable BigDecimal realisasi, @Nullable BigDecimal pagu) {
        if (pagu == null) {
            return new Hasil.TidakDapatDihitung("Pagu belum ditetapkan");
        }
        if (pagu.signum() == 0) {
            return new Hasil.TidakDapatDihitung("Pagu bernilai 0");
        }
        if (realisasi == null) {
            return new Hasil.BelumDiisi();
        }
        return new Hasil.Nilai(
                Angka.bulatkan(realisasi.multiply(Angka.SERATUS, Angka.MC).divide(pagu, Angka.MC)));
    }
}
