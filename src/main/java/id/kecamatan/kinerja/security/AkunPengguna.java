package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's principal: the password hash for the check, then only the {@link Pengguna}. */
final class AkunPengguna implements UserDetails, CredentialsContainer, PenggunaSaatIni.Prinsipal {

    private final Pengguna pengguna;
    private final boolean aktif;
    /** The end of a lock in force when the account was loaded for a login, else null. */
    private final @Nullable Instant terkunciSampai;
    /** Whether the row had failed logins or a lock (even an expired one) that a successful login must clear. */
    private final boolean adaGagalTercatat;
    /** The account's session number when this login read it ({@link VersiSesiAkun}). */
    private final int versiSesi;

    /** Erased once the login has checked it. */
    private @Nullable String passwordHash;

    AkunPengguna(
            Pengguna pengguna,
            String passwordHash,
            boolean aktif,
            @Nullable Instant terkunciSampai,
            boolean adaGagalTercatat,
            int versiSesi) {
        this.pengguna = pengguna;
        this.passwordHash = passwordHash;
        this.aktif = aktif;
        this.terkunciSampai = terkunciSampai;
        this.adaGagalTercatat = adaGagalTercatat;
        this.versiSesi = versiSesi;
    }

    int versiSesi() {
        return versiSesi;
    }

    @Nullable
    Instant terkunciSampai() {
        return terkunciSampai;
    }

    boolean adaGagalTercatat() {
        return adaGagalTercatat;
    }

    @Override
    public Pengguna pengguna() {
        return pengguna;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(pengguna.peran().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return pengguna.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return terkunciSampai == null;
    }

    @Override
    public boolean isEnabled() {
        return aktif;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
