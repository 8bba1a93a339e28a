package id.kecamatan.kinerja.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TriwulanTest {

    @Test
    void nomorSatuSampaiEmpatDalamUrutanKalender() {
        assertThat(Triwulan.semua()).containsExactly(Triwulan.I, Triwulan.II, Triwulan.III, Triwulan.IV);
        assertThat(Triwulan.semua()).extracting(Triwulan::nomor).containsExactly(1, 2, 3, 4);
        for (Triwulan tw : Triwulan.semua()) {
            assertThat(Triwulan.dari(tw.nomor())).isSameAs(tw);
        }
        assertThat(Triwulan.II).isLessThan(Triwulan.III);
    }

    /** The one refusal of a number outside 1–4, with the key the screens translate (and the number, to say it). */
    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, 12})
    void nomorDiLuarSatuSampaiEmpatDitolak(int nomor) {
        assertThatThrownBy(() -> Triwulan.dari(nomor)).isInstanceOfSatisfying(AturanDilanggar.class, e -> {
            assertThat(e.getKunciPesan()).isEqualTo("triwulan.tidak-sah");
            assertThat(e.getArgumen()).containsExactly(nomor);
        });
    }

    @Test
    void angkaRomawiSepertiDokumenMenulisnya() {
        assertThat(Triwulan.semua()).extracting(Triwulan::romawi).containsExactly("I", "II", "III", "IV");
    }

    @ParameterizedTest(name = "Triwulan {0} {1}: {2} – {3}")
    @CsvSource({
        "I,   2026, 2026-01-01, 2026-03-31",
        "II,  2026, 2026-04-01, 2026-06-30",
        "III, 2026, 2026-07-01, 2026-09-30",
        "IV,  2026, 2026-10-01, 2026-12-31",
        "I,   2024, 2024-01-01, 2024-03-31"
    })
    void hariPertamaDanTerakhir(Triwulan tw, int tahun, LocalDate pertama, LocalDate terakhir) {
        assertThat(tw.hariPertama(tahun)).isEqualTo(pertama);
        assertThat(tw.hariTerakhir(tahun)).isEqualTo(terakhir);
    }

    @ParameterizedTest(name = "{0} -> Triwulan {1}")
    @CsvSource({
        "2026-01-01, I",
        "2026-03-31, I",
        "2026-04-01, II",
        "2026-06-30, II",
        "2026-07-01, III",
        "2026-09-30, III",
        "2026-10-01, IV",
        "2026-12-31, IV",
        "2024-02-29, I"
    })
    void triwulanSebuahTanggal(LocalDate hari, Triwulan tw) {
        assertThat(Triwulan.dari(hari)).isEqualTo(tw);
    }
}
