/**
 * Evaluasi AKIP: the office's self-assessment with the Lembar Kerja Evaluasi (LKE), scored by {@code capaian.lke}
 * from the LKE file the evaluation answers ({@code evaluasi.lke} reads it).
 */
@NullMarked
package id.kecamatan.kinerja.evaluasi;

import org.jspecify.annotations.NullMarked;
