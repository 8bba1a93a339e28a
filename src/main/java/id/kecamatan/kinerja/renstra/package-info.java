/** The Renstra (strategic plan): visi, misi, tujuan and sasaran of an instansi. */
@NullMarked
package id.kecamatan.kinerja.renstra;

import org.jspecify.annotations.NullMarked;
