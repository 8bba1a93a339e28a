/** The account pages: login, password change, Pengguna (accounts) and Log Keamanan. */
@NullMarked
package id.kecamatan.kinerja.security.ui;

import org.jspecify.annotations.NullMarked;
