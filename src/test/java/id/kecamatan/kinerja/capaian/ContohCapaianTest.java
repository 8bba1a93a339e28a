package id.kecamatan.kinerja.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.base.Triwulan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Runs the hand-computed worked examples of {@code capaian/contoh-capaian.csv} (format explained in its header). */
class ContohCapaianTest {

    private static final String BELUM_DIISI = "belum diisi";
    private static final String TIDAK_DAPAT_DIHITUNG = "tidak dapat dihitung: ";
    private static final String KOSONG = "kosong";

    /** The polaritas cell of a NEGATIF indicator of an instansi that chose the inverse convention. */
    private static final String NEGATIF_KEBALIKAN = "NEGATIF_KEBALIKAN";

    @ParameterizedTest(name = "{index}: {0}")
    @CsvFileSource(resources = "/capaian/contoh-capaian.csv", numLinesToSkip = 1)
    void contoh(
            String kasus,
            JenisFormula formula,
            Agregasi agregasi,
            String polaritasKonvensi,
            String komponen,
            String rumus,
            String tw1,
            String tw2,
            String tw3,
            String tw4,
            BigDecimal target,
            String nilai,
            String capaian,
            String skor,
            String hitungan) {
        assertThat(hitungan).as("setiap contoh menuliskan hitungannya").isNotBlank();
        boolean kebalikan = polaritasKonvensi.equals(NEGATIF_KEBALIKAN);
        Polaritas polaritas = kebalikan ? Polaritas.NEGATIF : Polaritas.valueOf(polaritasKonvensi);
        KonvensiNegatif konvensi = kebalikan ? KonvensiNegatif.KEBALIKAN : KonvensiNegatif.CERMIN;
        DefinisiIndikator definisi =
                new DefinisiIndikator(formula, agregasi, polaritas, definisiKomponen(komponen), rumus);
        List<IsianTriwulan> triwulan = triwulan(tw1, tw2, tw3, tw4);

        Hasil realisasi = Perhitungan.nilaiAgregat(definisi, triwulan);
        assertThat(realisasi).as("nilai").isEqualTo(harapan(nilai));
        if (triwulan.size() == 1) {
            // one quarter: every aggregation is that quarter's own value
            assertThat(Perhitungan.nilaiTriwulan(definisi, triwulan.getFirst().komponen()))
                    .as("nilai triwulan")
                    .isEqualTo(realisasi);
        }

        Hasil hasilCapaian = Perhitungan.capaian(polaritas, konvensi, target, realisasi);
        assertThat(hasilCapaian).as("capaian").isEqualTo(harapan(capaian));
        if (polaritas == Polaritas.POSITIF) {
            assertThat(Perhitungan.capaian(polaritas, KonvensiNegatif.KEBALIKAN, target, realisasi))
                    .as("the convention of NEGATIF leaves POSITIF alone")
                    .isEqualTo(hasilCapaian);
        }

        if (skor == null) {
            assertThat(hasilCapaian)
                    .as("kolom skor kosong hanya bila capaian bukan angka")
                    .isNotInstanceOf(Hasil.Nilai.class);
        } else {
            BigDecimal mentah = ((Hasil.Nilai) hasilCapaian).nilai();
            assertThat(Skor.skor(mentah, Skor.BATAS_ATAS_BAKU)).as("skor").isEqualTo(new BigDecimal(skor));
        }
    }

    /** "kode:PERAN;kode:PERAN" */
    private static List<DefinisiKomponen> definisiKomponen(String teks) {
        return Arrays.stream(teks.split(";"))
                .map(pasangan -> pasangan.split(":"))
                .map(p -> new DefinisiKomponen(p[0], PeranKomponen.valueOf(p[1])))
                .toList();
    }

    /** An empty cell leaves the quarter out; "kosong" includes it with nothing filled. */
    private static List<IsianTriwulan> triwulan(String... sel) {
        List<IsianTriwulan> triwulan = new ArrayList<>();
        for (int i = 0; i < sel.length; i++) {
            if (sel[i] != null) {
                triwulan.add(new IsianTriwulan(Triwulan.dari(i + 1), isian(sel[i])));
            }
        }
        return triwulan;
    }

    /** "kode:nilai;kode:nilai" or "kosong" */
    private static Map<String, BigDecimal> isian(String teks) {
        Map<String, BigDecimal> isian = new HashMap<>();
        if (!teks.equals(KOSONG)) {
            for (String pasangan : teks.split(";")) {
                String[] p = pasangan.split(":");
                isian.put(p[0], new BigDecimal(p[1]));
            }
        }
        return isian;
    }

    /** A number keeps its written scale, so "80.00" also checks the 2-decimal rounding. */
    private static Hasil harapan(String teks) {
        if (teks.equals(BELUM_DIISI)) {
            return new Hasil.BelumDiisi();
        }
        if (teks.startsWith(TIDAK_DAPAT_DIHITUNG)) {
            return new Hasil.TidakDapatDihitung(teks.substring(TIDAK_DAPAT_DIHITUNG.length()));
        }
        return new Hasil.Nilai(new BigDecimal(teks));
    }
}
