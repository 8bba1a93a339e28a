/**
 * Cadangan (backups) of the whole database with MariaDB's own tools: taking, the daily schedule, downloading and
 * restoring.
 */
@NullMarked
package id.kecamatan.kinerja.cadangan;

import org.jspecify.annotations.NullMarked;
