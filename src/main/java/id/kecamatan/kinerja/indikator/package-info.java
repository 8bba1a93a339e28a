/**
 * Indikator (IKU and IKI) with their komponen, the cascade IKI to IKU with its bobot, and targets with their revisions.
 */
@NullMarked
package id.kecamatan.kinerja.indikator;

import org.jspecify.annotations.NullMarked;
