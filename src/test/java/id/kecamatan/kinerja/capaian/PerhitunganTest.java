package id.kecamatan.kinerja.capaian;

import static id.kecamatan.kinerja.capaian.PeranKomponen.ISIAN;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PEMBILANG;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PENYEBUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.base.Triwulan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behaviour the worked-example table cannot express. */
class PerhitunganTest {

    private static final DefinisiIndikator RASIO_TERAKHIR = new DefinisiIndikator(
            JenisFormula.RASIO,
            Agregasi.TERAKHIR,
            Polaritas.POSITIF,
            List.of(new DefinisiKomponen("p", PEMBILANG), new DefinisiKomponen("q", PENYEBUT)),
            null);

    @Test
    void nilaiNullDalamPetaBerartiBelumDiisi() {
        Map<String, BigDecimal> isian = new HashMap<>();
        isian.put("p", new BigDecimal("45"));
        isian.put("q", null);

        assertThat(Perhitungan.nilaiTriwulan(RASIO_TERAKHIR, isian)).isEqualTo(new Hasil.BelumDiisi());
    }

    @Test
    void kodeLainDalamPetaDiabaikan() {
        Map<String, BigDecimal> isian =
                Map.of("p", new BigDecimal("45"), "q", new BigDecimal("50"), "lama", BigDecimal.ONE);

        assertThat(Perhitungan.nilaiTriwulan(RASIO_TERAKHIR, isian)).isEqualTo(nilai("90.00"));
    }

    @Test
    void terakhirMenurutNomorTriwulanBukanUrutanDaftar() {
        List<IsianTriwulan> triwulan = List.of(
                new IsianTriwulan(Triwulan.III, Map.of("p", new BigDecimal("30"), "q", new BigDecimal("40"))),
                new IsianTriwulan(Triwulan.I, Map.of("p", new BigDecimal("45"), "q", new BigDecimal("50"))));

        assertThat(Perhitungan.nilaiAgregat(RASIO_TERAKHIR, triwulan)).isEqualTo(nilai("75.00"));
    }

    @Test
    void triwulanGandaDitolak() {
        List<IsianTriwulan> triwulan =
                List.of(new IsianTriwulan(Triwulan.II, Map.of()), new IsianTriwulan(Triwulan.II, Map.of()));

        assertThatThrownBy(() -> Perhitungan.nilaiAgregat(RASIO_TERAKHIR, triwulan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Triwulan II diberikan lebih dari sekali");
    }

    @Test
    void rumusDenganFungsiEvalEx() {
        DefinisiIndikator rumus = rumus("MAX(a, b) - MIN(a, b)");

        assertThat(Perhitungan.nilaiTriwulan(rumus, Map.of("a", new BigDecimal("7.5"), "b", new BigDecimal("2"))))
                .isEqualTo(nilai("5.50"));
    }

    @Test
    void rumusTidakMembedakanHurufBesarKode() {
        DefinisiIndikator rumus = rumus("A / B * 100");

        assertThat(Perhitungan.nilaiTriwulan(rumus, Map.of("a", new BigDecimal("1"), "b", new BigDecimal("4"))))
                .isEqualTo(nilai("25.00"));
    }

    @Test
    void rumusYangBukanAngkaTidakDapatDihitung() {
        DefinisiIndikator rumus = rumus("a > b");

        assertThat(Perhitungan.nilaiTriwulan(rumus, Map.of("a", BigDecimal.ONE, "b", BigDecimal.ZERO)))
                .isEqualTo(new Hasil.TidakDapatDihitung("Hasil rumus bukan angka"));
    }

    @Test
    void kesalahanRumusLainTidakDapatDihitungDenganAlasan() {
        DefinisiIndikator rumus = rumus("SQRT(a - b)");

        Hasil hasil = Perhitungan.nilaiTriwulan(rumus, Map.of("a", BigDecimal.ONE, "b", BigDecimal.TEN));

        assertThat(hasil)
                .isInstanceOfSatisfying(
                        Hasil.TidakDapatDihitung.class,
                        tdd -> assertThat(tdd.alasan()).startsWith("Rumus tidak dapat dihitung"));
    }

    @Test
    void realisasiTidakDapatDihitungDiteruskanKeCapaian() {
        Hasil realisasi = new Hasil.TidakDapatDihitung("Penyebut bernilai 0");

        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.CERMIN, BigDecimal.TEN, realisasi))
                .isEqualTo(realisasi);
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, realisasi))
                .isEqualTo(realisasi);
    }

    @Test
    void kebalikanTargetDibagiRealisasi() {
        // T = 10, R = 8: the mirror (20 - 8) / 10 x 100 = 120; the inverse 10 / 8 x 100 = 125
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.CERMIN, BigDecimal.TEN, nilai("8")))
                .isEqualTo(nilai("120.00"));
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, nilai("8")))
                .isEqualTo(nilai("125.00"));
        // 10 / 3 x 100 = 333.333... shown raw; the cap is Skor's
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, nilai("3")))
                .isEqualTo(nilai("333.33"));
    }

    @Test
    void kebalikanRealisasiNolTidakDapatDihitung() {
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, nilai("0")))
                .isEqualTo(new Hasil.TidakDapatDihitung("Realisasi bernilai 0: T/R tidak terdefinisi"));
        // 0.00 is 0 as well, whatever its scale
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, nilai("0.00")))
                .isEqualTo(new Hasil.TidakDapatDihitung("Realisasi bernilai 0: T/R tidak terdefinisi"));
        // the mirror of R = 0 is a number: (20 - 0) / 10 x 100 = 200
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.CERMIN, BigDecimal.TEN, nilai("0")))
                .isEqualTo(nilai("200.00"));
    }

    @Test
    void kebalikanRealisasiNegatifDitolak() {
        // a RUMUS can give a negative value; T / R would read it as a negative capaian
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, nilai("-2")))
                .isEqualTo(new Hasil.TidakDapatDihitung("Realisasi negatif: T/R tidak bermakna"));
    }

    @Test
    void kebalikanTargetNolDiperiksaLebihDulu() {
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, BigDecimal.ZERO, nilai("0")))
                .isEqualTo(new Hasil.TidakDapatDihitung("Target bernilai 0"));
        assertThat(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, null, nilai("0")))
                .isEqualTo(new Hasil.TidakDapatDihitung("Target belum ditetapkan"));
    }

    @Test
    void positifTidakTerpengaruhKonvensi() {
        // R = 0 under POSITIF is 0 %, never "T/R tidak terdefinisi"
        assertThat(Perhitungan.capaian(Polaritas.POSITIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, nilai("0")))
                .isEqualTo(nilai("0.00"));
        assertThat(Perhitungan.capaian(Polaritas.POSITIF, KonvensiNegatif.KEBALIKAN, BigDecimal.TEN, nilai("8")))
                .isEqualTo(nilai("80.00"));
    }

    @Test
    void hasilTidakMenerimaIsiKosong() {
        assertThatThrownBy(() -> new Hasil.Nilai(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Hasil.TidakDapatDihitung(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static DefinisiIndikator rumus(String rumus) {
        return new DefinisiIndikator(
                JenisFormula.RUMUS,
                Agregasi.TERAKHIR,
                Polaritas.POSITIF,
                List.of(new DefinisiKomponen("a", ISIAN), new DefinisiKomponen("b", ISIAN)),
                rumus);
    }

    private static Hasil nilai(String angka) {
        return new Hasil.Nilai(new BigDecimal(angka));
    }
}
