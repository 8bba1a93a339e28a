package id.kecamatan.kinerja.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.KebijakanPassword;
import jakarta.annotation.security.PermitAll;

/**
 * Change one's own password. A user whose password was generated or reset is sent here and cannot go
 * elsewhere until it is changed; afterwards they sign in again with the new password.
 */
@Route("ganti-password")
@PermitAll
public class GantiPasswordView extends VerticalLayout implements HasDynamicTitle {

    public GantiPasswordView(AkunService akunService, AuthenticationContext authenticationContext) {
        setMaxWidth("28rem");
        PasswordField lama = new PasswordField(getTranslation("password.lama"));
        PasswordField baru = new PasswordField(getTranslation("password.baru"));
        PasswordField ulang = new PasswordField(getTranslation("password.ulang"));
        baru.setHelperText(
                getTranslation("password.aturan", KebijakanPassword.PANJANG_MIN, KebijakanPassword.PANJANG_MAKS));
        baru.setMaxLength(KebijakanPassword.PANJANG_MAKS);
        for (PasswordField field : new PasswordField[] {lama, baru, ulang}) {
            field.setWidthFull();
        }
        Button simpan = new Button(getTranslation("password.simpan"), e -> {
            if (!baru.getValue().equals(ulang.getValue())) {
                ulang.setInvalid(true);
                ulang.setErrorMessage(getTranslation("password.tidak-sama"));
                return;
            }
            try {
                akunService.gantiPassword(lama.getValue(), baru.getValue());
                Pemberitahuan.berhasil(getTranslation("password.berhasil"));
                authenticationContext.logout();
            } catch (AkunService.PasswordDitolak ditolak) {
                Pemberitahuan.galat(getTranslation(
                        ditolak.getMessage(), KebijakanPassword.PANJANG_MIN, KebijakanPassword.PANJANG_MAKS));
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("password.keterangan")), lama, baru, ulang, simpan);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.ganti-password");
    }
}
