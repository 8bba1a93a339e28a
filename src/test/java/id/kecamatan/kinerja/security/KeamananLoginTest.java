package id.kecamatan.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import id.kecamatan.kinerja.rencana.ImporRencana;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Logins through the real filter chain (MockMvc on the shared context, so no second database): account lock,
 * address throttle, what the login page learns, and the security log. Every test uses accounts of its own
 * (AkunUji) and an address of its own from the documentation range 192.0.2.0/24, so the address throttle's row of
 * one test never meets another's.
 */
@UjiTerpadu
class KeamananLoginTest {

    @Autowired
    WebApplicationContext context;

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
    PenugasanRepository penugasanRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PencatatKeamanan pencatat;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;
    private AkunUji akunUji;

    @BeforeEach
    void siapkan() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        akunUji = new AkunUji(akunService, imporRencana, instansiRepository, jabatanRepository);
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutesEvenAgainstTheRightPassword() throws Exception {
        String username = akunUji.kasi();
        String alamat = "192.0.2.11";
        Instant mulai = Instant.now();

        for (int i = 1; i < PenguncianAkun.BATAS_GAGAL; i++) {
            assertThat(gagalTerakhir(masuk(username, "bukan-passwordnya", alamat)))
                    .as("failure %d", i)
                    .isInstanceOf(BadCredentialsException.class);
        }
        Object kelima = gagalTerakhir(masuk(username, "bukan-passwordnya", alamat));
        MvcResult benar = masuk(username, AkunUji.PASSWORD, alamat);

        assertThat(kelima).isInstanceOf(AkunTerkunci.class);
        assertThat(gagalTerakhir(benar)).as("the right password while locked").isInstanceOf(AkunTerkunci.class);
        assertThat(benar.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        Instant sampai = ((AkunTerkunci) kelima).getSampai();
        assertThat(Duration.between(mulai, sampai)).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(16));
        assertThat(akunRepository.findByUsername(username).orElseThrow().getTerkunciSampai())
                .isEqualTo(sampai);
        System.out.printf(
                "Penguncian: terkunci setelah %d kali gagal, selama %s%n",
                PenguncianAkun.BATAS_GAGAL, Duration.between(mulai, sampai).withNanos(0));

        assertThat(peristiwa(username))
                .containsExactly(
                        "LOGIN_GAGAL",
                        "LOGIN_GAGAL",
                        "LOGIN_GAGAL",
                        "LOGIN_GAGAL",
                        "AKUN_TERKUNCI",
                        "LOGIN_SAAT_TERKUNCI");
    }

    @Test
    void anUnknownAccountFailsExactlyLikeAWrongPassword() throws Exception {
        String username = akunUji.kasi();
        String alamat = "192.0.2.12";

        MvcResult salah = masuk(username, "bukan-passwordnya", alamat);
        MvcResult takDikenal = masuk("tidak.ada." + username, "bukan-passwordnya", alamat);

        assertThat(takDikenal.getResponse().getRedirectedUrl())
                .isEqualTo(salah.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        Object a = gagalTerakhir(salah);
        Object b = gagalTerakhir(takDikenal);
        assertThat(b.getClass()).isEqualTo(a.getClass()).isEqualTo(BadCredentialsException.class);
        assertThat(((Exception) b).getMessage()).isEqualTo(((Exception) a).getMessage());
        // only the log, for the Admin, tells them apart
        assertThat(detail("tidak.ada." + username)).containsExactly("akun tidak dikenal atau tanpa jabatan");
        assertThat(detail(username)).containsExactly("password salah");
    }

    @Test
    void successAndFailureAreLoggedWithUtcTimeAndAddress() throws Exception {
        String username = akunUji.kasi();
        String alamat = "192.0.2.13";

        masuk(username, "bukan-passwordnya", alamat);
        MvcResult berhasil = masuk(username, AkunUji.PASSWORD, alamat);

        assertThat(berhasil.getResponse().getRedirectedUrl()).isEqualTo("/");
        List<Map<String, Object>> baris = jdbc.query(
                "select waktu, alamat, peristiwa from log_keamanan where username = ? order by id",
                (rs, i) -> Map.<String, Object>of(
                        "waktu",
                        rs.getObject("waktu", LocalDateTime.class),
                        "alamat",
                        rs.getString("alamat"),
                        "peristiwa",
                        rs.getString("peristiwa")),
                username);
        assertThat(baris).extracting(b -> b.get("peristiwa")).containsExactly("LOGIN_GAGAL", "LOGIN_BERHASIL");
        assertThat(baris).allSatisfy(b -> {
            assertThat(b.get("alamat")).isEqualTo(alamat);
            // the column's own value, read without any time zone conversion
            assertThat(Duration.between((LocalDateTime) b.get("waktu"), LocalDateTime.now(ZoneOffset.UTC))
                            .abs())
                    .as("stored as UTC")
                    .isLessThan(Duration.ofMinutes(1));
        });
    }

    /**
     * Login CSRF: a login posted without the login page's token (from another site, into the victim's browser) signs
     * nobody in and reaches no password check; the browser is sent to a fresh login page that says to sign in again.
     */
    @Test
    void aLoginPostedWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        String username = akunUji.kasi();
        String alamat = "192.0.2.18";

        MvcResult tanpaToken = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", AkunUji.PASSWORD)
                        .with(request -> {
                            request.setRemoteAddr(alamat);
                            return request;
                        }))
                .andReturn();

        assertThat(tanpaToken.getResponse().getRedirectedUrl()).isEqualTo("/login?kedaluwarsa");
        HttpSession sesi = tanpaToken.getRequest().getSession(false);
        assertThat(
                        sesi == null
                                ? null
                                : sesi.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("nobody signed in")
                .isNull();
        assertThat(peristiwa(username))
                .as("no attempt reached the password check")
                .isEmpty();
        assertThat(masuk(username, AkunUji.PASSWORD, alamat).getResponse().getRedirectedUrl())
                .as("the same login with the page's token")
                .isEqualTo("/");
    }

    @Test
    void aSuccessStartsTheCountAfresh() throws Exception {
        String username = akunUji.kasi();
        String alamat = "192.0.2.14";

        for (int i = 0; i < PenguncianAkun.BATAS_GAGAL - 1; i++) {
            masuk(username, "bukan-passwordnya", alamat);
        }
        masuk(username, AkunUji.PASSWORD, alamat);
        MvcResult lagi = masuk(username, "bukan-passwordnya", alamat);

        assertThat(gagalTerakhir(lagi)).isInstanceOf(BadCredentialsException.class);
        assertThat(akunRepository.findByUsername(username).orElseThrow().getGagalBerturut())
                .isEqualTo(1);
    }

    /**
     * The lock ends after exactly 15 minutes: the real provider and lock on a clock the test moves, against the
     * same database rows.
     */
    @Test
    void theLockEndsAfterFifteenMinutes() {
        String username = akunUji.kasi();
        JamUji jam = new JamUji(Instant.now());
        PenyediaAutentikasi penyedia = new PenyediaAutentikasi(
                new AkunDetailsService(akunRepository, penugasanRepository, jam),
                passwordEncoder,
                new PenguncianAkun(akunRepository, jam),
                new PembatasAlamat(jdbc, jam),
                pencatat);

        for (int i = 1; i < PenguncianAkun.BATAS_GAGAL; i++) {
            assertThatThrownBy(() -> penyedia.authenticate(token(username, "bukan-passwordnya")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> penyedia.authenticate(token(username, "bukan-passwordnya")))
                .isInstanceOf(AkunTerkunci.class);

        jam.maju(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> penyedia.authenticate(token(username, AkunUji.PASSWORD)))
                .as("14:59 after the lock")
                .isInstanceOf(AkunTerkunci.class);

        jam.maju(Duration.ofSeconds(1));
        Authentication masuk = penyedia.authenticate(token(username, AkunUji.PASSWORD));
        assertThat(masuk.isAuthenticated()).as("15:00 after the lock").isTrue();
        assertThat(akunRepository.findByUsername(username).orElseThrow().getTerkunciSampai())
                .isNull();
    }

    @Test
    void anAddressWithTenFailuresIsHeldBackWhateverTheAccount() throws Exception {
        String username = akunUji.kasi();
        String alamat = "192.0.2.15";
        // ten different unknown names: no account lock is involved
        for (int i = 0; i < PembatasAlamat.BEBAS_GAGAL; i++) {
            assertThat(gagalTerakhir(masuk("tebakan." + i + "." + username, "123456789", alamat)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        MvcResult ditahan = masuk(username, AkunUji.PASSWORD, alamat);
        MvcResult alamatLain = masuk(username, AkunUji.PASSWORD, "192.0.2.16");

        assertThat(gagalTerakhir(ditahan)).isInstanceOf(AlamatDibatasi.class);
        assertThat(Duration.between(Instant.now(), ((AlamatDibatasi) gagalTerakhir(ditahan)).getSampai()))
                .isBetween(Duration.ofSeconds(25), PembatasAlamat.JEDA_AWAL);
        assertThat(alamatLain.getResponse().getRedirectedUrl())
                .as("from another address")
                .isEqualTo("/");
        assertThat(peristiwa(username)).containsExactly("LOGIN_DIBATASI", "LOGIN_BERHASIL");
        assertThat(akunRepository.findByUsername(username).orElseThrow().getGagalBerturut())
                .as("a held-back attempt does not count against the account")
                .isZero();
    }

    /** A valid account between failures would otherwise let an address try others without limit. */
    @Test
    void aSuccessfulLoginDoesNotResetTheAddressThrottle() throws Exception {
        String username = akunUji.kasi();
        String alamat = "192.0.2.19";
        for (int i = 0; i < PembatasAlamat.BEBAS_GAGAL - 1; i++) {
            masuk("tebakan." + i + "." + username, "123456789", alamat);
        }
        assertThat(masuk(username, AkunUji.PASSWORD, alamat).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        masuk("tebakan.lagi." + username, "123456789", alamat);

        assertThat(gagalTerakhir(masuk(username, AkunUji.PASSWORD, alamat))).isInstanceOf(AlamatDibatasi.class);
    }

    private MvcResult masuk(String username, String password, String alamat) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(alamat);
                            return request;
                        }))
                .andReturn();
    }

    private static Object gagalTerakhir(MvcResult hasil) {
        var session = hasil.getRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails("192.0.2.17", null));
        return token;
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
