package id.kecamatan.kinerja.capaian;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Combining capaian into a score. Only here is capaian capped, so that one indicator far above
 * target cannot hide others below it; the raw capaian stays what is stored and shown.
 */
public final class Skor {

    /** The default cap on a capaian when it is combined into a score (120 %). */
    public static final BigDecimal BATAS_ATAS_BAKU = new BigDecimal("120");

    private Skor() {}

    /**
     * One capaian in a rollup.
     *
     * @param capaian the raw capaian; a non-value lowers the coverage instead of counting as 0
     * @param bobot   its weight, at least 0
     */
    public record Item(Hasil capaian, BigDecimal bobot) {
        public Item {
            if (capaian == null) {
                throw new IllegalArgumentException("Capaian wajib diberikan; gunakan BelumDiisi untuk nilai kosong");
            }
            if (bobot == null || bobot.signum() < 0) {
                throw new IllegalArgumentException("Bobot wajib diisi dan tidak boleh negatif");
            }
        }
    }

    /**
     * A rollup figure with its coverage.
     *
     * @param nilai  the weighted mean of the scored capaian, {@link Hasil.BelumDiisi} if no item has a value
     * @param terisi how many items had a value
     * @param jumlah how many items there were
     */
    public record Gabungan(Hasil nilai, int terisi, int jumlah) {}

    /** The capaian as it counts in a score: {@code min(capaian, batasAtas)}, rounded to 2 decimals. */
    public static BigDecimal skor(BigDecimal capaian, BigDecimal batasAtas) {
        if (capaian == null) {
            throw new IllegalArgumentException("Capaian wajib diberikan");
        }
        periksaBatasAtas(batasAtas);
        return Angka.bulatkan(capaian.min(batasAtas));
    }

    /**
     * Weighted mean of the scored capaian of the items that have a value: Σ(skor × bobot) / Σbobot.
     * Items without a value are left out of both sums and reported through the coverage.
     */
    public static Gabungan rataRataTertimbang(List<Item> item, BigDecimal batasAtas) {
        if (item == null || item.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Daftar item wajib diberikan dan tidak boleh berisi item kosong");
        }
        periksaBatasAtas(batasAtas);
        BigDecimal totalTertimbang = BigDecimal.ZERO;
        BigDecimal totalBobot = BigDecimal.ZERO;
        int terisi = 0;
        for (Item i : item) {
            if (i.capaian() instanceof Hasil.Nilai(BigDecimal capaian)) {
                totalTertimbang = totalTertimbang.add(skor(capaian, batasAtas).multiply(i.bobot(), Angka.MC), Angka.MC);
                totalBobot = totalBobot.add(i.bobot(), Angka.MC);
                terisi++;
            }
        }
        Hasil nilai;
        if (terisi == 0) {
            nilai = new Hasil.BelumDiisi();
        } else if (totalBobot.signum() == 0) {
            nilai = new Hasil.TidakDapatDihitung("Jumlah bobot bernilai 0");
        } else {
            nilai = new Hasil.Nilai(Angka.bulatkan(totalTertimbang.divide(totalBobot, Angka.MC)));
        }
        return new Gabungan(nilai, terisi, item.size());
    }

    private static void periksaBatasAtas(BigDecimal batasAtas) {
        if (batasAtas == null || batasAtas.signum() <= 0) {
            throw new IllegalArgumentException("Batas atas skor wajib diisi dan harus lebih dari 0");
        }
    }
}
