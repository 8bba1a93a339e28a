package id.kecamatan.kinerja.capaian.lke;

import org.jspecify.annotations.Nullable;

/**
 * One kriteria of the LKE, the unit that is answered.
 *
 * @param kode       unique in its LKE, e.g. {@code 1.a.3}
 * @param uraian     the kriteria's wording
 * @param skala      the scale it is answered on
 * @param sumberData the key of data the portal holds that can serve as automatic evidence (e.g.
 *                   {@code IKU_DITETAPKAN}); none when only a document can
 */
public record KriteriaLke(
        String kode,
        String uraian,
        SkalaJawaban skala,
        @Nullable String sumberData) {

    public KriteriaLke {
        if (kode.isBlank() || uraian.isBlank()) {
            throw new IllegalArgumentException("Kode dan uraian kriteria wajib diisi");
        }
        if (sumberData != null && sumberData.isBlank()) {
            sumberData = null;
        }
    }
}
