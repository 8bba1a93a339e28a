/**
 * The shared UI: the main layout and per-role menu with its counts, the beranda, error and "database unavailable"
 * pages, charts, downloads, the number converter, year and triwulan pickers, notifications.
 */
@NullMarked
package id.kecamatan.kinerja.base.ui;

import org.jspecify.annotations.NullMarked;
