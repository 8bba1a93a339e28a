/** The Rencana Strategis page: visi, misi, tujuan and sasaran of the signed-in pengguna's instansi. */
@NullMarked
package id.kecamatan.kinerja.renstra.ui;

import org.jspecify.annotations.NullMarked;
