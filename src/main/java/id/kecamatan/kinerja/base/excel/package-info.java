/**
 * The shared workbook layer: import templates and their cell-by-cell reading with every error collected, import
 * progress, a grid's rows as xlsx.
 */
@NullMarked
package id.kecamatan.kinerja.base.excel;

import org.jspecify.annotations.NullMarked;
