package id.kecamatan.kinerja.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.capaian.Efisiensi.Penilaian;
import id.kecamatan.kinerja.capaian.Efisiensi.Tingkat;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Efficiency worked by hand: selisih = capaian − serapan against ± the threshold, bounds fairly efficient. */
class EfisiensiTest {

    @ParameterizedTest(name = "capaian {0}, serapan {1}, ambang {2} → {3} {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // capaian | serapan | ambang | selisih | tingkat
                "95.00     | 80.00   | 5      | 15.00   | EFISIEN",
                "85.01     | 80.00   | 5      | 5.01    | EFISIEN",
                "85.00     | 80.00   | 5      | 5.00    | CUKUP_EFISIEN", // on the bound: not above it
                "80.00     | 80.00   | 5      | 0.00    | CUKUP_EFISIEN",
                "75.00     | 80.00   | 5      | -5.00   | CUKUP_EFISIEN", // on the lower bound
                "74.99     | 80.00   | 5      | -5.01   | TIDAK_EFISIEN",
                "60.00     | 95.50   | 5      | -35.50  | TIDAK_EFISIEN",
                "81.00     | 80.00   | 0      | 1.00    | EFISIEN", // a threshold of 0: any point above
                "84.00     | 80.00   | 10     | 4.00    | CUKUP_EFISIEN", // an instansi's own, wider threshold
                "-         | 80.00   | 5      | -       | -", // no capaian: no grade, not "tidak efisien"
                "90.00     | -       | 5      | -       | -", // no serapan (no pagu): no grade
            })
    void efisiensi(BigDecimal capaian, BigDecimal serapan, BigDecimal ambang, BigDecimal selisih, Tingkat tingkat) {
        Optional<Penilaian> hasil = Efisiensi.nilai(nilai(capaian), nilai(serapan), ambang);

        if (tingkat == null) {
            assertThat(hasil).isEmpty();
        } else {
            assertThat(hasil).contains(new Penilaian(selisih, tingkat));
        }
    }

    private static Hasil nilai(BigDecimal angka) {
        return angka == null ? new Hasil.TidakDapatDihitung("Target belum ditetapkan") : new Hasil.Nilai(angka);
    }
}
