/**
 * Realisasi per indikator and triwulan: komponen values, the workflow of submission and approval with its history,
 * bukti dukung (evidence), the tenggat, and the realisasi Excel import.
 */
@NullMarked
package id.kecamatan.kinerja.realisasi;

import org.jspecify.annotations.NullMarked;
