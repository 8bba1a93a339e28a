package id.kecamatan.kinerja.dashboard;

/** The two band tables of an instansi: the predikat of a capaian, and the AKIP grade of an evaluation score. */
public enum JenisPredikat {
    CAPAIAN,
    NILAI_AKIP
}
