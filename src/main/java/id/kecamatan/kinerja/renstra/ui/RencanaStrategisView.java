package id.kecamatan.kinerja.renstra.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.renstra.RenstraService;
import id.kecamatan.kinerja.renstra.RenstraService.MisiBaris;
import id.kecamatan.kinerja.renstra.RenstraService.RencanaStrategis;
import id.kecamatan.kinerja.renstra.RenstraService.TujuanBaris;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** Visi, then the document's table of misi → tujuan → sasaran. */
@Route("renstra")
@Menu(title = "menu.renstra", order = 3, icon = "vaadin:road-branches")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class RencanaStrategisView extends VerticalLayout implements HasDynamicTitle {

    /** One row of the table: a tujuan with its misi shown only on the misi's first row, as in the document. */
    record Baris(String nomorMisi, String misi, String tujuan, List<String> sasaran) {}

    public RencanaStrategisView(
            RenstraService renstraService, OrganisasiService organisasiService, PekerjaanLatar latar) {
        setSizeFull();
        RencanaStrategis rencana = renstraService.rencanaStrategis();
        var instansi = organisasiService.infoInstansi();

        Div visi = new Div(
                new H2(getTranslation("renstra.visi")),
                new Paragraph(rencana.visi() == null ? getTranslation("renstra.visi.kosong") : rencana.visi()));
        visi.addClassName("kartu");
        Div tugas = new Div(
                new H2(getTranslation("renstra.tugas", instansi.nama())),
                new Paragraph(instansi.tugas() == null ? "–" : instansi.tugas()));
        tugas.addClassName("kartu");

        List<Baris> baris = baris(rencana);
        Grid<Baris> grid = new Grid<>();
        grid.addColumn(Baris::nomorMisi)
                .setHeader(getTranslation("renstra.no"))
                .setWidth("4rem")
                .setFlexGrow(0);
        grid.addColumn(Baris::misi).setHeader(getTranslation("renstra.misi")).setFlexGrow(3);
        grid.addColumn(Baris::tujuan)
                .setHeader(getTranslation("renstra.tujuan"))
                .setFlexGrow(2);
        grid.addComponentColumn(b -> {
                    Div sel = new Div();
                    b.sasaran().forEach(teks -> sel.add(new Div(teks)));
                    if (b.sasaran().isEmpty()) {
                        sel.setText("–");
                    }
                    return sel;
                })
                .setHeader(getTranslation("renstra.sasaran"))
                .setFlexGrow(2);
        grid.setItems(baris);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        H2 judulTabel = new H2(getTranslation("renstra.tabel"));
        judulTabel.addClassName("judul-bagian");
        UnduhExcel<Baris> unduh = new UnduhExcel<Baris>(
                        latar,
                        "rencana-strategis",
                        () -> new Ekspor<>(
                                List.of(getTranslation("renstra.tabel"), instansi.nama()),
                                () -> baris(renstraService.rencanaStrategis())))
                .kolom(getTranslation("renstra.no"), Baris::nomorMisi)
                .kolom(getTranslation("renstra.misi"), Baris::misi)
                .kolom(getTranslation("renstra.tujuan"), Baris::tujuan)
                .kolom(
                        getTranslation("renstra.sasaran"),
                        b -> b.sasaran().isEmpty() ? null : String.join("\n", b.sasaran()));
        add(visi, tugas, judulTabel, unduh, grid);
    }

    /** One row per tujuan; the misi's number and text only on its first row, as in the plan's table. */
    private static List<Baris> baris(RencanaStrategis rencana) {
        List<Baris> baris = new ArrayList<>();
        for (MisiBaris misi : rencana.misi()) {
            boolean pertama = true;
            List<TujuanBaris> daftarTujuan =
                    misi.tujuan().isEmpty() ? List.of(new TujuanBaris(null, "–", List.of())) : misi.tujuan();
            for (TujuanBaris tujuan : daftarTujuan) {
                baris.add(new Baris(
                        pertama ? String.valueOf(misi.nomor()) : "",
                        pertama ? misi.teks() : "",
                        tujuan.teks(),
                        tujuan.sasaran()));
                pertama = false;
            }
        }
        return baris;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.renstra");
    }
}
