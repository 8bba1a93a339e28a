/** The budget of a year: program, kegiatan and sub-kegiatan with pagu and realisasi anggaran, and their serapan. */
@NullMarked
package id.kecamatan.kinerja.anggaran;

import org.jspecify.annotations.NullMarked;
