package id.kecamatan.kinerja.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    @Test
    void hariPertamaDanTerakhirTriwulanDiTahunnya() {
        Periode periode = new Periode(2025, Triwulan.IV);

        assertThat(periode.hariPertama()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(periode.hariTerakhir()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void berikutnyaMelewatiAkhirTahun() {
        assertThat(new Periode(2025, Triwulan.I).berikut()).isEqualTo(new Periode(2025, Triwulan.II));
        assertThat(new Periode(2025, Triwulan.III).berikut()).isEqualTo(new Periode(2025, Triwulan.IV));
        assertThat(new Periode(2025, Triwulan.IV).berikut()).isEqualTo(new Periode(2026, Triwulan.I));
    }

    @Test
    void periodeSebuahTanggal() {
        assertThat(Periode.dari(LocalDate.of(2026, 5, 17))).isEqualTo(new Periode(2026, Triwulan.II));
        assertThat(Periode.dari(LocalDate.of(2026, 12, 31))).isEqualTo(new Periode(2026, Triwulan.IV));
    }

    @Test
    void tanpaTriwulanBukanPeriode() {
        assertThatThrownBy(() -> new Periode(2026, null)).isInstanceOf(NullPointerException.class);
    }
}
