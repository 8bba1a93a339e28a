package id.kecamatan.kinerja.notifikasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import id.kecamatan.kinerja.notifikasi.KeamananSmtp;
import id.kecamatan.kinerja.notifikasi.PengaturanSurelService;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The Admin's e-mail settings page: saving (the password never shown back), the test e-mail, refusals. */
class PengaturanSurelViewTest extends AbstractUiTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("portal", "rahasia-smtp"));

    @Autowired
    PengaturanSurelService service;

    @AfterEach
    void matikan() {
        login("admin");
        service.simpan(new PengaturanSurelService.SimpanPengaturan(
                false, null, 587, KeamananSmtp.STARTTLS, null, null, true, null, 7));
    }

    @Test
    void adminMenyimpanPengaturanDanMengirimSurelUji() throws Exception {
        loginAndNavigate("admin", "pengaturan-surel");
        expectView(PengaturanSurelView.class);
        assertThat(menu()).contains("Pengaturan Surel");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Server SMTP (host)")), "localhost");
        _setValue(
                _get(IntegerField.class, spec -> spec.withLabel("Port")),
                greenMail.getSmtp().getPort());
        _setValue(_get(Select.class, spec -> spec.withLabel("Keamanan koneksi")), KeamananSmtp.TIDAK_ADA);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nama pengguna SMTP")), "portal");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password SMTP")), "rahasia-smtp");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Alamat pengirim")), "sakip@meral.test");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Kirim surel (aktif)")), true);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Pengingat tenggat (hari sebelumnya)")), 5);
        _click(_get(Button.class, spec -> spec.withText("Simpan pengaturan")));
        NotificationsKt.expectNotifications("Pengaturan surel tersimpan.");

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password SMTP"));
        assertThat(password.getValue()).as("never shown back").isEmpty();
        assertThat(password.getPlaceholder()).isEqualTo("(tersimpan)");
        assertThat(_get(Checkbox.class, spec -> spec.withLabel("Hapus password tersimpan"))
                        .isVisible())
                .isTrue();

        UI.getCurrent().navigate("dasbor");
        UI.getCurrent().navigate("pengaturan-surel");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Server SMTP (host)"))
                        .getValue())
                .isEqualTo("localhost");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Pengingat tenggat (hari sebelumnya)"))
                        .getValue())
                .isEqualTo(5);
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Password SMTP"))
                        .getValue())
                .isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Kirim ke alamat")), "admin@meral.test");
        _click(_get(Button.class, spec -> spec.withText("Kirim e-mail uji")));
        assertThat(_get(Div.class, spec -> spec.withClasses("hasil-uji")).getText())
                .isEqualTo("Surel uji terkirim ke admin@meral.test. Periksa kotak masuk alamat itu.");
        assertThat(greenMail.getReceivedMessagesForDomain("admin@meral.test")).hasSize(1);
        assertThat(greenMail.getReceivedMessagesForDomain("admin@meral.test")[0].getSubject())
                .isEqualTo("Surel uji dari Kinerja Kecamatan");
    }

    @Test
    void galatSmtpDitampilkanDalamBahasaIndonesia() throws Exception {
        int portMati;
        try (ServerSocket s = new ServerSocket(0)) {
            portMati = s.getLocalPort();
        }
        loginAndNavigate("admin", "pengaturan-surel");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Server SMTP (host)")), "localhost");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Port")), portMati);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Alamat pengirim")), "sakip@meral.test");
        _click(_get(Button.class, spec -> spec.withText("Simpan pengaturan")));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Kirim ke alamat")), "admin@meral.test");
        _click(_get(Button.class, spec -> spec.withText("Kirim e-mail uji")));
        Div hasil = _get(Div.class, spec -> spec.withClasses("hasil-uji"));
        assertThat(hasil.getText())
                .isEqualTo("Tidak dapat terhubung ke server SMTP localhost port " + portMati
                        + ". Periksa server, port dan jaringan.");
        assertThat(hasil.getClassNames()).contains("gagal");

        // switching on without a sender is refused with a clear message
        _setValue(_get(TextField.class, spec -> spec.withLabel("Alamat pengirim")), "");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Kirim surel (aktif)")), true);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Simpan pengaturan")));
        NotificationsKt.expectNotifications(
                "Isi server SMTP dan alamat pengirim sebelum mengaktifkan pengiriman surel.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"camat", "sekcam", "kasi.pemerintahan"})
    void selainAdminTidakMelihatHalaman(String username) {
        loginAndNavigate(username, "dasbor");
        assertThat(menu()).doesNotContain("Pengaturan Surel");
        UI.getCurrent().navigate("pengaturan-surel");
        _get(HalamanTidakDitemukan.class);
    }
}
