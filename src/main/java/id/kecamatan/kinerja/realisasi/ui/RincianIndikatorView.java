package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.DaftarBukti;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisUnit;
import id.kecamatan.kinerja.realisasi.RealisasiService.KomponenIsian;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.KegiatanIsian;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.RencanaIndikator;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.TriwulanRencana;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rows behind a figure: one indicator's four quarters of a year with their komponen values, kendala,
 * history and evidence. Where the dashboard's figures open down to. Rows not yet approved, and the evidence,
 * show only to those who may read them (the service decides).
 */
@Route("rincian/:indikator/:tahun")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class RincianIndikatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RealisasiService service;
    private final RencanaAksiService rencanaService;
    private final BuktiDukungService buktiService;
    /** The Evaluasi AKIP page (package evaluasi), by its route: this feature does not know that one's classes. */
    static final String RUTE_EVALUASI = "evaluasi";

    private final H2 judul = new H2();
    /** For an indicator filled from the Evaluasi AKIP: the evaluation of the year shown. */
    private final Anchor tautanEvaluasi = new Anchor();

    private final Paragraph keterangan = new Paragraph();
    private final Div ringkasanRencana = new Div();
    private final ZoneId zonaWaktu;
    private final Grid<Triwulan> grid = new Grid<>();
    /** The indicator shown, set when the page is entered. */
    private @Nullable BarisUnit baris;
    /** Its Rencana Aksi for the year, set with it. */
    private @Nullable RencanaIndikator rencana;

    private int tahun;

    public RincianIndikatorView(
            RealisasiService service,
            RencanaAksiService rencanaService,
            BuktiDukungService buktiService,
            ZoneId zonaWaktu) {
        this.service = service;
        this.rencanaService = rencanaService;
        this.buktiService = buktiService;
        this.zonaWaktu = zonaWaktu;
        setSizeFull();
        judul.addClassName("judul-halaman");
        keterangan.addClassName("keterangan-kecil");
        grid.addColumn(tw -> getTranslation("triwulan." + tw.nomor()))
                .setHeader(getTranslation("rincian.triwulan"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("rincian.realisasi"))
                .setWidth("12rem");
        grid.addComponentColumn(this::rencanaAksi)
                .setHeader(getTranslation("rencana-aksi.kolom"))
                .setWidth("14rem")
                .setKey("rencana-aksi");
        grid.addComponentColumn(this::komponen)
                .setHeader(getTranslation("rincian.komponen"))
                .setWidth("16rem")
                .setKey("komponen");
        grid.addComponentColumn(this::catatan)
                .setHeader(getTranslation("rincian.kendala"))
                .setWidth("14rem");
        grid.addComponentColumn(this::bukti)
                .setHeader(getTranslation("rincian.bukti"))
                .setWidth("16rem")
                .setKey("bukti");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSizeFull();
        Button kembali = new Button(
                getTranslation("rincian.kembali"),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        kembali.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ringkasanRencana.addClassName("ringkasan-rencana");
        tautanEvaluasi.setId("tautan-evaluasi");
        add(kembali, judul, keterangan, tautanEvaluasi, ringkasanRencana, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> indikatorId = event.getRouteParameters().getLong("indikator");
        Optional<Integer> diminta = event.getRouteParameters().getInteger("tahun");
        List<BarisUnit> hasil = indikatorId.isPresent() && diminta.isPresent()
                ? service.kinerjaIndikator(List.of(indikatorId.get()), diminta.get())
                : List.of();
        if (hasil.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        baris = hasil.getFirst();
        tahun = diminta.get();
        judul.setText(baris.kode() + " · " + baris.nama());
        keterangan.setText(getTranslation(
                "rincian.keterangan",
                baris.jabatan(),
                tahun,
                baris.targetTahunan() == null
                        ? getTranslation("rincian.tanpa-target")
                        : FormatAngka.nilai(baris.targetTahunan(), baris.satuan()) + " " + baris.satuan()));
        // every signed-in role opens the Evaluasi page (a Kasi sees the office's scores there)
        tautanEvaluasi.setVisible(baris.dariLke());
        tautanEvaluasi.setText(getTranslation("rincian.dari-lke", tahun));
        tautanEvaluasi.setHref(RUTE_EVALUASI + "?tahun=" + tahun);
        rencana = rencanaService.untukIndikator(baris.indikatorId(), tahun);
        tampilkanRencana();
        grid.setItems(Triwulan.values());
    }

    /** The plan's status above the quarters, with a button to read it (or, for its owner, to write it). */
    private void tampilkanRencana() {
        RencanaIndikator r = rencana();
        ringkasanRencana.removeAll();
        ringkasanRencana.add(new Span(getTranslation("rencana-aksi.kolom") + ": "));
        if (r.tertutup()) {
            ringkasanRencana.add(new Span(getTranslation("rencana-aksi.tertutup")));
            return;
        }
        ringkasanRencana.add(TampilanRealisasi.statusRencana(this, r.status()));
        if (r.status() != null || r.dapatDiubah()) {
            Button buka = new Button(
                    getTranslation(r.dapatDiubah() ? "rencana-aksi.susun" : "rencana-aksi.lihat"),
                    e -> new EditorRencanaAksi(rencanaService, zonaWaktu, r, () -> {
                                rencana = rencanaService.untukIndikator(r.indikatorId(), tahun);
                                tampilkanRencana();
                                grid.getDataProvider().refreshAll();
                            })
                            .open());
            buka.addThemeVariants(ButtonVariant.LUMO_SMALL);
            ringkasanRencana.add(buka);
        }
    }

    /** A quarter's plan: target and what reached it, and its kegiatan with who does them. */
    private Component rencanaAksi(Triwulan triwulan) {
        RencanaIndikator r = rencana();
        Div isi = new Div();
        if (r.rencanaId() == null) {
            return isi;
        }
        TriwulanRencana tw = r.untuk(triwulan);
        isi.add(TampilanRealisasi.rencana(this, tw, baris().satuan()));
        for (KegiatanIsian k : tw.kegiatan()) {
            isi.add(new Div(getTranslation("rencana-aksi.kegiatan-sel", k.uraian(), k.pelaksana())));
        }
        return isi;
    }

    private Component status(Triwulan triwulan) {
        BarisUnit baris = baris();
        SelTriwulan sel = baris.sel(triwulan);
        Div isi = TampilanRealisasi.sel(this, sel, baris.satuan(), sel != null && sel.terlambat());
        if (sel != null && baris.dapatMembaca()) {
            isi.add(new Button(
                    getTranslation("kinerja.riwayat"),
                    e -> new RiwayatDialog(
                                    service, zonaWaktu, sel.realisasiId(), baris.nama(), new Periode(tahun, triwulan))
                            .open()));
        }
        return isi;
    }

    private Component komponen(Triwulan triwulan) {
        BarisUnit baris = baris();
        SelTriwulan sel = baris.sel(triwulan);
        Div isi = new Div();
        if (sel != null) {
            for (KomponenIsian k : baris.komponen()) {
                isi.add(new Div(k.nama() + ": " + FormatAngka.format(sel.nilai().get(k.kode())) + " " + k.satuan()));
            }
        }
        return isi;
    }

    private Component catatan(Triwulan triwulan) {
        BarisUnit baris = baris();
        SelTriwulan sel = baris.sel(triwulan);
        Div isi = new Div();
        if (sel != null && sel.kendala() != null) {
            isi.add(new Div(getTranslation("rincian.kendala-isi", sel.kendala())));
        }
        if (sel != null && sel.keterangan() != null) {
            isi.add(new Div(getTranslation("rincian.keterangan-isi", sel.keterangan())));
        }
        return isi;
    }

    private Component bukti(Triwulan triwulan) {
        BarisUnit baris = baris();
        SelTriwulan sel = baris.sel(triwulan);
        if (sel == null) {
            return new Div();
        }
        if (!baris.dapatMembaca()) {
            Div tertutup = new Div(getTranslation("rincian.bukti-tertutup"));
            tertutup.addClassName("keterangan-kecil");
            return tertutup;
        }
        return new DaftarBukti(buktiService::unduh, buktiService.daftar(sel.realisasiId()));
    }

    @Override
    public String getPageTitle() {
        return baris == null ? getTranslation("rincian.judul") : baris.kode() + " · " + tahun;
    }

    private RencanaIndikator rencana() {
        return Objects.requireNonNull(rencana, "beforeEnter belum menetapkan rencana aksi");
    }

    /** Read by the grid's cells, which exist only once {@link #beforeEnter} has set the row. */
    private BarisUnit baris() {
        return Objects.requireNonNull(baris, "beforeEnter belum menetapkan indikator");
    }
}
