/** The Impor Excel page: plan template, export and import, and the realisasi template and import. */
@NullMarked
package id.kecamatan.kinerja.rencana.ui;

import org.jspecify.annotations.NullMarked;
