package id.kecamatan.kinerja.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TabelPredikatTest {

    @ParameterizedTest(name = "capaian {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            150    | Sangat Tinggi
            91     | Sangat Tinggi
            90.99  | Tinggi
            90.5   | Tinggi
            90     | Tinggi
            76     | Tinggi
            75.99  | Sedang
            75.5   | Sedang
            75     | Sedang
            66     | Sedang
            65.99  | Rendah
            65     | Rendah
            51     | Rendah
            50.99  | Sangat Rendah
            50.5   | Sangat Rendah
            50     | Sangat Rendah
            0      | Sangat Rendah
            -10    | Sangat Rendah
            """)
    void predikatCapaianBakuMemakaiBatasBawahInklusif(BigDecimal capaian, String predikat) {
        assertThat(TabelPredikat.CAPAIAN_BAKU.predikat(capaian).nama()).isEqualTo(predikat);
    }

    @ParameterizedTest(name = "nilai AKIP {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100    | AA
            90.01  | AA
            90     | A
            80.01  | A
            80     | BB
            70.01  | BB
            70     | B
            60.01  | B
            60     | CC
            56.86  | CC
            50.01  | CC
            50     | C
            30.01  | C
            30     | D
            0      | D
            """)
    void predikatAkipBakuMemakaiLebihDari(BigDecimal nilai, String predikat) {
        assertThat(TabelPredikat.NILAI_AKIP_BAKU.predikat(nilai).nama()).isEqualTo(predikat);
    }

    @Test
    void tabelSendiriDiurutkanDariAtasApapunUrutanMasukan() {
        TabelPredikat tabel =
                TabelPredikat.batasBawah(List.of(pita("0", "Kurang"), pita("100", "Baik"), pita("80", "Cukup")));

        assertThat(tabel.pita()).extracting(TabelPredikat.Pita::nama).containsExactly("Baik", "Cukup", "Kurang");
        assertThat(tabel.predikat(new BigDecimal("100")).nama()).isEqualTo("Baik");
        assertThat(tabel.predikat(new BigDecimal("99.99")).nama()).isEqualTo("Cukup");
        assertThat(tabel.predikat(new BigDecimal("79.99")).nama()).isEqualTo("Kurang");
    }

    @Test
    void batasYangSamaMemberiHasilBerbedaMenurutJenisTabel() {
        List<TabelPredikat.Pita> pita = List.of(pita("80", "Atas"), pita("0", "Bawah"));

        assertThat(TabelPredikat.batasBawah(pita).predikat(new BigDecimal("80")).nama())
                .isEqualTo("Atas");
        assertThat(TabelPredikat.lebihDari(pita).predikat(new BigDecimal("80")).nama())
                .isEqualTo("Bawah");
    }

    @Test
    void tabelKosongDitolak() {
        assertThatThrownBy(() -> TabelPredikat.batasBawah(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimal satu pita");
    }

    @Test
    void batasGandaDitolakMeskiSkalanyaBerbeda() {
        assertThatThrownBy(() -> TabelPredikat.batasBawah(List.of(pita("76", "Tinggi"), pita("76.0", "Sedang"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Batas predikat 76");
    }

    @Test
    void pitaTanpaNamaDitolak() {
        assertThatThrownBy(() -> pita("76", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nama predikat wajib diisi");
    }

    private static TabelPredikat.Pita pita(String batas, String nama) {
        return new TabelPredikat.Pita(new BigDecimal(batas), nama);
    }
}
