package id.kecamatan.kinerja;

import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a test in as a portal user, with the same principal a real login gets: the one the portal's
 * {@link UserDetailsService} builds from the account and the jabatan its pegawai holds.
 */
public final class MasukSebagai {

    /** The demo accounts' password (demo/DemoData). */
    public static final String PASSWORD_DEMO = "meral-demo-2026";

    private MasukSebagai() {}

    public static Pengguna pengguna(UserDetailsService userDetailsService, String username) {
        UserDetails akun = userDetailsService.loadUserByUsername(username);
        pasang(UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.getAuthorities()));
        return ((PenggunaSaatIni.Prinsipal) akun).pengguna();
    }

    /** A visitor who has not signed in, as Spring Security represents one on a web request. */
    public static void anonim() {
        pasang(new AnonymousAuthenticationToken(
                "uji", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    public static void keluar() {
        SecurityContextHolder.clearContext();
    }

    private static void pasang(org.springframework.security.core.Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }
}
