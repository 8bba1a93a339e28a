/** The Envers revision entity and the listener that stamps each revision with the pengguna (or "sistem"). */
@NullMarked
package id.kecamatan.kinerja.base.audit;

import org.jspecify.annotations.NullMarked;
