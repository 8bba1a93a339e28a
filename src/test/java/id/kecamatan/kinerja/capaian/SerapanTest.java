package id.kecamatan.kinerja.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Serapan worked by hand: realisasi / pagu × 100, rounded once to 2 decimals HALF_UP; no pagu is not 0 %. */
class SerapanTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // realisasi    | pagu          | serapan or the reason it has none
                "250000000      | 1000000000    | 25.00",
                "1              | 3             | 33.33", // 33.333… rounds down
                "2              | 3             | 66.67", // 66.666… rounds up
                "1              | 8             | 12.50", // 12.5 exactly: two decimals all the same
                "1200           | 1000          | 120.00", // more spent than the pagu: shown, not capped
                "0              | 1000          | 0.00", // nothing spent is 0 %, entered as 0
                "-              | 1000          | belum diisi",
                "100            | 0             | Pagu bernilai 0",
                "100            | -             | Pagu belum ditetapkan",
            })
    void serapan(BigDecimal realisasi, BigDecimal pagu, String diharapkan) {
        Hasil hasil = Serapan.hitung(realisasi, pagu);

        switch (hasil) {
            case Hasil.Nilai n -> assertThat(n.nilai()).isEqualTo(new BigDecimal(diharapkan));
            case Hasil.BelumDiisi b -> assertThat(diharapkan).isEqualTo("belum diisi");
            case Hasil.TidakDapatDihitung t -> assertThat(t.alasan()).isEqualTo(diharapkan);
        }
    }
}
