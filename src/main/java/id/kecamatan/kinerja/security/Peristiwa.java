package id.kecamatan.kinerja.security;

/** What a row of the security log records. */
public enum Peristiwa {
    LOGIN_BERHASIL,
    /** Wrong password, unknown or inactive account: the login form says the same for all of them. */
    LOGIN_GAGAL,
    /** The failure that locked the account. */
    AKUN_TERKUNCI,
    /** A login refused because the account is locked, whatever the password. */
    LOGIN_SAAT_TERKUNCI,
    /** A login refused because its address failed too often (throttle). */
    LOGIN_DIBATASI,
    /** An address asked for the public page faster than its budget (the first refusal of an episode). */
    PUBLIK_DIBATASI,
    /** Refused by method security or by an ownership check (e.g. another jabatan's row by id). */
    AKSES_DITOLAK,
    /** An account the Admin created in the portal (an evaluator's; the office's come with the plan). */
    AKUN_DIBUAT,
    PASSWORD_DIGANTI,
    PASSWORD_DIRESET,
    AKUN_DINONAKTIFKAN,
    AKUN_DIAKTIFKAN
}
