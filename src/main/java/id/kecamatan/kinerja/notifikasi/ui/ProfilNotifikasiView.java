package id.kecamatan.kinerja.notifikasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.Peringatan;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;
import id.kecamatan.kinerja.notifikasi.NotifikasiService.ProfilSaya;
import jakarta.annotation.security.PermitAll;

/** Each user's own e-mail address and whether notifications and reminders also come by e-mail. */
@Route(ProfilNotifikasiView.ROUTE)
@PermitAll
public class ProfilNotifikasiView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "profil-notifikasi";

    public ProfilNotifikasiView(NotifikasiService service) {
        ProfilSaya profil = service.profilSaya();
        addClassName("formulir-sempit");
        add(new Paragraph(getTranslation("profil-notifikasi.keterangan")));
        if (!profil.surelAktif()) {
            add(new Peringatan(getTranslation("profil-notifikasi.surel-nonaktif")));
        }
        TextField surel = new TextField(getTranslation("profil-notifikasi.surel"));
        surel.setWidthFull();
        surel.setMaxLength(254);
        surel.setPlaceholder("nama@contoh.go.id");
        surel.setHelperText(getTranslation("profil-notifikasi.surel-bantuan"));
        surel.getElement().setAttribute("inputmode", "email");
        surel.getElement().setAttribute("autocomplete", "email");
        surel.setValue(profil.surel() == null ? "" : profil.surel());
        Checkbox kirim = new Checkbox(getTranslation("profil-notifikasi.kirim"), profil.kirimSurel());
        Button simpan = new Button(getTranslation("profil-notifikasi.simpan"), e -> {
            try {
                service.simpanProfilSaya(surel.getValue(), kirim.getValue());
                surel.setInvalid(false);
                Pemberitahuan.berhasil(getTranslation("profil-notifikasi.tersimpan"));
            } catch (AturanDilanggar ditolak) {
                surel.setErrorMessage(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
                surel.setInvalid(true);
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(surel, kirim, simpan);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.profil-notifikasi");
    }
}
