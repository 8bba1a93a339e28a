package id.kecamatan.kinerja.capaian;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A configurable table of grade bands. A value gets the highest band whose bound it reaches; a value
 * below every bound gets the lowest band, so the table has no gap at the bottom.
 */
public final class TabelPredikat {

    /**
     * One band.
     *
     * @param batas the bound a value must reach (how, depends on the table)
     * @param nama  the grade shown, e.g. "Tinggi" or "BB"
     */
    public record Pita(BigDecimal batas, String nama) {
        public Pita {
            if (batas == null || nama == null || nama.isBlank()) {
                throw new IllegalArgumentException("Batas dan nama predikat wajib diisi");
            }
        }
    }

    /**
     * Capaian predikat after Permendagri 86/2017: ≥ 91 Sangat Tinggi, ≥ 76 Tinggi, ≥ 66 Sedang, ≥ 51 Rendah,
     * otherwise Sangat Rendah. The regulation's bands are written as integers (76–90); a fraction between
     * them falls to the lower band, e.g. 90.5 is Tinggi and 50.5 Sangat Rendah.
     */
    public static final TabelPredikat CAPAIAN_BAKU = batasBawah(List.of(
            pita("91", "Sangat Tinggi"),
            pita("76", "Tinggi"),
            pita("66", "Sedang"),
            pita("51", "Rendah"),
            pita("0", "Sangat Rendah")));

    /** AKIP evaluation grade: AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, otherwise D. */
    public static final TabelPredikat NILAI_AKIP_BAKU = lebihDari(List.of(
            pita("90", "AA"),
            pita("80", "A"),
            pita("70", "BB"),
            pita("60", "B"),
            pita("50", "CC"),
            pita("30", "C"),
            pita("0", "D")));

    private final List<Pita> pita;
    private final boolean batasTermasuk;

    private TabelPredikat(List<Pita> pita, boolean batasTermasuk) {
        if (pita == null || pita.isEmpty() || pita.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Tabel predikat memerlukan minimal satu pita");
        }
        HashSet<BigDecimal> batas = new HashSet<>();
        for (Pita p : pita) {
            // stripTrailingZeros so that 76 and 76.0 are seen as the same bound
            if (!batas.add(p.batas().stripTrailingZeros())) {
                throw new IllegalArgumentException(
                        "Batas predikat " + p.batas().toPlainString() + " dipakai lebih dari sekali");
            }
        }
        this.pita = pita.stream()
                .sorted(Comparator.comparing(Pita::batas).reversed())
                .toList();
        this.batasTermasuk = batasTermasuk;
    }

    /** A table where a value reaches a band when it is at least ({@code ≥}) the band's bound. */
    public static TabelPredikat batasBawah(List<Pita> pita) {
        return new TabelPredikat(pita, true);
    }

    /** A table where a value reaches a band when it is greater ({@code >}) than the band's bound. */
    public static TabelPredikat lebihDari(List<Pita> pita) {
        return new TabelPredikat(pita, false);
    }

    /** The band of a value. */
    public Pita predikat(BigDecimal nilai) {
        if (nilai == null) {
            throw new IllegalArgumentException("Nilai wajib diberikan");
        }
        for (Pita p : pita) {
            int banding = nilai.compareTo(p.batas());
            if (banding > 0 || (banding == 0 && batasTermasuk)) {
                return p;
            }
        }
        return pita.getLast();
    }

    /** The bands from highest to lowest, e.g. for a legend. */
    public List<Pita> pita() {
        return pita;
    }

    private static Pita pita(String batas, String nama) {
        return new Pita(new BigDecimal(batas), nama);
    }
}
