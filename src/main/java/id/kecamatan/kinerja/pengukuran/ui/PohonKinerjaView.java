package id.kecamatan.kinerja.pengukuran.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.ui.Grafik;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.PilihTriwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.pengukuran.PohonKinerjaService;
import id.kecamatan.kinerja.pengukuran.PohonKinerjaService.JenisSimpul;
import id.kecamatan.kinerja.pengukuran.PohonKinerjaService.Pohon;
import id.kecamatan.kinerja.pengukuran.PohonKinerjaService.Simpul;
import id.kecamatan.kinerja.realisasi.Tenggat;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Pohon Kinerja: the plan's cascade from visi to the IKI of each jabatan, drawn as a tree (ECharts from the
 * WebJar), each indicator coloured by the predikat of its approved figure up to the chosen triwulan, grey and saying
 * so where there is none. A click on an indicator opens its Rincian; the plan's branches fold; the toolbox saves the
 * picture as PNG. Everyone reads it: approved figures are public inside the office.
 */
@Route("pohon-kinerja")
@Menu(title = "menu.pohon-kinerja", order = 3.5, icon = "vaadin:file-tree")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class PohonKinerjaView extends VerticalLayout implements HasDynamicTitle {

    /**
     * From the highest band to the lowest; a table with fewer bands takes colours spread over these. Each, and the grey,
     * carries white text at a contrast of at least 4.5 : 1 (WCAG AA), in the legend.
     */
    static final List<String> WARNA_PITA = List.of("#1f6f4a", "#3d7a2e", "#8a6d00", "#a8520e", "#b3261e");

    static final String WARNA_KOSONG = "#5f6368";
    static final String WARNA_RENCANA = "#27456b";
    /** The height a leaf needs, so labels do not overlap. */
    private static final int TINGGI_DAUN = 34;

    private final PohonKinerjaService service;
    private final PilihTahun tahun;
    private final PilihTriwulan triwulan;
    private final Grafik grafik = new Grafik();
    private final Div legenda = new Div();

    public PohonKinerjaView(PohonKinerjaService service, Clock clock, Tenggat tenggat) {
        this.service = service;
        addClassName("pohon-kinerja");
        tahun = new PilihTahun(clock, 0);
        triwulan = new PilihTriwulan(
                getTranslation("dasbor.sampai-triwulan"), tenggat.triwulanBerjalan(tahun.getValue(), clock));
        tahun.addValueChangeListener(e -> muat());
        triwulan.addValueChangeListener(e -> muat());
        HorizontalLayout pilihan = new HorizontalLayout(tahun, triwulan);
        pilihan.setAlignItems(Alignment.END);
        pilihan.setWrap(true);
        Div petunjuk = new Div(getTranslation("pohon.petunjuk"));
        petunjuk.addClassName("keterangan-kecil");
        legenda.addClassName("legenda-peta");
        grafik.setWidth("max(100%, 1500px)");
        grafik.setKlik(this::bukaRincian);
        // the tree keeps its width; on a narrow screen it scrolls inside its frame, not the page
        Div bingkai = new Div(grafik);
        bingkai.addClassName("bingkai-pohon");
        // a region that scrolls sideways must be reachable by keyboard, and say what it holds
        bingkai.getElement().setAttribute("tabindex", "0");
        bingkai.getElement().setAttribute("role", "region");
        bingkai.getElement().setAttribute("aria-label", getTranslation("menu.pohon-kinerja"));
        add(pilihan, petunjuk, legenda, bingkai);
        muat();
    }

    private void muat() {
        Pohon pohon = service.pohon(sampai());
        legenda.removeAll();
        List<TabelPredikat.Pita> pita = pohon.pita();
        for (int i = 0; i < pita.size(); i++) {
            legenda.add(etiket(pita.get(i).nama(), warna(i, pita.size())));
        }
        legenda.add(etiket(getTranslation("pohon.belum-ada-data"), WARNA_KOSONG));
        int daun = Math.max(1, daun(pohon.akar()));
        grafik.setHeight(Math.max(480, daun * TINGGI_DAUN) + "px");
        grafik.setOpsi(opsi(pohon));
    }

    private Map<String, Object> opsi(Pohon pohon) {
        Map<String, Object> seri = new LinkedHashMap<>();
        seri.put("type", "tree");
        seri.put("data", List.of(simpul(pohon.akar(), pohon.pita().size())));
        seri.put("orient", "LR");
        seri.put("top", 16);
        seri.put("bottom", 16);
        seri.put("left", 60);
        seri.put("right", 340);
        seri.put("symbol", "circle");
        seri.put("symbolSize", 10);
        seri.put("initialTreeDepth", -1);
        seri.put("expandAndCollapse", true);
        seri.put("animationDuration", 300);
        seri.put(
                "label",
                Map.of(
                        "position", "left",
                        "verticalAlign", "middle",
                        "align", "right",
                        "fontSize", 11,
                        "width", 190,
                        "overflow", "truncate"));
        seri.put(
                "leaves",
                Map.of("label", Map.of("position", "right", "align", "left", "width", 320, "overflow", "truncate")));
        Map<String, Object> opsi = new LinkedHashMap<>();
        opsi.put("tooltip", Map.of("trigger", "item", "formatter", "{c}", "confine", true));
        opsi.put(
                "toolbox",
                Map.of(
                        "left",
                        8,
                        "feature",
                        Map.of(
                                "saveAsImage",
                                Map.of(
                                        "name",
                                        "pohon-kinerja-" + sampai().tahun(),
                                        "title",
                                        getTranslation("pohon.unduh-png"),
                                        "pixelRatio",
                                        2,
                                        "backgroundColor",
                                        "#ffffff"))));
        opsi.put("series", List.of(seri));
        return opsi;
    }

    /** One node: its label, the full text as tooltip, its colour, and for an indicator the link to its Rincian. */
    private Map<String, Object> simpul(Simpul s, int jumlahPita) {
        Map<String, Object> data = new LinkedHashMap<>();
        boolean indikator = s.indikatorId() != null;
        String judul = s.kode() == null ? s.teks() : s.kode() + " · " + s.teks();
        // without an approved triwulan there is no figure, whatever the target: say that, not why it cannot be computed
        String angka = s.triwulanDisetujui() == 0
                ? getTranslation("pohon.belum-ada-data")
                : switch (s.capaian()) {
                    case Hasil.Nilai n ->
                        FormatAngka.nilai(n.nilai(), "%") + " %" + (s.predikat() == null ? "" : " " + s.predikat());
                    case Hasil.BelumDiisi b -> getTranslation("pohon.belum-ada-data");
                    case Hasil.TidakDapatDihitung t -> getTranslation("hasil.tidak-dapat-dihitung", t.alasan());
                };
        data.put("name", indikator ? s.kode() + " · " + angka : judul);
        data.put(
                "value",
                indikator
                        ? judul + " — " + s.jabatan() + " — " + angka + " ("
                                + getTranslation("dasbor.triwulan-disetujui", s.triwulanDisetujui()) + ")"
                        : judul);
        String warna = !indikator
                ? WARNA_RENCANA
                : s.peringkatPredikat() == null ? WARNA_KOSONG : warna(s.peringkatPredikat(), jumlahPita);
        data.put("itemStyle", Map.of("color", warna, "borderColor", warna));
        if (indikator) {
            data.put("tautan", String.valueOf(s.indikatorId()));
            data.put("label", Map.of("color", s.peringkatPredikat() == null ? "#5f6368" : "#1b1f24"));
        }
        if (s.jenis() == JenisSimpul.VISI) {
            data.put("name", getTranslation("pohon.visi"));
        }
        List<Map<String, Object>> anak = new ArrayList<>();
        s.anak().forEach(a -> anak.add(simpul(a, jumlahPita)));
        if (!anak.isEmpty()) {
            data.put("children", anak);
        }
        return data;
    }

    /** The colour of a band by its rank (0 = the highest), spread over {@link #WARNA_PITA}. */
    static String warna(int peringkat, int jumlahPita) {
        if (jumlahPita <= 1) {
            return WARNA_PITA.getFirst();
        }
        int i = Math.round((float) peringkat * (WARNA_PITA.size() - 1) / (jumlahPita - 1));
        return WARNA_PITA.get(Math.min(i, WARNA_PITA.size() - 1));
    }

    /** Opens the Rincian of the clicked indicator of the year shown. */
    private void bukaRincian(String tautan) {
        if (tautan.matches("\\d{1,18}")) {
            getUI().ifPresent(ui -> ui.navigate("rincian/" + tautan + "/" + sampai().tahun()));
        }
    }

    private static int daun(Simpul s) {
        return s.anak().isEmpty()
                ? 1
                : s.anak().stream().mapToInt(PohonKinerjaView::daun).sum();
    }

    private static Span etiket(String teks, String warna) {
        Span etiket = new Span(teks);
        etiket.addClassName("etiket");
        etiket.getStyle().set("background", warna).set("color", "#ffffff");
        return etiket;
    }

    private Periode sampai() {
        // the picker starts on a triwulan and offers no empty choice
        return new Periode(tahun.getValue(), Objects.requireNonNull(triwulan.triwulan()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pohon-kinerja");
    }
}
