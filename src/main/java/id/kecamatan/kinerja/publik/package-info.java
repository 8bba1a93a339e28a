/**
 * The public page (/publik): an instansi's approved figures and the documents its Camat published, for anyone,
 * without signing in; and the Camat's page that switches it on and publishes the documents.
 */
@NullMarked
package id.kecamatan.kinerja.publik;

import org.jspecify.annotations.NullMarked;
