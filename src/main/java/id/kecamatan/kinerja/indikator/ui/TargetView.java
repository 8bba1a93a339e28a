package id.kecamatan.kinerja.indikator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.ui.KonverterAngka;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.indikator.TargetService.BarisTarget;
import id.kecamatan.kinerja.indikator.TargetService.NilaiTarget;
import id.kecamatan.kinerja.indikator.TargetService.SimpanTarget;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Targets of every indicator for a year, yearly and per triwulan, edited row by row in the grid's buffered
 * editor. Once the year has started a change needs a reason and becomes a revision; the original stays shown.
 */
@Route("target")
@Menu(title = "menu.target", order = 7, icon = "vaadin:crosshairs")
@RolesAllowed({"SEKCAM", "ADMIN"})
public class TargetView extends VerticalLayout implements HasDynamicTitle {

    /** The editor's copy of one row: values per period and the reason for a revision. */
    static final class Isian {
        private final BarisTarget baris;
        private final Map<PeriodeTarget, @Nullable BigDecimal> nilai = new HashMap<>();
        private String alasan = "";

        Isian(BarisTarget baris) {
            this.baris = baris;
            baris.target().forEach((periode, t) -> nilai.put(periode, t.nilai()));
        }

        @Nullable
        BigDecimal get(PeriodeTarget periode) {
            return nilai.get(periode);
        }

        void set(PeriodeTarget periode, @Nullable BigDecimal angka) {
            nilai.put(periode, angka);
        }
    }

    private final TargetService service;
    private final Clock clock;
    private final PilihTahun tahun;
    private final Grid<Isian> grid = new Grid<>();
    private final Paragraph keterangan = new Paragraph();

    public TargetView(TargetService service, Clock clock, PekerjaanLatar latar) {
        this.service = service;
        this.clock = clock;
        setSizeFull();
        tahun = new PilihTahun(clock, 1);
        tahun.addValueChangeListener(e -> muat());

        Binder<Isian> binder = new Binder<>();
        Editor<Isian> editor = grid.getEditor();
        editor.setBinder(binder);
        editor.setBuffered(true);

        grid.addColumn(i -> i.baris.kode() + " · " + i.baris.nama())
                .setHeader(getTranslation("kinerja.indikator"))
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(i -> i.baris.satuan())
                .setHeader(getTranslation("iku.satuan"))
                .setWidth("5rem")
                .setFlexGrow(0);
        for (PeriodeTarget periode : PeriodeTarget.values()) {
            TextField field = new TextField();
            field.setWidthFull();
            binder.forField(field)
                    .withConverter(new KonverterAngka())
                    .bind(i -> i.get(periode), (i, angka) -> i.set(periode, angka));
            grid.addComponentColumn(i -> sel(i, periode))
                    .setHeader(judul(periode))
                    .setWidth("6.5rem")
                    .setFlexGrow(0)
                    .setEditorComponent(field);
        }
        TextField alasan = new TextField();
        alasan.setWidthFull();
        alasan.setMaxLength(500);
        alasan.setPlaceholder(getTranslation("target.alasan.petunjuk"));
        binder.forField(alasan).bind(i -> i.alasan, (i, teks) -> i.alasan = teks);
        grid.addColumn(i -> "")
                .setHeader(getTranslation("target.alasan"))
                .setWidth("10rem")
                .setEditorComponent(alasan);

        Button simpan = new Button(VaadinIcon.CHECK.create(), e -> editor.save());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
        simpan.setAriaLabel(getTranslation("target.simpan"));
        simpan.setTooltipText(getTranslation("target.simpan"));
        Button batal = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> editor.cancel());
        batal.addThemeVariants(ButtonVariant.LUMO_ICON);
        batal.setAriaLabel(getTranslation("umum.batal"));
        batal.setTooltipText(getTranslation("umum.batal"));
        HorizontalLayout tombolEditor = new HorizontalLayout(simpan, batal);
        tombolEditor.setSpacing(false);
        grid.addComponentColumn(i -> {
                    Button ubah = new Button(getTranslation("kinerja.ubah"), e -> {
                        if (editor.isOpen()) {
                            editor.cancel();
                        }
                        editor.editItem(i);
                    });
                    return ubah;
                })
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setEditorComponent(tombolEditor);

        // one row save = one transaction; a refusal or conflict keeps what was typed in the open editor
        editor.addSaveListener(e -> simpan(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSizeFull();
        HorizontalLayout alat = new HorizontalLayout(tahun, unduhExcel(latar));
        alat.setAlignItems(Alignment.BASELINE);
        add(alat, keterangan, grid);
        muat();
    }

    /** The targets of the chosen year, fetched again through the service: current value, and the original if revised. */
    private UnduhExcel<BarisTarget> unduhExcel(PekerjaanLatar latar) {
        UnduhExcel<BarisTarget> unduh = new UnduhExcel<BarisTarget>(latar, "target", () -> {
                    int dipilih = tahun.getValue();
                    return new Ekspor<>(
                            List.of(getTranslation("menu.target"), getTranslation("unduh.tahun", dipilih)),
                            () -> service.tabelTarget(dipilih));
                })
                .kolom(getTranslation("kinerja.indikator"), b -> b.kode() + " · " + b.nama())
                .kolom(getTranslation("iku.satuan"), BarisTarget::satuan)
                .kolom(getTranslation("iku.penanggung-jawab"), BarisTarget::pemilik);
        String semula = getTranslation("unduh.semula");
        for (PeriodeTarget periode : PeriodeTarget.values()) {
            String judul = judul(periode);
            unduh.kolom(judul, b -> {
                        NilaiTarget t = b.target().get(periode);
                        return t == null ? null : t.nilai() != null ? t.nilai() : t.nilaiTeks();
                    })
                    .kolom(judul + " · " + semula, b -> {
                        NilaiTarget t = b.target().get(periode);
                        return t == null || t.revisi() == 0 ? null : t.nilaiAwal();
                    });
        }
        return unduh;
    }

    private String judul(PeriodeTarget periode) {
        return periode.triwulan()
                .map(tw -> getTranslation("triwulan." + tw.nomor()))
                .orElseGet(() -> getTranslation("target.tahunan"));
    }

    private Component sel(Isian isian, PeriodeTarget periode) {
        NilaiTarget t = isian.baris.target().get(periode);
        Div sel = new Div();
        if (t == null) {
            sel.setText("–");
            return sel;
        }
        sel.add(new Div(t.nilai() != null ? FormatAngka.format(t.nilai()) : t.nilaiTeks()));
        if (t.revisi() > 0) {
            Div semula = new Div(getTranslation(
                    "target.semula",
                    FormatAngka.format(t.nilaiAwal()),
                    t.revisi(),
                    t.alasanRevisi() == null ? "–" : t.alasanRevisi()));
            semula.addClassName("keterangan-kecil");
            sel.add(semula);
        }
        return sel;
    }

    private void simpan(Isian isian) {
        Map<PeriodeTarget, @Nullable BigDecimal> nilai = new HashMap<>(isian.nilai);
        try {
            service.simpan(new SimpanTarget(
                    isian.baris.indikatorId(), tahun.getValue(), nilai, isian.baris.target(), isian.alasan));
            Pemberitahuan.berhasil(getTranslation("target.tersimpan", isian.baris.nama()));
            muat();
        } catch (AturanDilanggar ditolak) {
            gagal(isian, getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            gagal(isian, getTranslation("target.konflik"));
        }
    }

    /** The buffered editor has already closed after "save": reopen it on the same values so nothing typed is lost. */
    private void gagal(Isian isian, String pesan) {
        Pemberitahuan.galat(pesan);
        grid.getEditor().editItem(isian);
    }

    private void muat() {
        boolean berjalan = !LocalDate.of(tahun.getValue(), 1, 1).isAfter(LocalDate.now(clock));
        keterangan.setText(getTranslation(
                berjalan ? "target.keterangan.berjalan" : "target.keterangan.rencana", tahun.getValue()));
        grid.setItems(
                service.tabelTarget(tahun.getValue()).stream().map(Isian::new).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.target");
    }
}
