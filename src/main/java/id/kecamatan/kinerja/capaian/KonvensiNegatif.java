package id.kecamatan.kinerja.capaian;

/**
 * How an instansi measures a NEGATIF indicator (lower is better); its own setting, the same for all its indicators.
 * POSITIF indicators are not affected.
 */
public enum KonvensiNegatif {
    /** The default: (2T − R) / T × 100, floored at 0 (LKjIP practice, PermenPANRB 8/2021). */
    CERMIN("(2 × target - realisasi) / target × 100, paling rendah 0"),
    /** T / R × 100, as some kabupaten print in their LKjIP; R = 0 or below cannot be computed. */
    KEBALIKAN("target / realisasi × 100");

    private final String rumus;

    KonvensiNegatif(String rumus) {
        this.rumus = rumus;
    }

    /** The formula in words, as the office's documents print it beside their figures. */
    public String rumus() {
        return rumus;
    }
}
