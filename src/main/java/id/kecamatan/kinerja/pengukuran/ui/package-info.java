/** The dasbor (kecamatan score, IKU, per unit kerja, trend) and the Pengaturan Capaian page. */
@NullMarked
package id.kecamatan.kinerja.pengukuran.ui;

import org.jspecify.annotations.NullMarked;
