package id.kecamatan.kinerja.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.security.AkunRepository;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.AkunTerkunci;
import id.kecamatan.kinerja.security.AkunUji;
import id.kecamatan.kinerja.security.BasisDataTidakTersedia;
import id.kecamatan.kinerja.security.Peristiwa;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.WebAttributes;

/**
 * The Admin's account actions in Pengguna, the security log view, the login page's messages and the forced
 * change after a reset. The Admin here is one of a test instansi of its own, so its list holds only test accounts.
 */
class AkunAdminViewTest extends AbstractUiTest {

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

    private AkunUji akunUji;

    @BeforeEach
    void siapkan() {
        akunUji = new AkunUji(akunService, imporRencana, instansiRepository, jabatanRepository);
    }

    @Test
    void theAdminResetsAPasswordSeesItOnceAndTheUserMustChangeIt() {
        String admin = akunUji.admin();
        String kasi = akunUji.kasi();
        loginAndNavigate(admin, "pengguna");
        Grid<?> grid = _get(Grid.class);
        int baris = barisDengan(grid, "Nama pengguna", kasi);

        _click(tombol(komponenSel(grid, baris, "Tindakan"), "Reset password"));
        Dialog tanya = _get(Dialog.class);
        assertThat(tanya.getHeaderTitle()).isEqualTo("Reset password: " + kasi);
        _click(tombol(tanya, "Reset password"));

        Dialog hasil = _get(Dialog.class);
        assertThat(hasil.getHeaderTitle()).isEqualTo("Password sekali pakai untuk " + kasi);
        String password = LocatorJ._get(hasil, TextField.class, s -> s.withClasses("password-sekali"))
                .getValue();
        assertThat(password).hasSize(20);
        assertThat(akunRepository.findByUsername(kasi).orElseThrow().isHarusGantiPassword())
                .isTrue();
        assertThat(teksSel(_get(Grid.class), barisDengan(_get(Grid.class), "Nama pengguna", kasi), "Status"))
                .isEqualTo("Aktif · Wajib ganti password");

        // the user signs in and is kept on Ganti Password whatever page they open
        loginAndNavigate(kasi, "kinerja-saya");
        expectView(GantiPasswordView.class);
    }

    @Test
    void theAdminDeactivatesAndActivatesAnAccountButNotTheirOwn() {
        String admin = akunUji.admin();
        String kasi = akunUji.kasi();
        loginAndNavigate(admin, "pengguna");
        Grid<?> grid = _get(Grid.class);

        assertThat(komponenSel(grid, barisDengan(grid, "Nama pengguna", admin), "Tindakan")
                        .getChildren())
                .as("no actions on the Admin's own row")
                .isEmpty();
        _click(tombol(komponenSel(grid, barisDengan(grid, "Nama pengguna", kasi), "Tindakan"), "Nonaktifkan"));
        _click(tombol(_get(Dialog.class), "Nonaktifkan"));

        assertThat(akunRepository.findByUsername(kasi).orElseThrow().isAktif()).isFalse();
        int baris = barisDengan(grid, "Nama pengguna", kasi);
        assertThat(teksSel(grid, baris, "Status")).isEqualTo("Nonaktif");
        _click(tombol(komponenSel(grid, baris, "Tindakan"), "Aktifkan"));
        assertThat(akunRepository.findByUsername(kasi).orElseThrow().isAktif()).isTrue();
        assertThat(teksSel(grid, barisDengan(grid, "Nama pengguna", kasi), "Status"))
                .isEqualTo("Aktif");
    }

    @Test
    void theSecurityLogShowsTheNewestRowsFirstAndFilters() {
        String admin = akunUji.admin();
        String kasi = akunUji.kasi();
        login(admin);
        akunService.nonaktifkan(kasi);
        akunService.aktifkan(kasi);
        UI.getCurrent().navigate("log-keamanan");
        expectView(LogKeamananView.class);

        _setValue(_get(TextField.class, s -> s.withLabel("Nama pengguna")), kasi);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class);
        assertThat(kolom(grid, "Peristiwa")).containsExactly("Akun diaktifkan", "Akun dinonaktifkan");
        assertThat(kolom(grid, "Keterangan")).allSatisfy(k -> assertThat(k).startsWith("oleh " + admin));
        assertThat(kolom(grid, "Waktu (UTC)").getFirst()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

        @SuppressWarnings("unchecked")
        ComboBox<Peristiwa> peristiwa = _get(ComboBox.class, s -> s.withLabel("Peristiwa"));
        _setValue(peristiwa, Peristiwa.AKUN_DINONAKTIFKAN);
        assertThat(kolom(grid, "Peristiwa")).containsExactly("Akun dinonaktifkan");
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void otherRolesCannotOpenTheSecurityLog() {
        loginAndNavigate("sekcam", "iki");
        List<String> menu = menu();
        assertThat(menu).doesNotContain("Log Keamanan");
        login("admin");
        UI.getCurrent().navigate("log-keamanan");
        expectView(LogKeamananView.class);
    }

    @Test
    void aLockedAccountIsToldForHowManyMinutes() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new AkunTerkunci(
                                Instant.now().plus(Duration.ofMinutes(10)).minusSeconds(5)));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains(
                        "\"title\":\"Akun terkunci\"",
                        "\"message\":\"Terlalu banyak percobaan masuk yang gagal. Akun ini terkunci selama 10 menit lagi.\"");
    }

    @Test
    void aLoginTheDatabaseCouldNotCheckSaysSoAndNotWrongPassword() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new BasisDataTidakTersedia(new SQLTransientConnectionException("pool habis")));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains(
                        "\"title\":\"Basis data tidak dapat dihubungi\"",
                        "\"message\":\"Password belum dapat diperiksa karena basis data tidak dapat dihubungi atau sedang sibuk.")
                .doesNotContain("password salah");
    }

    @Test
    void anyOtherFailureSaysOnlyWrongNameOrPassword() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new org.springframework.security.authentication.BadCredentialsException("x"));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form))
                .contains("\"message\":\"Nama pengguna atau password salah. Periksa lalu coba lagi.\"")
                .doesNotContain("terkunci");
    }

    /** The texts the form shows, as sent to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static Button tombol(Component dalam, String teks) {
        return LocatorJ._get(dalam, Button.class, s -> s.withText(teks));
    }
}
