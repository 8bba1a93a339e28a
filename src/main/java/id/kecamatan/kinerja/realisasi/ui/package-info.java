/**
 * The realisasi pages: Kinerja Saya, Persetujuan, Kinerja per Seksi and Rincian, with their editor, evidence panel and
 * history dialog.
 */
@NullMarked
package id.kecamatan.kinerja.realisasi.ui;

import org.jspecify.annotations.NullMarked;
