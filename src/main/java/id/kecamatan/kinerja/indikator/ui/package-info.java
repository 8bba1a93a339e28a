/**
 * The pages of the indicators: Tabel IKU, IKI per jabatan, Target, and Struktur Organisasi with the indicator load of
 * each jabatan.
 */
@NullMarked
package id.kecamatan.kinerja.indikator.ui;

import org.jspecify.annotations.NullMarked;
