/**
 * The embedded MariaDB of the default run: started before the Spring context, its credentials and data folder, and the
 * test whether a failure means "database unreachable".
 */
@NullMarked
package id.kecamatan.kinerja.base.db;

import org.jspecify.annotations.NullMarked;
