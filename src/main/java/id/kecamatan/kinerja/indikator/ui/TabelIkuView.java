package id.kecamatan.kinerja.indikator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIku;
import id.kecamatan.kinerja.indikator.IndikatorService.TabelIku;
import id.kecamatan.kinerja.indikator.IndikatorService.TargetTahunan;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.OrganisasiService.InfoInstansi;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plan's Tabel IKU: its columns as in the document, then one column of targets per year. */
@Route("iku")
@Menu(title = "menu.iku", order = 4, icon = "vaadin:table")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class TabelIkuView extends VerticalLayout implements HasDynamicTitle {

    static final String TANDA_CONTOH = "*";

    public TabelIkuView(IndikatorService indikatorService, OrganisasiService organisasiService, PekerjaanLatar latar) {
        setSizeFull();
        TabelIku tabel = indikatorService.tabelIku();
        Grid<BarisIku> grid = new Grid<>();
        grid.addColumn(BarisIku::sasaran)
                .setHeader(getTranslation("iku.sasaran"))
                .setWidth("9rem");
        grid.addColumn(BarisIku::nama)
                .setHeader(getTranslation("iku.indikator"))
                .setWidth("9rem");
        grid.addColumn(BarisIku::penjelasanFormula)
                .setHeader(getTranslation("iku.formula"))
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addColumn(BarisIku::sumberData)
                .setHeader(getTranslation("iku.sumber-data"))
                .setWidth("6rem");
        grid.addColumn(BarisIku::penanggungJawab)
                .setHeader(getTranslation("iku.penanggung-jawab"))
                .setWidth("6.5rem");
        grid.addColumn(BarisIku::satuan)
                .setHeader(getTranslation("iku.satuan"))
                .setWidth("4.5rem")
                .setFlexGrow(0);
        List<Grid.Column<BarisIku>> kolomTarget = new ArrayList<>();
        for (Integer tahun : tabel.tahun()) {
            kolomTarget.add(grid.addColumn(b -> target(b.target().get(tahun)))
                    .setHeader(String.valueOf(tahun))
                    .setWidth("4rem")
                    .setFlexGrow(0)
                    .setKey("target-" + tahun));
        }
        if (!kolomTarget.isEmpty()) {
            grid.prependHeaderRow()
                    .join(kolomTarget.toArray(Grid.Column[]::new))
                    .setText(getTranslation("iku.target"));
        }
        grid.setItems(tabel.baris());
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(unduhExcel(latar, indikatorService, tabel), grid);
        if (tabel.baris().stream().flatMap(b -> b.target().values().stream()).anyMatch(TargetTahunan::dataContoh)) {
            Paragraph legenda = new Paragraph(TANDA_CONTOH + " " + getTranslation("umum.contoh"));
            legenda.addClassName("keterangan-kecil");
            add(legenda);
        }
        add(penetapan(organisasiService.infoInstansi()));
    }

    /** The grid's columns, the rows fetched again through the service; a target as the plan writes it. */
    private UnduhExcel<BarisIku> unduhExcel(PekerjaanLatar latar, IndikatorService indikatorService, TabelIku tabel) {
        UnduhExcel<BarisIku> unduh = new UnduhExcel<BarisIku>(
                        latar,
                        "tabel-iku",
                        () -> new Ekspor<>(
                                List.of(getTranslation("menu.iku")),
                                () -> indikatorService.tabelIku().baris()))
                .kolom(getTranslation("iku.sasaran"), BarisIku::sasaran)
                .kolom(getTranslation("iku.indikator"), BarisIku::nama)
                .kolom(getTranslation("iku.formula"), BarisIku::penjelasanFormula)
                .kolom(getTranslation("iku.sumber-data"), BarisIku::sumberData)
                .kolom(getTranslation("iku.penanggung-jawab"), BarisIku::penanggungJawab)
                .kolom(getTranslation("iku.satuan"), BarisIku::satuan);
        // translated here: the rows are written in the background, where there is no UI to translate with
        String polaRevisi = getTranslation("iku.target.revisi", "%1$s", "%2$s");
        for (Integer tahun : tabel.tahun()) {
            unduh.kolom(
                    getTranslation("iku.target") + " " + tahun,
                    b -> nilaiExcel(b.target().get(tahun), polaRevisi));
        }
        return unduh;
    }

    /** A number stays a number; text ("NA"), revisions and sample marks as the grid shows them. */
    private static @Nullable Object nilaiExcel(@Nullable TargetTahunan target, String polaRevisi) {
        if (target == null) {
            return null;
        }
        if (target.nilai() != null && target.revisi() == 0 && !target.dataContoh()) {
            return target.nilai();
        }
        String teks = target.nilai() != null ? FormatAngka.format(target.nilai()) : target.nilaiTeks();
        if (target.revisi() > 0) {
            String awal = target.nilaiAwal() != null ? FormatAngka.format(target.nilaiAwal()) : target.nilaiTeksAwal();
            teks = String.format(polaRevisi, teks, awal);
        }
        return target.dataContoh() ? teks + TANDA_CONTOH : teks;
    }

    /** The current target; a revised one also shows the original, a sample one says so. Empty is "–", never 0. */
    private @Nullable String target(@Nullable TargetTahunan target) {
        if (target == null) {
            return "–";
        }
        String sekarang = target.nilai() != null ? FormatAngka.format(target.nilai()) : target.nilaiTeks();
        String teks = sekarang;
        if (target.revisi() > 0) {
            String awal = target.nilaiAwal() != null ? FormatAngka.format(target.nilaiAwal()) : target.nilaiTeksAwal();
            teks = getTranslation("iku.target.revisi", sekarang, awal);
        }
        // a narrow year column: the mark of sample data is an asterisk, explained under the table
        return target.dataContoh() ? teks + TANDA_CONTOH : teks;
    }

    /** The signature block of the plan document: place, date, the signing jabatan and its holder. */
    private Div penetapan(InfoInstansi info) {
        Div blok = new Div();
        blok.addClassName("penetapan");
        blok.add(new Paragraph(
                getTranslation("iku.penetapan", nilai(info.tempatPenetapan()), nilai(info.tanggalPenetapan()))));
        blok.add(new Paragraph(nilai(info.jabatanPenandatangan())));
        info.penandatangan().forEach(p -> {
            Span nama = new Span(p.nama());
            nama.addClassName("nama-penandatangan");
            blok.add(new Div(nama), new Div(new Span(getTranslation("umum.nip", nilai(p.nip())))));
        });
        return blok;
    }

    private static String nilai(@Nullable String teks) {
        return teks == null ? "–" : teks;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.iku");
    }
}
