package id.kecamatan.kinerja.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.security.LogKeamananService;
import id.kecamatan.kinerja.security.LogKeamananService.BarisLog;
import id.kecamatan.kinerja.security.LogKeamananService.Saringan;
import id.kecamatan.kinerja.security.Peristiwa;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Admin's view of the security log: logins, refused access and account changes, newest first. */
@Route("log-keamanan")
@Menu(title = "menu.log-keamanan", order = 10, icon = "vaadin:shield")
@RolesAllowed("ADMIN")
public class LogKeamananView extends VerticalLayout implements HasDynamicTitle {

    /** UTC as stored, so that rows compare with server logs and other instances without conversion. */
    private static final DateTimeFormatter WAKTU_UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final LogKeamananService service;
    private final Grid<BarisLog> grid = new Grid<>();
    private final TextField username = new TextField(getTranslation("log.username"));
    private final ComboBox<Peristiwa> peristiwa = new ComboBox<>(getTranslation("log.peristiwa"));

    public LogKeamananView(LogKeamananService service, PekerjaanLatar latar) {
        this.service = service;
        setSizeFull();
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.addValueChangeListener(e -> muat());
        peristiwa.setItems(Peristiwa.values());
        peristiwa.setItemLabelGenerator(p -> getTranslation("peristiwa." + p.name()));
        peristiwa.setPlaceholder(getTranslation("log.semua"));
        peristiwa.setClearButtonVisible(true);
        peristiwa.setWidth("16rem");
        peristiwa.addValueChangeListener(e -> muat());
        HorizontalLayout saring = new HorizontalLayout(
                username, peristiwa, new Paragraph(getTranslation("log.batas", LogKeamananService.BARIS_MAKS)));
        saring.setAlignItems(Alignment.BASELINE);

        grid.addColumn(b -> WAKTU_UTC.format(b.waktu()))
                .setHeader(getTranslation("log.waktu"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.username() == null ? "–" : b.username())
                .setHeader(getTranslation("log.username"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.alamat() == null ? "–" : b.alamat())
                .setHeader(getTranslation("log.alamat"))
                .setAutoWidth(true);
        grid.addColumn(b -> getTranslation("peristiwa." + b.peristiwa().name()))
                .setHeader(getTranslation("log.peristiwa"))
                .setAutoWidth(true);
        grid.addColumn(b -> b.detail() == null ? "" : b.detail())
                .setHeader(getTranslation("log.detail"))
                .setFlexGrow(1)
                .setWidth("16rem");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        Map<Peristiwa, String> namaPeristiwa = new EnumMap<>(Peristiwa.class);
        for (Peristiwa p : Peristiwa.values()) {
            namaPeristiwa.put(p, getTranslation("peristiwa." + p.name()));
        }
        UnduhExcel<BarisLog> unduh = new UnduhExcel<BarisLog>(latar, "log-keamanan", () -> {
                    Saringan saringan = saringan();
                    return new Ekspor<>(
                            List.of(getTranslation("menu.log-keamanan"), getTranslation("log.waktu-utc")),
                            () -> service.cari(saringan));
                })
                .kolom(getTranslation("log.waktu"), b -> WAKTU_UTC.format(b.waktu()))
                .kolom(getTranslation("log.username"), BarisLog::username)
                .kolom(getTranslation("log.alamat"), BarisLog::alamat)
                .kolom(getTranslation("log.peristiwa"), b -> namaPeristiwa.get(b.peristiwa()))
                .kolom(getTranslation("log.detail"), BarisLog::detail);
        saring.add(unduh);
        add(saring, grid);
        muat();
    }

    private void muat() {
        grid.setItems(service.cari(saringan()));
    }

    /** What the two fields ask for; an empty field sets no condition. */
    private Saringan saringan() {
        return new Saringan(Optional.of(username.getValue()), Optional.ofNullable(peristiwa.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.log-keamanan");
    }
}
