package id.kecamatan.kinerja.laporan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.Grafik;
import id.kecamatan.kinerja.base.ui.Peringatan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.PilihTriwulan;
import id.kecamatan.kinerja.base.ui.TombolUnduh;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.laporan.FormatBerkas;
import id.kecamatan.kinerja.laporan.LaporanKabupatenService;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.BarisKecamatan;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.CapaianIku;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.KolomIku;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.Perbandingan;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.Tenggat;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kabupaten's page: its kecamatan ranked by score with each IKU and how much of their data is approved, the
 * approved indicators per quarter as a heat map, each kecamatan's score over the quarters, and a way into each one's
 * dashboard (read only). The figures are the kecamatan's approved ones only; the same comparison downloads as PDF or
 * Excel.
 */
@Route("kabupaten")
@Menu(title = "menu.kabupaten", order = -2, icon = "vaadin:table")
@RolesAllowed("KABUPATEN")
public class PerbandinganKabupatenView extends VerticalLayout implements HasDynamicTitle {

    private final PerbandinganKabupatenService service;
    private final PilihTahun tahun;
    private final PilihTriwulan triwulan;
    private final Div isi = new Div();
    final Grafik grafikTren = new Grafik();
    private @Nullable Perbandingan perbandingan;

    public PerbandinganKabupatenView(
            PerbandinganKabupatenService service,
            LaporanKabupatenService laporan,
            Clock clock,
            Tenggat tenggat,
            PekerjaanLatar latar) {
        this.service = service;
        addClassName("perbandingan-kabupaten");
        tahun = new PilihTahun(clock, 0);
        triwulan = new PilihTriwulan(
                getTranslation("dasbor.sampai-triwulan"), tenggat.triwulanBerjalan(tahun.getValue(), clock));
        tahun.addValueChangeListener(e -> muat());
        triwulan.addValueChangeListener(e -> muat());
        HorizontalLayout pilihan = new HorizontalLayout(tahun, triwulan);
        for (FormatBerkas format : List.of(FormatBerkas.PDF, FormatBerkas.XLSX)) {
            TombolUnduh unduh = new TombolUnduh(
                    getTranslation(format == FormatBerkas.PDF ? "laporan.unduh-pdf" : "laporan.unduh-excel"),
                    latar,
                    () -> {
                        Periode sampai = sampai();
                        return () -> laporan.perbandingan(sampai, format);
                    });
            unduh.setId("unduh-perbandingan-" + format.name().toLowerCase(Locale.ROOT));
            pilihan.add(unduh);
        }
        pilihan.setAlignItems(Alignment.END);
        pilihan.setWrap(true);
        isi.setWidthFull();
        add(pilihan, isi);
        muat();
    }

    private Periode sampai() {
        return new Periode(tahun.getValue(), Objects.requireNonNull(triwulan.triwulan()));
    }

    private Perbandingan perbandingan() {
        return Objects.requireNonNull(perbandingan, "perbandingan belum dimuat");
    }

    private void muat() {
        if (tahun.getValue() == null || triwulan.getValue() == null) {
            return;
        }
        perbandingan = service.perbandingan(sampai());
        isi.removeAll();
        isi.add(new H2(getTranslation("kabupaten.judul", perbandingan.kabupaten())));
        isi.add(new Paragraph(getTranslation("kabupaten.keterangan")));
        if (perbandingan.dataContoh()) {
            isi.add(new Peringatan(getTranslation("kabupaten.data-contoh")));
        }
        if (perbandingan.kecamatan().isEmpty()) {
            isi.add(new Paragraph(getTranslation("kabupaten.kosong", perbandingan.kabupaten())));
            return;
        }
        isi.add(bagian(getTranslation("kabupaten.peringkat")), tabelPeringkat());
        isi.add(bagian(getTranslation("kabupaten.peta", perbandingan.sampai().tahun())), legenda(), peta());
        isi.add(bagian(getTranslation("kabupaten.tren")), grafikTren);
        grafikTren.setOpsi(opsiTren());
    }

    Grid<BarisKecamatan> tabelPeringkat() {
        Grid<BarisKecamatan> grid = new Grid<>();
        grid.addColumn(b -> b.peringkat() == null ? "–" : String.valueOf(b.peringkat()))
                .setHeader(getTranslation("kabupaten.peringkat"))
                .setWidth("5rem")
                .setFlexGrow(0)
                .setFrozen(true)
                .setKey("peringkat");
        grid.addComponentColumn(this::tautanKecamatan)
                .setHeader(getTranslation("kabupaten.kecamatan"))
                .setWidth("11rem")
                .setFlexGrow(1)
                .setKey("kecamatan");
        grid.addColumn(b -> teks(b.skor().nilai())
                        + (b.skor().predikat() == null ? "" : " · " + b.skor().predikat()))
                .setHeader(getTranslation("kabupaten.nilai"))
                .setWidth("12.5rem")
                .setFlexGrow(0)
                .setKey("nilai");
        grid.addColumn(b -> getTranslation(
                        "kabupaten.cakupan-isi",
                        b.skor().ikuTerisi(),
                        b.skor().jumlahIku(),
                        b.skor().indikatorTerisi(),
                        b.skor().jumlahIndikator()))
                .setHeader(getTranslation("kabupaten.cakupan"))
                .setWidth("11rem")
                .setFlexGrow(0)
                .setKey("cakupan");
        for (KolomIku iku : perbandingan().iku()) {
            Span judul = new Span(iku.kode());
            judul.getElement().setAttribute("title", iku.nama());
            grid.addColumn(b -> {
                        CapaianIku c = b.iku().get(iku.kode());
                        return c == null ? "–" : teks(c.capaian());
                    })
                    .setHeader(judul)
                    .setWidth("8rem")
                    .setFlexGrow(0)
                    .setKey("iku-" + iku.kode());
        }
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(perbandingan().kecamatan());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /**
     * The kecamatan's name, a link to its dashboard (read only) that wraps on a phone; the router follows it without
     * reloading the page (the view is another feature's, so it is named by path).
     */
    private Component tautanKecamatan(BarisKecamatan b) {
        Anchor tautan = new Anchor("kabupaten/" + b.kode(), b.nama());
        tautan.getElement().setAttribute("router-link", true);
        tautan.getElement().setAttribute("title", getTranslation("kabupaten.buka"));
        tautan.addClassName("tautan-kecamatan");
        return tautan;
    }

    Grid<BarisKecamatan> peta() {
        Grid<BarisKecamatan> grid = new Grid<>();
        grid.addColumn(BarisKecamatan::nama)
                .setHeader(getTranslation("kabupaten.kecamatan"))
                .setWidth("12rem")
                .setFlexGrow(2)
                .setFrozen(true);
        for (Triwulan tw : Triwulan.values()) {
            grid.addComponentColumn(b -> sel(b.triwulan().get(tw.ordinal())))
                    .setHeader(getTranslation("triwulan." + tw.nomor()))
                    .setWidth("7rem")
                    .setFlexGrow(1)
                    .setKey("tw" + tw.nomor());
        }
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setItems(perbandingan().kecamatan());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A heat map cell, coloured as the dashboard's: all approved green, late red, some amber, none grey. */
    private Component sel(SelTriwulan sel) {
        Div isi = new Div();
        isi.addClassName("sel-peta");
        if (sel.belumBerjalan()) {
            isi.addClassName("peta-belum-berjalan");
            isi.add(new Span(getTranslation("dasbor.belum-berjalan")));
            return isi;
        }
        isi.addClassName("peta-" + warna(sel));
        isi.add(new Span(getTranslation("kabupaten.peta-sel", sel.disetujui(), sel.jumlah())));
        if (sel.lewatTenggat()) {
            Div lewat = new Div(getTranslation("kabupaten.lewat-tenggat"));
            lewat.addClassName("catatan-sel");
            isi.add(lewat);
        }
        return isi;
    }

    static String warna(SelTriwulan sel) {
        if (sel.jumlah() > 0 && sel.disetujui() == sel.jumlah()) {
            return "disetujui";
        }
        if (sel.lewatTenggat()) {
            return "terlambat";
        }
        return sel.disetujui() > 0 ? "diajukan" : "kosong";
    }

    private Component legenda() {
        Div legenda = new Div();
        legenda.addClassName("legenda-peta");
        Map<String, String> warna = new LinkedHashMap<>();
        warna.put("disetujui", getTranslation("kabupaten.legenda-lengkap"));
        warna.put("diajukan", getTranslation("kabupaten.legenda-sebagian"));
        warna.put("terlambat", getTranslation("kabupaten.legenda-lewat"));
        warna.put("kosong", getTranslation("kabupaten.legenda-kosong"));
        warna.forEach((kelas, teks) -> {
            Span s = new Span(teks);
            s.addClassNames("sel-peta", "peta-" + kelas);
            legenda.add(s);
        });
        return legenda;
    }

    /** One line per kecamatan: its score up to each quarter of the last years; a quarter without data is a gap. */
    Map<String, Object> opsiTren() {
        Set<Periode> semuaPeriode = new LinkedHashSet<>();
        perbandingan().kecamatan().forEach(k -> k.tren().forEach(t -> semuaPeriode.add(t.periode())));
        List<Periode> periode = semuaPeriode.stream()
                .sorted(Comparator.comparingInt(Periode::tahun).thenComparing(Periode::triwulan))
                .toList();
        List<Object> seri = new ArrayList<>();
        for (BarisKecamatan k : perbandingan().kecamatan()) {
            Map<Periode, Hasil> skor = new LinkedHashMap<>();
            k.tren().forEach(t -> skor.put(t.periode(), t.skor()));
            List<@Nullable Object> nilai = new ArrayList<>();
            periode.forEach(p -> nilai.add(angka(skor.get(p))));
            Map<String, Object> garis = new LinkedHashMap<>();
            garis.put("type", "line");
            garis.put("name", k.nama());
            garis.put("data", nilai);
            garis.put("connectNulls", false);
            garis.put("symbolSize", 6);
            seri.add(garis);
        }
        Map<String, Object> opsi = new LinkedHashMap<>();
        opsi.put("tooltip", Map.of("trigger", "axis"));
        opsi.put("legend", Map.of("type", "scroll", "bottom", 0));
        opsi.put("grid", Map.of("left", 48, "right", 24, "top", 32, "bottom", 72));
        opsi.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        periode.stream()
                                .map(p -> p.tahun() + " "
                                        + getTranslation(
                                                "dasbor.tw." + p.triwulan().nomor()))
                                .toList()));
        opsi.put("yAxis", Map.of("type", "value", "name", "%", "min", 0));
        opsi.put("series", seri);
        return opsi;
    }

    private static @Nullable Object angka(@Nullable Hasil hasil) {
        return hasil instanceof Hasil.Nilai n ? n.nilai() : null;
    }

    private String teks(Hasil hasil) {
        return switch (hasil) {
            case Hasil.Nilai n -> FormatAngka.duaDesimal(n.nilai()) + " %";
            case Hasil.BelumDiisi b -> "–";
            case Hasil.TidakDapatDihitung t -> getTranslation("hasil.tidak-dapat-dihitung", t.alasan());
        };
    }

    private static Component bagian(String teks) {
        H3 judul = new H3(teks);
        judul.addClassName("judul-bagian");
        return judul;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kabupaten");
    }
}
