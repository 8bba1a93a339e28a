/** The Laporan page: choose a document, its year and format, and download it. */
@NullMarked
package id.kecamatan.kinerja.laporan.ui;

import org.jspecify.annotations.NullMarked;
