package id.kecamatan.kinerja.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatAngkaTest {

    @ParameterizedTest(name = "{0} byte -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1        | 1 KB",
                "1024     | 1 KB",
                "1025     | 2 KB",
                "34816    | 34 KB",
                "1048575  | 1.024 KB",
                "1048576  | 1 MB",
                "1625292  | 1,5 MB",
                "10485760 | 10 MB",
                "1625293  | 1,6 MB"
            })
    void ukuranBerkasSepertiDibacaOrang(long jumlahByte, String teks) {
        assertThat(FormatAngka.ukuranBerkas(jumlahByte)).isEqualTo(teks);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "92.5      | %        | 92,50",
                "88        | %        | 88,00",
                "97.777    | %        | 97,78",
                "56.86     | nilai    | 56,86",
                "12        | dokumen  | 12",
                "12.00     | Dokumen  | 12",
                "1234      | orang    | 1.234",
                "2.5       | orang    | 2,50", // a mean of counts is not whole: two decimals
                "3         | km       | 3,00",
                "3         |          | 3,00", // no unit: two decimals
            })
    void angkaDalamKolomMengikutiSatuan(String nilai, String satuan, String teks) {
        assertThat(FormatAngka.nilai(new BigDecimal(nilai), satuan)).isEqualTo(teks);
    }
}
