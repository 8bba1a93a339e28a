package id.kecamatan.kinerja.notifikasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;
import id.kecamatan.kinerja.notifikasi.NotifikasiService.ItemNotifikasi;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The signed-in user's notifications, newest first (what the bell counts): each with its sentence, the note of a
 * return, who and when, a button to the page it concerns (which also marks it read) and "tandai dibaca".
 */
@Route(NotifikasiView.ROUTE)
@PermitAll
public class NotifikasiView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notifikasi";

    private final NotifikasiService service;
    private final ZoneId zona;
    private final Div daftar = new Div();

    public NotifikasiView(NotifikasiService service, ZoneId zona) {
        this.service = service;
        this.zona = zona;
        Button semua = new Button(getTranslation("notifikasi.tandai-semua"), e -> {
            service.tandaiSemuaDibaca();
            muat();
        });
        semua.addThemeVariants(ButtonVariant.LUMO_SMALL);
        RouterLink profil = new RouterLink(getTranslation("notifikasi.ke-profil"), ProfilNotifikasiView.class);
        HorizontalLayout atas = new HorizontalLayout(semua, profil);
        atas.setAlignItems(FlexComponent.Alignment.CENTER);
        atas.getStyle().set("flex-wrap", "wrap");
        daftar.addClassName("daftar-notifikasi");
        add(atas, daftar);
        muat();
    }

    private void muat() {
        daftar.removeAll();
        var semua = service.daftarSaya();
        if (semua.isEmpty()) {
            daftar.add(new Paragraph(getTranslation("notifikasi.kosong")));
        }
        semua.forEach(n -> daftar.add(item(n)));
        // the bell counts what is left unread
        getUI().ifPresent(NotifikasiView::perbaruiLonceng);
    }

    private static void perbaruiLonceng(Component akar) {
        if (akar instanceof LoncengNotifikasi lonceng) {
            lonceng.perbarui();
        }
        akar.getChildren().forEach(NotifikasiView::perbaruiLonceng);
    }

    private Component item(ItemNotifikasi n) {
        Div kartu = new Div();
        kartu.addClassNames("kartu", "notifikasi-item");
        if (!n.dibaca()) {
            kartu.addClassName("belum-dibaca");
        }
        Span kalimat = new Span(kalimat(n));
        kalimat.getStyle().set("font-weight", n.dibaca() ? "normal" : "600");
        kartu.add(kalimat);
        if (n.catatan() != null) {
            Span catatan = new Span(getTranslation("notifikasi.catatan", n.catatan()));
            catatan.addClassName("catatan");
            kartu.add(catatan);
        }
        String waktu = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .format(n.dibuatPada().atZone(zona));
        Span keterangan = new Span(n.oleh() == null ? waktu : getTranslation("notifikasi.waktu-oleh", waktu, n.oleh()));
        keterangan.addClassName("waktu");
        kartu.add(keterangan);
        Div tindakan = new Div();
        tindakan.addClassName("tindakan");
        if (n.tautan() != null) {
            String tautan = n.tautan();
            Button buka = new Button(getTranslation("notifikasi.buka." + tautan), e -> {
                service.tandaiDibaca(n.id());
                getUI().ifPresent(ui -> ui.navigate(tautan));
            });
            buka.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            tindakan.add(buka);
        }
        if (!n.dibaca()) {
            Button baca = new Button(getTranslation("notifikasi.tandai"), e -> {
                service.tandaiDibaca(n.id());
                muat();
            });
            baca.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            tindakan.add(baca);
        }
        kartu.add(tindakan);
        return kartu;
    }

    /** The sentence of a notification in the user's language. */
    String kalimat(ItemNotifikasi n) {
        String periode = n.tahun() == null
                ? ""
                : n.triwulan() == null
                        ? getTranslation("notifikasi.periode.tahun", String.valueOf(n.tahun()))
                        : getTranslation(
                                "notifikasi.periode.triwulan", n.triwulan().romawi(), String.valueOf(n.tahun()));
        return switch (n.jenis()) {
            case PENGINGAT_TENGGAT ->
                getTranslation(
                        "notifikasi.jenis.PENGINGAT_TENGGAT",
                        String.valueOf(n.jumlah()),
                        periode,
                        n.tenggat() == null
                                ? ""
                                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(getLocale())
                                        .format(n.tenggat()));
            default -> getTranslation("notifikasi.jenis." + n.jenis().name(), n.judul(), periode);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.notifikasi");
    }
}
