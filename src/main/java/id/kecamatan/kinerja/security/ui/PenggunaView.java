package id.kecamatan.kinerja.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.security.AkunService.BarisAkun;
import id.kecamatan.kinerja.security.AkunService;
import jakarta.annotation.security.RolesAllowed;

/** The Admin's list of accounts: who can sign in, as whom, in which jabatan. */
@Route("pengguna")
@Menu(title = "menu.pengguna", order = 9, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class PenggunaView extends VerticalLayout implements HasDynamicTitle {

    public PenggunaView(AkunService akunService) {
        setSizeFull();
        Grid<BarisAkun> grid = new Grid<>();
        grid.addColumn(BarisAkun::username).setHeader(getTranslation("pengguna.username")).setAutoWidth(true);
        grid.addColumn(a -> a.nama() + (a.dataContoh() ? " " + getTranslation("umum.contoh") : ""))
                .setHeader(getTranslation("pengguna.nama")).setFlexGrow(2);
        grid.addColumn(a -> a.nip() == null ? "–" : a.nip()).setHeader(getTranslation("pengguna.nip")).setAutoWidth(true);
        grid.addColumn(a -> a.jabatan() == null ? getTranslation("pengguna.tanpa-jabatan") : a.jabatan())
                .setHeader(getTranslation("pengguna.jabatan")).setFlexGrow(2);
        grid.addColumn(a -> a.peran() == null ? "–" : getTranslation("peran." + a.peran()))
                .setHeader(getTranslation("pengguna.peran")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.aktif() ? "pengguna.aktif" : "pengguna.nonaktif"))
                .setHeader(getTranslation("pengguna.status")).setAutoWidth(true);
        grid.setItems(akunService.daftarAkun());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pengguna");
    }
}
