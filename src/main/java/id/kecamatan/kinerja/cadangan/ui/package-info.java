/** The Cadangan page of the Admin: backups listed, taken, downloaded and restored. */
@NullMarked
package id.kecamatan.kinerja.cadangan.ui;

import org.jspecify.annotations.NullMarked;
