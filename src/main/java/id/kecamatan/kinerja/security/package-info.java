/**
 * Sign-in and accounts: the web security configuration, authentication with account lock and per-address throttle,
 * password policy, akun, the log keamanan, open sessions, and start-up work run as the system.
 */
@NullMarked
package id.kecamatan.kinerja.security;

import org.jspecify.annotations.NullMarked;
