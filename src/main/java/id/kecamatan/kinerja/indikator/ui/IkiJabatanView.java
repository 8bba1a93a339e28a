package id.kecamatan.kinerja.indikator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.ui.Peringatan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIndikator;
import id.kecamatan.kinerja.indikator.IndikatorService.IkiJabatan;
import id.kecamatan.kinerja.indikator.IndikatorService.PilihanJabatan;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The IKI of one jabatan as in the plan document: jabatan, tugas, fungsi, then each indicator with its
 * sasaran, formula and komponen, data source and responsible jabatan. Opens on the user's own jabatan.
 */
@Route("iki/:kode?")
@Menu(title = "menu.iki", order = 5, icon = "vaadin:user-card")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class IkiJabatanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM_KODE = "kode";

    private final IndikatorService indikatorService;
    private final PenggunaSaatIni penggunaSaatIni;
    private final ComboBox<PilihanJabatan> pilihJabatan = new ComboBox<>();
    private final Div isi = new Div();
    private final List<PilihanJabatan> daftarJabatan;
    private final PekerjaanLatar latar;

    public IkiJabatanView(IndikatorService indikatorService, PenggunaSaatIni penggunaSaatIni, PekerjaanLatar latar) {
        this.indikatorService = indikatorService;
        this.latar = latar;
        this.penggunaSaatIni = penggunaSaatIni;
        this.daftarJabatan = indikatorService.daftarJabatan();
        setWidthFull();
        pilihJabatan.setLabel(getTranslation("iki.pilih-jabatan"));
        pilihJabatan.setItems(daftarJabatan);
        pilihJabatan.setItemLabelGenerator(j -> getTranslation("iki.pilihan", j.nama(), j.jumlahIndikator()));
        pilihJabatan.setWidth("32rem");
        pilihJabatan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("iki/" + e.getValue().kode()));
            }
        });
        isi.setWidthFull();
        add(pilihJabatan, isi);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> kode = event.getRouteParameters().get(PARAM_KODE);
        Long jabatanSendiri = penggunaSaatIni.wajib().jabatanId();
        Optional<PilihanJabatan> dicari = daftarJabatan.stream()
                .filter(j -> kode.map(k -> k.equals(j.kode())).orElse(j.id().equals(jabatanSendiri)))
                .findFirst();
        if (kode.isPresent() && dicari.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PilihanJabatan dipilih = dicari.orElse(daftarJabatan.isEmpty() ? null : daftarJabatan.getFirst());
        pilihJabatan.setValue(dipilih);
        isi.removeAll();
        if (dipilih != null) {
            tampilkan(indikatorService.ikiJabatan(dipilih.id()));
        }
    }

    private void tampilkan(IkiJabatan iki) {
        Div kepala = new Div(new H2(iki.nama()));
        kepala.addClassName("kartu");
        if (iki.unit() != null) {
            kepala.add(new Paragraph(getTranslation("iki.unit", iki.unit())));
        }
        kepala.add(new H3(getTranslation("iki.tugas")), new Paragraph(iki.tugas() == null ? "–" : iki.tugas()));
        kepala.add(new H3(getTranslation("iki.fungsi")));
        if (iki.fungsi().isEmpty()) {
            kepala.add(new Paragraph("–"));
        } else {
            OrderedList fungsi = new OrderedList();
            iki.fungsi().forEach(f -> fungsi.add(new ListItem(f)));
            kepala.add(fungsi);
        }
        isi.add(kepala);

        if (iki.indikator().isEmpty()) {
            isi.add(new Peringatan(getTranslation("iki.tanpa-indikator", iki.nama())));
            return;
        }
        Grid<BarisIndikator> grid = new Grid<>();
        grid.addColumn(BarisIndikator::sasaran)
                .setHeader(getTranslation("iki.sasaran"))
                .setWidth("11rem");
        grid.addComponentColumn(this::indikator)
                .setHeader(getTranslation("iki.indikator"))
                .setWidth("13rem");
        grid.addComponentColumn(this::formula)
                .setHeader(getTranslation("iki.formula"))
                .setWidth("18rem")
                .setFlexGrow(2);
        grid.addColumn(BarisIndikator::satuan)
                .setHeader(getTranslation("iki.satuan"))
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(BarisIndikator::sumberData)
                .setHeader(getTranslation("iki.sumber-data"))
                .setWidth("8rem");
        grid.addColumn(BarisIndikator::penanggungJawab)
                .setHeader(getTranslation("iki.penanggung-jawab"))
                .setWidth("8rem");
        grid.setItems(iki.indikator());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        H3 judulTabel = new H3(getTranslation("iki.judul-tabel"));
        judulTabel.addClassName("judul-bagian");
        isi.add(judulTabel, unduhExcel(iki), grid);
    }

    /** The jabatan's indicators, fetched again through the service, with the grid's columns spelled out. */
    private UnduhExcel<BarisIndikator> unduhExcel(IkiJabatan iki) {
        Map<JenisFormula, String> formula = new EnumMap<>(JenisFormula.class);
        for (JenisFormula j : JenisFormula.values()) {
            formula.put(j, getTranslation("formula." + j));
        }
        Long jabatanId = iki.jabatanId();
        return new UnduhExcel<BarisIndikator>(
                        latar,
                        "iki-" + iki.nama().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                        () -> new Ekspor<>(
                                List.of(getTranslation("menu.iki"), getTranslation("unduh.jabatan", iki.nama())),
                                () -> indikatorService.ikiJabatan(jabatanId).indikator()))
                .kolom(getTranslation("iki.sasaran"), BarisIndikator::sasaran)
                .kolom(getTranslation("iki.indikator"), b -> b.jenis() + " · " + b.nama())
                .kolom(
                        getTranslation("iki.formula"),
                        b -> formula.get(b.jenisFormula()) + "\n"
                                + (b.penjelasanFormula() == null ? "–" : b.penjelasanFormula())
                                + (b.rumus() == null ? "" : "\n" + b.rumus()) + "\n"
                                + b.komponen().stream()
                                        .map(k -> k.nama() + " (" + k.satuan() + ")")
                                        .collect(Collectors.joining("; ")))
                .kolom(getTranslation("iki.satuan"), BarisIndikator::satuan)
                .kolom(getTranslation("iki.sumber-data"), BarisIndikator::sumberData)
                .kolom(getTranslation("iki.penanggung-jawab"), BarisIndikator::penanggungJawab)
                .kolom("IKU", b -> b.mendukungIku().isEmpty() ? null : String.join("; ", b.mendukungIku()));
    }

    private Component indikator(BarisIndikator b) {
        Div sel = new Div(new Span(b.nama()));
        Span jenis = new Span(b.jenis().name());
        jenis.addClassName("etiket");
        sel.addComponentAsFirst(jenis);
        if (!b.mendukungIku().isEmpty()) {
            Div iku = new Div(getTranslation("iki.mendukung", String.join(", ", b.mendukungIku())));
            iku.addClassName("keterangan-kecil");
            sel.add(iku);
        }
        if (b.catatan() != null) {
            Div catatan = new Div(getTranslation("iki.catatan", b.catatan()));
            catatan.addClassName("catatan-koreksi");
            sel.add(catatan);
        }
        return sel;
    }

    private Component formula(BarisIndikator b) {
        Div sel = new Div();
        Span jenis = new Span(getTranslation("formula." + b.jenisFormula()));
        jenis.addClassName("etiket");
        sel.add(jenis, new Div(b.penjelasanFormula() == null ? "–" : b.penjelasanFormula()));
        if (b.rumus() != null) {
            sel.add(new Div(getTranslation("iki.rumus", b.rumus())));
        }
        UnorderedList komponen = new UnorderedList();
        komponen.addClassName("daftar-komponen");
        b.komponen()
                .forEach(k -> komponen.add(new ListItem(getTranslation(
                        "iki.komponen", getTranslation("peran-komponen." + k.peran()), k.nama(), k.satuan()))));
        sel.add(komponen);
        return sel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.iki");
    }
}
