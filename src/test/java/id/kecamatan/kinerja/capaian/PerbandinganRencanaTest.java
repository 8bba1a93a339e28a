package id.kecamatan.kinerja.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.base.Triwulan;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Rencana Aksi quarter against the approved realisasi: cumulative up to the quarter for KUMULATIF, the quarter's own
 * value otherwise; behind the plan only when both are numbers and capaian is under 100.
 */
class PerbandinganRencanaTest {

    private static final DefinisiKomponen ISIAN = new DefinisiKomponen("K", PeranKomponen.ISIAN);

    @ParameterizedTest(name = "{0} {1} {2}, triwulan {4}, target {5}: realisasi {6}, capaian {7}, menyimpang {8}")
    @CsvSource(
            nullValues = "-",
            value = {
                // agregasi, polaritas, konvensi negatif, approved I..IV ('-' = none), quarter, target, realisasi,
                // capaian, behind
                "KUMULATIF, POSITIF, CERMIN, 1;4;-;-, II, 5, 5.00, 100.00, false",
                "KUMULATIF, POSITIF, CERMIN, 1;4;-;-, I, 2, 1.00, 50.00, true",
                "TERAKHIR, POSITIF, CERMIN, 1;4;-;-, II, 5, 4.00, 80.00, true",
                "RATA_RATA, POSITIF, CERMIN, 6;4;-;-, II, 4, 4.00, 100.00, false",
                "KUMULATIF, NEGATIF, CERMIN, 3;-;-;-, I, 2, 3.00, 50.00, true",
                "KUMULATIF, NEGATIF, KEBALIKAN, 3;-;-;-, I, 2, 3.00, 66.67, true",
                "KUMULATIF, NEGATIF, KEBALIKAN, 1;-;-;-, I, 2, 1.00, 200.00, false",
                "KUMULATIF, POSITIF, CERMIN, 1;4;-;-, III, 8, -, -, false",
                "KUMULATIF, POSITIF, CERMIN, 1;-;-;-, I, -, 1.00, -, false",
            })
    void rencanaDibandingkanDenganRealisasiDisetujui(
            Agregasi agregasi,
            Polaritas polaritas,
            KonvensiNegatif konvensi,
            String disetujui,
            Triwulan triwulan,
            @Nullable BigDecimal target,
            @Nullable BigDecimal realisasi,
            @Nullable BigDecimal capaian,
            boolean menyimpang) {
        DefinisiIndikator definisi =
                new DefinisiIndikator(JenisFormula.JUMLAH, agregasi, polaritas, List.of(ISIAN), null);
        Map<Triwulan, Map<String, BigDecimal>> isian = new EnumMap<>(Triwulan.class);
        String[] nilai = disetujui.split(";");
        for (Triwulan tw : Triwulan.values()) {
            if (!nilai[tw.ordinal()].equals("-")) {
                isian.put(tw, Map.of("K", new BigDecimal(nilai[tw.ordinal()])));
            }
        }

        PerbandinganRencana banding = PerbandinganRencana.hitung(definisi, konvensi, triwulan, target, isian);

        assertThat(banding.realisasi())
                .isEqualTo(realisasi == null ? new Hasil.BelumDiisi() : new Hasil.Nilai(realisasi));
        assertThat(banding.capaian())
                .as("no target or no approved quarter: not judged, never 0")
                .isEqualTo(capaian == null ? new Hasil.BelumDiisi() : new Hasil.Nilai(capaian));
        assertThat(banding.menyimpang()).isEqualTo(menyimpang);
    }
}
