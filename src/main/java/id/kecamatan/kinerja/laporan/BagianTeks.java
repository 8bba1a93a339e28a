package id.kecamatan.kinerja.laporan;

import org.jspecify.annotations.Nullable;

/** The sections of the LKjIP written in the portal rather than made from the data. */
public enum BagianTeks {
    LATAR_BELAKANG,
    ISU_STRATEGIS,
    /** One per sasaran, after its capaian in chapter III. */
    ANALISIS_SASARAN,
    PENUTUP;

    /** One history per section: the section, and for an analysis its sasaran. */
    static String kunci(BagianTeks bagian, @Nullable Long sasaranId) {
        return sasaranId == null ? bagian.name() : bagian.name() + "-" + sasaranId;
    }
}
