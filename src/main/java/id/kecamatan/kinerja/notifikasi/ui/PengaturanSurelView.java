package id.kecamatan.kinerja.notifikasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.notifikasi.KeamananSmtp;
import id.kecamatan.kinerja.notifikasi.PengaturanSurelService;
import id.kecamatan.kinerja.notifikasi.PengaturanSurelService.Antrean;
import id.kecamatan.kinerja.notifikasi.PengaturanSurelService.Pengaturan;
import id.kecamatan.kinerja.notifikasi.PengaturanSurelService.SimpanPengaturan;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/**
 * The Admin's e-mail settings: the SMTP server (host, port, security, sign-in; the password is never shown back),
 * the sender, on/off, how many days before a tenggat the reminder goes, and a test e-mail to any address whose
 * success or error (in the user's language) is shown on the page. Below, the outbox at a glance.
 */
@Route(PengaturanSurelView.ROUTE)
@Menu(title = "menu.pengaturan-surel", order = 11.5, icon = "vaadin:envelope")
@RolesAllowed("ADMIN")
public class PengaturanSurelView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "pengaturan-surel";

    private final PengaturanSurelService service;
    private final Checkbox aktif = new Checkbox();
    private final TextField host = new TextField();
    private final IntegerField port = new IntegerField();
    private final Select<KeamananSmtp> keamanan = new Select<>();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Checkbox hapusPassword = new Checkbox();
    private final TextField pengirim = new TextField();
    private final IntegerField hari = new IntegerField();
    private final Paragraph antrean = new Paragraph();
    private final Div hasilUji = new Div();

    public PengaturanSurelView(PengaturanSurelService service) {
        this.service = service;
        addClassName("formulir-sedang");
        aktif.setLabel(getTranslation("pengaturan-surel.aktif"));
        host.setLabel(getTranslation("pengaturan-surel.host"));
        host.setPlaceholder("smtp.contoh.go.id");
        port.setLabel(getTranslation("pengaturan-surel.port"));
        port.setMin(1);
        port.setMax(65535);
        port.setStepButtonsVisible(false);
        keamanan.setLabel(getTranslation("pengaturan-surel.keamanan"));
        keamanan.setItems(KeamananSmtp.values());
        keamanan.setItemLabelGenerator(k -> getTranslation("pengaturan-surel.keamanan." + k.name()));
        username.setLabel(getTranslation("pengaturan-surel.username"));
        username.getElement().setAttribute("autocomplete", "off");
        password.setLabel(getTranslation("pengaturan-surel.password"));
        password.getElement().setAttribute("autocomplete", "new-password");
        password.setRevealButtonVisible(false);
        hapusPassword.setLabel(getTranslation("pengaturan-surel.hapus-password"));
        pengirim.setLabel(getTranslation("pengaturan-surel.pengirim"));
        pengirim.setPlaceholder("sakip@contoh.go.id");
        pengirim.getElement().setAttribute("inputmode", "email");
        hari.setLabel(getTranslation("pengaturan-surel.hari"));
        hari.setHelperText(getTranslation("pengaturan-surel.hari-bantuan"));
        hari.setMin(1);
        hari.setMax(60);
        hari.setStepButtonsVisible(true);
        for (var field :
                new com.vaadin.flow.component.HasSize[] {host, port, keamanan, username, password, pengirim, hari}) {
            field.setWidthFull();
        }
        Button simpan = new Button(getTranslation("pengaturan-surel.simpan"), e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        TextField alamatUji = new TextField(getTranslation("pengaturan-surel.uji-alamat"));
        alamatUji.setWidthFull();
        alamatUji.getElement().setAttribute("inputmode", "email");
        Button kirimUji = new Button(getTranslation("pengaturan-surel.uji"), e -> kirimUji(alamatUji.getValue()));
        kirimUji.setDisableOnClick(true);
        kirimUji.addClickListener(e -> kirimUji.setEnabled(true));
        hasilUji.addClassName("hasil-uji");
        hasilUji.getElement().setAttribute("role", "status");

        // two columns from 40em on, one on a phone
        FormLayout formulir = new FormLayout(host, port, keamanan, pengirim, username, password, hari, hapusPassword);
        formulir.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        HorizontalLayout simpanBaris = new HorizontalLayout(aktif, simpan);
        simpanBaris.setAlignItems(FlexComponent.Alignment.CENTER);
        simpanBaris.setWrap(true);
        HorizontalLayout uji = new HorizontalLayout(alamatUji, kirimUji);
        uji.setAlignItems(FlexComponent.Alignment.BASELINE);
        uji.setWrap(true);
        uji.setWidthFull();
        uji.setFlexGrow(1, alamatUji);
        alamatUji.setMinWidth("14rem");
        alamatUji.setWidth(null);
        add(
                new Paragraph(getTranslation("pengaturan-surel.keterangan")),
                formulir,
                simpanBaris,
                new H3(getTranslation("pengaturan-surel.uji-judul")),
                new Paragraph(getTranslation("pengaturan-surel.uji-keterangan")),
                uji,
                hasilUji,
                new H3(getTranslation("pengaturan-surel.antrean-judul")),
                antrean);
        muat(service.pengaturan());
    }

    private void muat(Pengaturan p) {
        aktif.setValue(p.aktif());
        host.setValue(p.host() == null ? "" : p.host());
        port.setValue(p.port());
        keamanan.setValue(p.keamanan());
        username.setValue(p.username() == null ? "" : p.username());
        password.clear();
        password.setPlaceholder(p.adaPassword() ? getTranslation("pengaturan-surel.password-tersimpan") : "");
        password.setHelperText(p.adaPassword() ? getTranslation("pengaturan-surel.password-bantuan") : "");
        hapusPassword.setValue(false);
        hapusPassword.setVisible(p.adaPassword());
        pengirim.setValue(p.pengirim() == null ? "" : p.pengirim());
        hari.setValue(p.hariPengingat());
        Antrean a = service.antrean();
        antrean.setText(
                a.galatTerakhir() == null
                        ? getTranslation("pengaturan-surel.antrean", a.menunggu(), a.terkirim(), a.gagal())
                        : getTranslation(
                                "pengaturan-surel.antrean-galat",
                                a.menunggu(),
                                a.terkirim(),
                                a.gagal(),
                                a.galatTerakhir()));
    }

    private void simpan() {
        try {
            Pengaturan p = service.simpan(new SimpanPengaturan(
                    aktif.getValue(),
                    host.getValue(),
                    port.getValue() == null ? 0 : port.getValue(),
                    Objects.requireNonNullElse(keamanan.getValue(), KeamananSmtp.STARTTLS),
                    username.getValue(),
                    password.getValue(),
                    hapusPassword.getValue(),
                    pengirim.getValue(),
                    hari.getValue() == null ? 0 : hari.getValue()));
            muat(p);
            Pemberitahuan.berhasil(getTranslation("pengaturan-surel.tersimpan"));
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        }
    }

    private void kirimUji(String alamat) {
        hasilUji.removeAll();
        hasilUji.removeClassNames("berhasil", "gagal");
        try {
            service.kirimUji(alamat);
            hasilUji.setText(getTranslation("pengaturan-surel.uji-berhasil", alamat.strip()));
            hasilUji.addClassName("berhasil");
        } catch (AturanDilanggar ditolak) {
            hasilUji.setText(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            hasilUji.addClassName("gagal");
        }
        muat(service.pengaturan());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pengaturan-surel");
    }
}
