/**
 * The Kinerja Kecamatan portal: the Spring Boot application and its Vaadin app shell; each feature is a sub-package.
 */
@NullMarked
package id.kecamatan.kinerja;

import org.jspecify.annotations.NullMarked;
