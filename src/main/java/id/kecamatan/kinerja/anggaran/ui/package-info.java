/** The budget page. */
@NullMarked
package id.kecamatan.kinerja.anggaran.ui;

import org.jspecify.annotations.NullMarked;
