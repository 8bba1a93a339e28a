package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.db.GalatBasisData;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login check: Spring's user/password check, preceded by the per-address throttle, with the account
 * lock, and every outcome written to the security log. The user is only told "wrong username or password"
 * for an unknown account, a wrong password or an inactive account alike; a locked account or a throttled address
 * is told how long to wait. A database that cannot be reached is said as such and counts against nobody.
 */
class PenyediaAutentikasi extends DaoAuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PenyediaAutentikasi.class);

    /** One message for every plain failure, so nothing in the response tells them apart. */
    private static final String GAGAL = "Nama pengguna atau password salah";

    private final PenguncianAkun penguncian;
    private final PembatasAlamat pembatas;
    private final PencatatKeamanan pencatat;

    PenyediaAutentikasi(
            UserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            PenguncianAkun penguncian,
            PembatasAlamat pembatas,
            PencatatKeamanan pencatat) {
        super(userDetailsService);
        this.penguncian = penguncian;
        this.pembatas = pembatas;
        this.pencatat = pencatat;
        setPasswordEncoder(passwordEncoder);
        // Known here so the log can tell the Admin; turned into the same BadCredentialsException below.
        setHideUserNotFoundExceptions(false);
        setPreAuthenticationChecks(akun -> {
            if (akun instanceof AkunPengguna pengguna && pengguna.terkunciSampai() != null) {
                throw new AkunTerkunci(pengguna.terkunciSampai());
            }
            if (!akun.isEnabled()) {
                throw new DisabledException("Akun nonaktif");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication masuk) {
        String username = masuk.getName();
        String alamat = masuk.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress()
                : PencatatKeamanan.alamatSaatIni();
        try {
            return periksa(masuk, username, alamat);
        } catch (RuntimeException galat) {
            if (!GalatBasisData.tidakTerhubung(galat)) {
                throw galat;
            }
            // the security log is in the database too: the application log is all there is now
            log.warn(
                    "{} pengguna={} alamat={} basis data tidak dapat dihubungi: {}",
                    Peristiwa.LOGIN_GAGAL,
                    username,
                    alamat,
                    galat.toString());
            throw new BasisDataTidakTersedia(galat);
        }
    }

    private Authentication periksa(Authentication masuk, String username, @Nullable String alamat) {
        Optional<Instant> ditahan = alamat == null ? Optional.empty() : pembatas.tahanSampai(alamat);
        if (ditahan.isPresent()) {
            pencatat.catat(Peristiwa.LOGIN_DIBATASI, username, alamat, "alamat ditahan sampai " + ditahan.get());
            throw new AlamatDibatasi(ditahan.get());
        }
        try {
            Authentication hasil = super.authenticate(masuk);
            // most logins follow a clean record: no write to the account's row then
            if (hasil.getPrincipal() instanceof AkunPengguna akun && akun.adaGagalTercatat()) {
                penguncian.berhasil(username);
            }
            pencatat.catat(Peristiwa.LOGIN_BERHASIL, username, alamat, null);
            return hasil;
        } catch (AkunTerkunci terkunci) {
            gagalDariAlamat(alamat);
            pencatat.catat(Peristiwa.LOGIN_SAAT_TERKUNCI, username, alamat, "terkunci sampai " + terkunci.getSampai());
            throw terkunci;
        } catch (UsernameNotFoundException tidakDikenal) {
            gagalDariAlamat(alamat);
            pencatat.catat(Peristiwa.LOGIN_GAGAL, username, alamat, "akun tidak dikenal atau tanpa jabatan");
            throw new BadCredentialsException(GAGAL);
        } catch (DisabledException nonaktif) {
            gagalDariAlamat(alamat);
            pencatat.catat(Peristiwa.LOGIN_GAGAL, username, alamat, "akun nonaktif");
            throw new BadCredentialsException(GAGAL);
        } catch (BadCredentialsException salah) {
            gagalDariAlamat(alamat);
            Optional<Instant> dikunci = penguncian.gagal(username);
            if (dikunci.isPresent()) {
                pencatat.catat(
                        Peristiwa.AKUN_TERKUNCI,
                        username,
                        alamat,
                        "password salah " + PenguncianAkun.BATAS_GAGAL + " kali berturut-turut; terkunci sampai "
                                + dikunci.get());
                throw new AkunTerkunci(dikunci.get());
            }
            pencatat.catat(Peristiwa.LOGIN_GAGAL, username, alamat, "password salah");
            throw new BadCredentialsException(GAGAL, salah);
        }
    }

    private void gagalDariAlamat(@Nullable String alamat) {
        if (alamat != null) {
            pembatas.gagal(alamat);
        }
    }
}
