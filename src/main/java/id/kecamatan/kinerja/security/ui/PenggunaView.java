package id.kecamatan.kinerja.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.AkunService.BarisAkun;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The Admin's list of accounts: who can sign in, as whom, in which jabatan; and per account a password reset
 * (a one-time password shown once) and deactivation or activation, not on the Admin's own row; and a new account
 * for the Inspektorat's evaluator.
 */
@Route("pengguna")
@Menu(title = "menu.pengguna", order = 9, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PenggunaView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter JAM_UTC =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneOffset.UTC);

    private final AkunService akunService;
    private final @Nullable String sayaSendiri;
    private final Grid<BarisAkun> grid = new Grid<>();

    public PenggunaView(AkunService akunService, PenggunaSaatIni penggunaSaatIni, PekerjaanLatar latar) {
        this.akunService = akunService;
        this.sayaSendiri = penggunaSaatIni.cari().map(Pengguna::username).orElse(null);
        setSizeFull();
        grid.addColumn(BarisAkun::username)
                .setHeader(getTranslation("pengguna.username"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.nama() + (a.dataContoh() ? " " + getTranslation("umum.contoh") : ""))
                .setHeader(getTranslation("pengguna.nama"))
                .setFlexGrow(2)
                .setWidth("12rem");
        grid.addColumn(a -> a.jabatan() == null ? getTranslation("pengguna.tanpa-jabatan") : a.jabatan())
                .setHeader(getTranslation("pengguna.jabatan"))
                .setFlexGrow(2)
                .setWidth("12rem");
        grid.addColumn(a -> a.peran() == null ? "–" : getTranslation("peran." + a.peran()))
                .setHeader(getTranslation("pengguna.peran"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::status)
                .setHeader(getTranslation("pengguna.status"))
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(a -> a.nip() == null ? "–" : a.nip())
                .setHeader(getTranslation("pengguna.nip"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::tindakan)
                .setHeader(getTranslation("pengguna.aksi"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        muatUlang();
        UnduhExcel<BarisAkun> unduh = new UnduhExcel<BarisAkun>(
                        latar,
                        "pengguna",
                        () -> new Ekspor<>(List.of(getTranslation("menu.pengguna")), akunService::daftarAkun))
                .kolom(getTranslation("pengguna.username"), BarisAkun::username)
                .kolom(getTranslation("pengguna.nama"), BarisAkun::nama)
                .kolom(getTranslation("pengguna.jabatan"), BarisAkun::jabatan)
                .kolom(
                        getTranslation("pengguna.peran"),
                        a -> a.peran() == null ? null : getTranslation("peran." + a.peran()))
                .kolom(getTranslation("pengguna.status"), this::status)
                .kolom(getTranslation("pengguna.nip"), BarisAkun::nip);
        Button evaluator = new Button(
                getTranslation("pengguna.evaluator.tambah"),
                e -> tambahAkunLuar(
                        getTranslation("pengguna.evaluator.tambah"),
                        getTranslation("pengguna.evaluator.keterangan"),
                        akunService::buatAkunEvaluator));
        evaluator.addClassName("tambah-evaluator");
        Button kabupaten = new Button(
                getTranslation("pengguna.kabupaten.tambah"),
                e -> tambahAkunLuar(
                        getTranslation("pengguna.kabupaten.tambah"),
                        getTranslation("pengguna.kabupaten.keterangan"),
                        akunService::buatAkunKabupaten));
        kabupaten.addClassName("tambah-kabupaten");
        HorizontalLayout atas = new HorizontalLayout(unduh, evaluator, kabupaten);
        atas.setWrap(true);
        add(atas, grid);
    }

    /**
     * The office's accounts come with the plan; the accounts of people outside it (the Inspektorat's evaluator, the
     * kabupaten's Bagian Organisasi) are the ones the Admin makes here, each with a one-time password shown once.
     */
    private void tambahAkunLuar(String judul, String keterangan, BinaryOperator<String> buat) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(judul);
        TextField username = new TextField(getTranslation("pengguna.username"));
        username.setHelperText(getTranslation("pengguna.username-bantuan"));
        TextField nama = new TextField(getTranslation("pengguna.nama"));
        username.setWidthFull();
        nama.setWidthFull();
        dialog.add(new Paragraph(keterangan), username, nama);
        Button simpan = new Button(getTranslation("pengguna.buat-akun"), e -> {
            try {
                String password = buat.apply(username.getValue(), nama.getValue());
                dialog.close();
                tampilkanPassword(username.getValue().strip(), password);
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            }
            muatUlang();
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), simpan);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private String status(BarisAkun akun) {
        List<String> bagian = new ArrayList<>();
        bagian.add(getTranslation(akun.aktif() ? "pengguna.aktif" : "pengguna.nonaktif"));
        if (akun.terkunciSampai() != null) {
            bagian.add(getTranslation("pengguna.terkunci", JAM_UTC.format(akun.terkunciSampai())));
        }
        if (akun.harusGantiPassword()) {
            bagian.add(getTranslation("pengguna.harus-ganti"));
        }
        return String.join(" · ", bagian);
    }

    private HorizontalLayout tindakan(BarisAkun akun) {
        HorizontalLayout tombol = new HorizontalLayout();
        tombol.setSpacing(true);
        if (akun.username().equals(sayaSendiri)) {
            return tombol;
        }
        Button reset = new Button(
                getTranslation("pengguna.reset"),
                e -> konfirmasi(
                        getTranslation("pengguna.reset"),
                        akun.username(),
                        () -> tampilkanPasswordBaru(akun.username())));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button status;
        if (akun.aktif()) {
            status = new Button(
                    getTranslation("pengguna.nonaktifkan"),
                    e -> konfirmasi(getTranslation("pengguna.nonaktifkan"), akun.username(), () -> {
                        akunService.nonaktifkan(akun.username());
                        Pemberitahuan.berhasil(getTranslation("pengguna.dinonaktifkan", akun.username()));
                    }));
            status.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        } else {
            status = new Button(
                    getTranslation("pengguna.aktifkan"),
                    e -> jalankan(() -> {
                        akunService.aktifkan(akun.username());
                        Pemberitahuan.berhasil(getTranslation("pengguna.diaktifkan", akun.username()));
                    }));
            status.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        tombol.add(reset, status);
        return tombol;
    }

    /** Both actions end the user's open sessions: asked once more, with the account named. */
    private void konfirmasi(String tindakan, String username, Runnable lanjut) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(tindakan + ": " + username);
        dialog.add(new Paragraph(getTranslation("pengguna.konfirmasi", username)));
        Button ya = new Button(tindakan, e -> {
            dialog.close();
            jalankan(lanjut);
        });
        ya.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), ya);
        dialog.open();
    }

    private void tampilkanPasswordBaru(String username) {
        tampilkanPassword(username, akunService.resetPassword(username));
    }

    private void tampilkanPassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pengguna.reset.judul", username));
        TextField isian = new TextField();
        isian.setValue(password);
        isian.setReadOnly(true);
        isian.setWidthFull();
        isian.addClassName("password-sekali");
        dialog.add(new Paragraph(getTranslation("pengguna.reset.keterangan")), isian);
        dialog.getFooter().add(new Button(getTranslation("umum.tutup"), e -> dialog.close()));
        dialog.setWidth("32rem");
        dialog.open();
    }

    /** Runs an account action, shows a refusal in Indonesian, and shows the accounts as they are now. */
    private void jalankan(Runnable aksi) {
        try {
            aksi.run();
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        }
        muatUlang();
    }

    private void muatUlang() {
        grid.setItems(akunService.daftarAkun());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pengguna");
    }
}
