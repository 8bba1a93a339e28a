/**
 * The official score: the rollup of approved realisasi into the capaian of indicators, IKU, unit kerja and the
 * kecamatan, and the score settings (batas atas, predikat tables).
 */
@NullMarked
package id.kecamatan.kinerja.pengukuran;

import org.jspecify.annotations.NullMarked;
