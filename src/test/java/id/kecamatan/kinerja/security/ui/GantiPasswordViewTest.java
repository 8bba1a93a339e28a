package id.kecamatan.kinerja.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.security.AkunRepository;
import id.kecamatan.kinerja.security.AkunUji;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Changing one's password: refused input shows an Indonesian message and changes nothing.
 * These tests never submit a valid change, so the shared demo password stays as it is; should a regression
 * let one through, {@link #pulihkanPassword()} puts the old hash back for the tests that follow.
 */
class GantiPasswordViewTest extends AbstractUiTest {

    private static final String USERNAME = "kasubbag.umum";

    @Autowired
    AkunRepository akunRepository;

    @Autowired
    PasswordEncoder passwordEncoder;

    private String hashSebelum;

    @BeforeEach
    void bukaGantiPassword() {
        hashSebelum = hashSekarang();
        assertThat(passwordEncoder.matches(MasukSebagai.PASSWORD_DEMO, hashSebelum))
                .as("demo password before the test")
                .isTrue();
        loginAndNavigate(USERNAME, "ganti-password");
        expectView(GantiPasswordView.class);
    }

    @AfterEach
    void pulihkanPassword() {
        if (!hashSekarang().equals(hashSebelum)) {
            AkunUji.pulihkanPassword(akunRepository, USERNAME, hashSebelum);
        }
    }

    @Test
    void showsTheRulesOfANewPassword() {
        assertThat(field("Password baru").getHelperText()).isEqualTo("Minimal 8 dan maksimal 128 karakter.");
        assertThat(field("Password baru").getMaxLength()).isEqualTo(128);
    }

    @Test
    void wrongOldPasswordIsRefusedInIndonesianAndChangesNothing() {
        isi("bukan-password-lama", "password-baru-2026", "password-baru-2026");

        _click(_get(Button.class, s -> s.withText("Simpan password")));

        List<Notification> notifikasi = NotificationsKt.getNotifications();
        NotificationsKt.expectNotifications("Password lama salah.");
        assertThat(notifikasi.getFirst().getThemeNames()).contains("error");
        assertThat(hashSekarang()).isEqualTo(hashSebelum);
        assertThat(passwordEncoder.matches(MasukSebagai.PASSWORD_DEMO, hashSekarang()))
                .isTrue();
        // still signed in and on the page: a refused change does not log out
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
        expectView(GantiPasswordView.class);
    }

    @Test
    void differingNewPasswordsAreRefusedAtTheField() {
        isi("bukan-password-lama", "password-baru-2026", "password-lain-2026");

        _click(_get(Button.class, s -> s.withText("Simpan password")));

        PasswordField ulang = field("Ulangi password baru");
        assertThat(ulang.isInvalid()).isTrue();
        assertThat(ulang.getErrorMessage()).isEqualTo("Kedua isian password baru tidak sama.");
        NotificationsKt.expectNoNotifications();
        assertThat(hashSekarang()).isEqualTo(hashSebelum);
    }

    @Test
    void tooShortNewPasswordIsRefusedWithTheMinimumInTheMessage() {
        isi(MasukSebagai.PASSWORD_DEMO, "pendek", "pendek");

        _click(_get(Button.class, s -> s.withText("Simpan password")));

        NotificationsKt.expectNotifications("Password terlalu pendek: minimal 8 karakter.");
        assertThat(hashSekarang()).isEqualTo(hashSebelum);
    }

    @Test
    void aCommonPasswordIsRefusedWithAnIndonesianReason() {
        isi(MasukSebagai.PASSWORD_DEMO, "Sunshine1", "Sunshine1");

        _click(_get(Button.class, s -> s.withText("Simpan password")));

        NotificationsKt.expectNotifications(
                "Password ini termasuk daftar password yang paling sering dipakai dan mudah "
                        + "ditebak. Pilih yang lain, misalnya gabungan beberapa kata.");
        assertThat(hashSekarang()).isEqualTo(hashSebelum);
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, s -> s.withLabel(label));
    }

    private static void isi(String lama, String baru, String ulang) {
        _setValue(field("Password lama"), lama);
        _setValue(field("Password baru"), baru);
        _setValue(field("Ulangi password baru"), ulang);
    }

    private String hashSekarang() {
        return akunRepository.findByUsername(USERNAME).orElseThrow().getPasswordHash();
    }
}
