/**
 * The default run's demo accounts and data contoh (sample targets and realisasi); active only with
 * kinerja.demo.enabled, never in prod.
 */
@NullMarked
package id.kecamatan.kinerja.demo;

import org.jspecify.annotations.NullMarked;
