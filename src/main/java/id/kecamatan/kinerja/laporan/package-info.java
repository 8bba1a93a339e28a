/**
 * The official documents (Tabel IKU, IKI per jabatan, Perjanjian Kinerja, Pengukuran Kinerja, LKjIP tables) written as
 * PDF or Excel.
 */
@NullMarked
package id.kecamatan.kinerja.laporan;

import org.jspecify.annotations.NullMarked;
