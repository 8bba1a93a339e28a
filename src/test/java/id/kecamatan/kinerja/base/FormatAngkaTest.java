package id.kecamatan.kinerja.base;

import static org.assertj.core.api.Assertions.assertThat;

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
}
