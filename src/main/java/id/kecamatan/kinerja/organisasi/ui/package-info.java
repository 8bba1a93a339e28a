/** The Instansi page: the kepala daerah and the penugasan. */
@NullMarked
package id.kecamatan.kinerja.organisasi.ui;

import org.jspecify.annotations.NullMarked;
