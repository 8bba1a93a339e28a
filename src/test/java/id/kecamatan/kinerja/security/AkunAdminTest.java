package id.kecamatan.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.rencana.ImporRencana;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The Admin's account actions (reset, deactivate, activate), the password rules where a password is set, and
 * the log rows they leave; on accounts of a test instansi of their own, by its own Admin.
 */
@UjiTerpadu
class AkunAdminTest {

    @Autowired
    AkunService akunService;

    @Autowired
    ImporRencana imporRencana;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    JabatanRepository jabatanRepository;

    @Autowired
    AkunRepository akunRepository;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SesiPengguna sesiPengguna;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BuktiDukungService buktiDukungService;

    private AkunUji akunUji;
    private String admin;

    @BeforeEach
    void siapkan() {
        akunUji = new AkunUji(akunService, imporRencana, instansiRepository, jabatanRepository);
        admin = akunUji.admin();
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void resetGivesAOneTimePasswordThatMustBeChanged() {
        String kasi = akunUji.kasi();
        MasukSebagai.pengguna(userDetailsService, admin);

        String password = akunService.resetPassword(kasi);

        Akun akun = akunRepository.findByUsername(kasi).orElseThrow();
        assertThat(password).hasSize(20);
        assertThat(akun.getPasswordHash()).doesNotContain(password);
        assertThat(passwordEncoder.matches(password, akun.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches(AkunUji.PASSWORD, akun.getPasswordHash()))
                .as("the old one")
                .isFalse();
        assertThat(akun.isHarusGantiPassword()).isTrue();
        assertThat(pengguna(kasi).harusGantiPassword())
                .as("what the next login sees")
                .isTrue();
        assertThat(peristiwa(kasi)).containsExactly("PASSWORD_DIRESET");

        // the user changes it (the only page WajibGantiPassword lets them open) and the flag is gone
        MasukSebagai.pengguna(userDetailsService, kasi);
        akunService.gantiPassword(password, "kopi tubruk pagi hari");
        assertThat(akunRepository.findByUsername(kasi).orElseThrow().isHarusGantiPassword())
                .isFalse();
        assertThat(peristiwa(kasi)).containsExactly("PASSWORD_DIRESET", "PASSWORD_DIGANTI");
    }

    @Test
    void deactivatingEndsTheOpenSessionsOfThatUserOnly() {
        String kasi = akunUji.kasi();
        String lain = akunUji.kasi();
        MockHttpSession sesiKasi = sesiMasuk(kasi);
        MockHttpSession sesiKasiKedua = sesiMasuk(kasi);
        MockHttpSession sesiLain = sesiMasuk(lain);
        MasukSebagai.pengguna(userDetailsService, admin);

        akunService.nonaktifkan(kasi);

        assertThat(sesiKasi.isInvalid()).isTrue();
        assertThat(sesiKasiKedua.isInvalid()).isTrue();
        assertThat(sesiLain.isInvalid()).isFalse();
        assertThat(akunRepository.findByUsername(kasi).orElseThrow().isAktif()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(kasi).isEnabled()).isFalse();
        assertThat(detail(kasi)).containsExactly("oleh " + admin + "; sesi diakhiri: 2");

        akunService.aktifkan(kasi);
        assertThat(userDetailsService.loadUserByUsername(kasi).isEnabled()).isTrue();
        assertThat(peristiwa(kasi)).containsExactly("AKUN_DINONAKTIFKAN", "AKUN_DIAKTIFKAN");
    }

    /**
     * A session of another instance behind the proxy (not in this instance's {@link SesiPengguna}) ends at its first
     * request once that instance's reading of the account's session number is {@link VersiSesiAkun#SEGAR} old.
     */
    @Test
    void deactivationAndResetEndTheUsersSessionsOnOtherInstancesToo() throws Exception {
        String kasi = akunUji.kasi();
        String lain = akunUji.kasi();
        VersiSesiAkun instansB = new VersiSesiAkun(akunRepository);
        MockHttpSession sesiB = sesiDiInstansLain(kasi);
        MockHttpSession sesiLainB = sesiDiInstansLain(lain);
        permintaan(instansB, sesiB);
        assertThat(sesiB.isInvalid()).as("before any change").isFalse();
        MasukSebagai.pengguna(userDetailsService, admin);

        akunService.nonaktifkan(kasi);
        Thread.sleep(VersiSesiAkun.SEGAR.toMillis() + 100);
        permintaan(instansB, sesiB);
        permintaan(instansB, sesiLainB);

        assertThat(sesiB.isInvalid()).isTrue();
        assertThat(sesiLainB.isInvalid()).isFalse();

        // reactivated: a new login works on every instance; a reset ends that session again
        akunService.aktifkan(kasi);
        MockHttpSession sesiBaru = sesiDiInstansLain(kasi);
        permintaan(new VersiSesiAkun(akunRepository), sesiBaru);
        assertThat(sesiBaru.isInvalid()).isFalse();
        akunService.resetPassword(kasi);
        permintaan(new VersiSesiAkun(akunRepository), sesiBaru);
        assertThat(sesiBaru.isInvalid()).isTrue();
    }

    @Test
    void resetAlsoEndsSessionsAndLiftsALock() {
        String kasi = akunUji.kasi();
        MockHttpSession sesi = sesiMasuk(kasi);
        for (int i = 0; i < PenguncianAkun.BATAS_GAGAL; i++) {
            akunRepository.tambahGagal(kasi);
        }
        akunRepository.kunciBilaMencapai(
                kasi, PenguncianAkun.BATAS_GAGAL, Instant.now().plusSeconds(900));
        assertThat(userDetailsService.loadUserByUsername(kasi).isAccountNonLocked())
                .isFalse();
        MasukSebagai.pengguna(userDetailsService, admin);

        akunService.resetPassword(kasi);

        assertThat(sesi.isInvalid()).isTrue();
        assertThat(userDetailsService.loadUserByUsername(kasi).isAccountNonLocked())
                .isTrue();
    }

    @Test
    void theAdminsOwnAccountAndAccountsOfOtherInstansiAreRefused() {
        MasukSebagai.pengguna(userDetailsService, admin);

        assertThatThrownBy(() -> akunService.nonaktifkan(admin))
                .isInstanceOf(AturanDilanggar.class)
                .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                .isEqualTo("pengguna.diri-sendiri");
        assertThatThrownBy(() -> akunService.resetPassword(admin)).isInstanceOf(AturanDilanggar.class);
        // kasi.lh is a demo account of Meral, not of this Admin's instansi: refused and logged like a name of no one
        long logTerakhir = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);
        assertThatThrownBy(() -> akunService.resetPassword("kasi.lh")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> akunService.resetPassword("tidak.ada.siapa"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForList(
                        "select detail from log_keamanan where id > ? and peristiwa = 'AKSES_DITOLAK' order by id",
                        String.class,
                        logTerakhir))
                .containsExactly(
                        "AkunService.resetPassword: akun kasi.lh di instansi lain",
                        "AkunService.resetPassword: akun tidak.ada.siapa tidak ada");
        assertThat(passwordEncoder.matches(
                        MasukSebagai.PASSWORD_DEMO,
                        akunRepository.findByUsername("kasi.lh").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void onlyTheAdminMayResetOrDeactivateAndARefusalIsLogged() {
        String kasi = akunUji.kasi();
        String lain = akunUji.kasi();
        MasukSebagai.pengguna(userDetailsService, kasi);

        assertThatThrownBy(() -> akunService.resetPassword(lain)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> akunService.nonaktifkan(lain)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForList(
                        "select detail from log_keamanan where username = ? and peristiwa = 'AKSES_DITOLAK'"
                                + " order by id",
                        String.class,
                        kasi))
                .containsExactly(
                        "AkunService.resetPassword: tidak memenuhi hasRole('ADMIN')",
                        "AkunService.nonaktifkan: tidak memenuhi hasRole('ADMIN')");
    }

    /** Guessing the id of someone else's evidence: refused, and the refusal with its reason is in the log. */
    @Test
    void aRefusedIdGuessIsLogged() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        long sebelum = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);

        assertThatThrownBy(() -> buktiDukungService.daftar(987_654_321L)).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForList(
                        "select concat(username, ' ', peristiwa, ' ', detail) from log_keamanan where id > ?",
                        String.class,
                        sebelum))
                .containsExactly(
                        "kasi.pemerintahan AKSES_DITOLAK BuktiDukungService.daftar: realisasi 987654321 tidak ada");
    }

    @Test
    void passwordRulesApplyWhenAnAccountIsCreated() {
        MasukSebagai.pengguna(userDetailsService, admin);
        var instansi = akunUji.instansi();
        var jabatan = akunService.jabatanOperator(instansi);

        assertThatThrownBy(() -> akunService.buatAkun(
                        "uji.umum", "iloveyou", false, new Pegawai(instansi, "Uji", null, false), jabatan))
                .hasMessage("password.umum");
        assertThatThrownBy(() -> akunService.buatAkun(
                        "uji.pendek", "pendek", false, new Pegawai(instansi, "Uji", null, false), jabatan))
                .hasMessage("password.terlalu-pendek");
        assertThat(akunRepository.existsByUsername("uji.umum")).isFalse();

        String panjang = "kalimat sandi yang panjang sekali ".repeat(3).strip();
        assertThat(panjang.length()).isGreaterThan(72);
        String username = "uji.panjang." + System.nanoTime() % 100_000;
        akunService.buatAkun(username, panjang, false, new Pegawai(instansi, "Uji", null, false), jabatan);
        assertThat(passwordEncoder.matches(
                        panjang,
                        akunRepository.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    /** A session as the login leaves it: the user's security context in it, known to the session registry. */
    private MockHttpSession sesiMasuk(String username) {
        MockHttpSession sesi = sesiDiInstansLain(username);
        sesiPengguna.sessionCreated(new HttpSessionEvent(sesi));
        return sesi;
    }

    /** A signed-in session this instance's {@link SesiPengguna} does not know. */
    private MockHttpSession sesiDiInstansLain(String username) {
        UserDetails akun = userDetailsService.loadUserByUsername(username);
        SecurityContext konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.getAuthorities()));
        MockHttpSession sesi = new MockHttpSession();
        sesi.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, konteks);
        return sesi;
    }

    private static void permintaan(VersiSesiAkun filter, MockHttpSession sesi) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(sesi);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private Pengguna pengguna(String username) {
        return ((PenggunaSaatIni.Prinsipal) userDetailsService.loadUserByUsername(username)).pengguna();
    }

    private List<String> peristiwa(String username) {
        return jdbc.queryForList(
                "select peristiwa from log_keamanan where username = ? order by id", String.class, username);
    }

    private List<String> detail(String username) {
        return jdbc.queryForList(
                "select detail from log_keamanan where username = ? order by id", String.class, username);
    }
}
