/**
 * The plan as a document: its YAML and Excel readers, the one checker of its rules, the import of a new kecamatan from
 * a plan, and the plan template and export.
 */
@NullMarked
package id.kecamatan.kinerja.rencana;

import org.jspecify.annotations.NullMarked;
