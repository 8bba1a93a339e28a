package id.kecamatan.kinerja.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A login that could not be checked because the database cannot be reached: the login page says so, instead of
 * "wrong password", and it is not counted as a failed attempt of the account or the address.
 */
public class BasisDataTidakTersedia extends AuthenticationServiceException {

    public BasisDataTidakTersedia(Throwable sebab) {
        super("Basis data tidak dapat dihubungi", sebab);
    }
}
