/**
 * The Lembar Kerja Evaluasi AKIP (LKE) as data, and its scoring: pure Java like the rest of {@code capaian}
 * (ARCHITECTURE.md §4, "LKE scoring"). An {@link id.kecamatan.kinerja.capaian.lke.Lke} is komponen → sub-komponen →
 * kriteria, each kriteria answered on a {@link id.kecamatan.kinerja.capaian.lke.SkalaJawaban}; reading it from a file
 * is {@code evaluasi.lke.PembacaLke}. {@link id.kecamatan.kinerja.capaian.lke.PenilaianLke} computes the score, the
 * grade and what would raise it.
 */
@NullMarked
package id.kecamatan.kinerja.capaian.lke;

import org.jspecify.annotations.NullMarked;
