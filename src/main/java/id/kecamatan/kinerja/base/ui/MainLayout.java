package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.ui.LencanaMenu.Lencana;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The frame of every signed-in page: the menu (only the views the user's role may open, from
 * {@code @Menu} on the views, less those a feature's {@link SaringanMenu} leaves out for this user), who is signed in with their jabatan, the language and logout; in the header the page title and the
 * features' {@link TombolKepala} controls (the notification bell).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 judul = new H1();
    private final Map<String, SideNavItem> itemPerPath = new HashMap<>();
    private final PenggunaSaatIni penggunaSaatIni;
    private final List<LencanaMenu> daftarLencana;

    public MainLayout(
            PenggunaSaatIni penggunaSaatIni,
            AuthenticationContext authenticationContext,
            List<LencanaMenu> daftarLencana,
            List<SaringanMenu> daftarSaringan,
            List<TombolKepala> daftarTombol,
            MenuPerPeran menuPerPeran) {
        this.penggunaSaatIni = penggunaSaatIni;
        this.daftarLencana = daftarLencana;
        setPrimarySection(Section.DRAWER);
        judul.addClassName("judul-halaman");
        addToNavbar(new DrawerToggle(), judul);
        if (penggunaSaatIni.cari().isPresent()) {
            Div kanan = new Div();
            kanan.addClassName("kepala-kanan");
            daftarTombol.forEach(t -> kanan.add(t.buat()));
            addToNavbar(kanan);
        }

        Span merek = new Span(getTranslation("app.nama"));
        merek.addClassName("merek");
        SideNav menu = new SideNav();
        List<MenuEntry> daftarEntri = penggunaSaatIni
                .cari()
                .map(p -> menuPerPeran.untuk(p.peran()))
                .orElseGet(MenuConfiguration::getMenuEntries);
        for (MenuEntry entri : daftarEntri) {
            String path = entri.path().replaceFirst("^/", "");
            if (!daftarSaringan.stream().allMatch(saringan -> saringan.tampilkan(path))) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entri.title()), entri.path());
            if (entri.icon() != null) {
                item.setPrefixComponent(new Icon(entri.icon()));
            }
            itemPerPath.put(path, item);
            menu.addItem(item);
        }
        VerticalLayout bawah = new VerticalLayout(
                penggunaPanel(penggunaSaatIni),
                bahasa(),
                new Button(getTranslation("app.keluar"), e -> authenticationContext.logout()));
        bawah.setPadding(true);
        bawah.setSpacing(false);
        bawah.addClassName("panel-pengguna");
        Div laci = new Div(merek, menu);
        laci.addClassName("laci");
        addToDrawer(laci, bawah);
    }

    /** The counts beside menu entries, recomputed on every navigation so they follow the user's work. */
    private void perbaruiLencana() {
        Map<String, Lencana> lencana = new HashMap<>();
        if (penggunaSaatIni.cari().isPresent()) {
            daftarLencana.forEach(l -> lencana.putAll(l.lencana(this)));
        }
        itemPerPath.forEach((path, item) -> {
            Lencana l = lencana.get(path);
            if (l == null) {
                item.setSuffixComponent(null);
                return;
            }
            Span jumlah = new Span(String.valueOf(l.jumlah()));
            jumlah.addClassName("lencana");
            jumlah.getElement().setAttribute("title", l.keterangan());
            jumlah.getElement().setAttribute("aria-label", l.keterangan());
            item.setSuffixComponent(jumlah);
        });
    }

    private Component penggunaPanel(PenggunaSaatIni penggunaSaatIni) {
        Div panel = new Div();
        penggunaSaatIni.cari().ifPresent((Pengguna p) -> {
            Span nama = new Span(p.nama());
            nama.addClassName("nama-pengguna");
            Span jabatan = new Span(p.namaJabatan());
            jabatan.addClassName("jabatan-pengguna");
            panel.add(nama, jabatan);
        });
        return panel;
    }

    private Component bahasa() {
        Select<Locale> pilihan = new Select<>();
        pilihan.setItems(BahasaUi.INDONESIA, BahasaUi.INGGRIS);
        pilihan.setItemLabelGenerator(l -> getTranslation("bahasa." + l.getLanguage()));
        pilihan.setValue(
                BahasaUi.INGGRIS.getLanguage().equals(getLocale().getLanguage())
                        ? BahasaUi.INGGRIS
                        : BahasaUi.INDONESIA);
        pilihan.setAriaLabel(getTranslation("bahasa.label"));
        pilihan.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                BahasaUi.simpan(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return pilihan;
    }

    /**
     * Vaadin sets the document title only after the after-navigation observers have run, so reading it here
     * would show the previous page's title; ask the view shown now instead.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        perbaruiLencana();
        judul.setText(getContent() instanceof HasDynamicTitle halaman ? halaman.getPageTitle() : "");
    }
}
