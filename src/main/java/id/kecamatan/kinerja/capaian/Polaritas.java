package id.kecamatan.kinerja.capaian;

/** Whether a higher realisasi is better. */
public enum Polaritas {
    /** Higher is better: capaian = R / T × 100. */
    POSITIF,
    /** Lower is better: capaian by the instansi's {@link KonvensiNegatif} (by default (2T − R) / T × 100, floored at 0). */
    NEGATIF
}
