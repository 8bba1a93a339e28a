package id.kecamatan.kinerja.pengukuran.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.pengukuran.CapaianService;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisPeta;
import id.kecamatan.kinerja.pengukuran.CapaianService.Dasbor;
import id.kecamatan.kinerja.pengukuran.CapaianService.EfisiensiSasaran;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuIku;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuUnit;
import id.kecamatan.kinerja.pengukuran.CapaianService.SelPeta;
import id.kecamatan.kinerja.pengukuran.CapaianService.Terlambat;
import id.kecamatan.kinerja.pengukuran.CapaianService.TitikTren;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.Penyimpangan;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Camat's picture of the kecamatan against its plan (issue 4): the score with predikat and coverage, each
 * IKU beside its IKI index, capaian per unit kerja, the quarterly trend, the heat map of entry status and the
 * late list. Every figure opens down to its indicators, and each indicator to its realisasi rows and evidence.
 * Only approved realisasi count; missing data is shown as missing, never as a number.
 */
@Route("dasbor")
@Menu(title = "menu.dasbor", order = -1, icon = "vaadin:dashboard")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class DasborView extends VerticalLayout implements HasDynamicTitle {

    /** Stands for the reason inside the translated "tidak dapat dihitung" text of the export. */
    private static final String ALASAN = "\u0000";

    private final CapaianService service;
    private final PilihTahun tahun;
    private final PilihTriwulan triwulan;
    private final Div isi = new Div();
    final Grafik grafikUnit = new Grafik();
    final Grafik grafikTren = new Grafik();
    /** The figures shown, read again whenever the year or triwulan changes. */
    private @Nullable Dasbor dasbor;

    private final UnduhExcel<Terlambat> unduhTerlambat;

    public DasborView(CapaianService service, Clock clock, Tenggat tenggat, PekerjaanLatar latar) {
        this(service, clock, tenggat, latar, true);
    }

    /** {@code muatSekarang} false: a subclass loads ({@link #muat()}) once it knows whose figures to show. */
    protected DasborView(
            CapaianService service, Clock clock, Tenggat tenggat, PekerjaanLatar latar, boolean muatSekarang) {
        this.service = service;
        addClassName("dasbor");
        tahun = new PilihTahun(clock, 0);
        triwulan = new PilihTriwulan(
                getTranslation("dasbor.sampai-triwulan"), tenggat.triwulanBerjalan(tahun.getValue(), clock));
        tahun.addValueChangeListener(e -> muat());
        triwulan.addValueChangeListener(e -> muat());
        isi.setWidthFull();
        unduhTerlambat = unduhanTerlambat(latar);
        HorizontalLayout pilihan = new HorizontalLayout(tahun, triwulan, unduhan(latar));
        pilihan.setAlignItems(Alignment.END);
        // on a phone the triwulan and the download go under the year instead of running off the screen
        pilihan.setWrap(true);
        add(pilihan, isi);
        if (muatSekarang) {
            muat();
        }
    }

    /** The figures to show: the signed-in user's kecamatan. */
    protected Dasbor muatDasbor(Periode sampai) {
        return service.dasbor(sampai);
    }

    /** Every indicator's row for the download. */
    protected List<BarisCapaian> pengukuran(Periode sampai) {
        return service.pengukuran(sampai);
    }

    /**
     * Every indicator's figures for the chosen period, as the cards and tables show them. The file is written in
     * the background, so the texts are read here, on the screen's thread and in its language.
     */
    private UnduhExcel<BarisCapaian> unduhan(PekerjaanLatar latar) {
        String belumAda = getTranslation("dasbor.belum-ada-data");
        String tidakDapatDihitung = getTranslation("hasil.tidak-dapat-dihitung", ALASAN);
        Function<Hasil, Object> angkaAtauTeks = hasil -> switch (hasil) {
            // a number stays a number cell; a missing or impossible figure is written as its reason, never as 0
            case Hasil.Nilai n -> n.nilai();
            case Hasil.BelumDiisi b -> belumAda;
            case Hasil.TidakDapatDihitung t -> tidakDapatDihitung.replace(ALASAN, t.alasan());
        };
        return new UnduhExcel<BarisCapaian>(latar, "capaian", () -> {
                    Periode sampai = sampai();
                    return new Ekspor<>(
                            List.of(
                                    getTranslation("menu.dasbor"),
                                    getTranslation(
                                            "dasbor.rincian-judul",
                                            getTranslation("dasbor.skor-kecamatan"),
                                            sampai.tahun(),
                                            getTranslation("triwulan."
                                                    + sampai.triwulan().nomor()))),
                            () -> pengukuran(sampai));
                })
                .kolom(getTranslation("kinerja.indikator"), b -> b.kode() + " · " + b.nama())
                .kolom(getTranslation("persetujuan.jabatan"), BarisCapaian::jabatan)
                .kolom(getTranslation("dasbor.target"), BarisCapaian::target)
                .kolom(getTranslation("dasbor.realisasi"), b -> angkaAtauTeks.apply(b.realisasi()))
                .kolom(getTranslation("dasbor.capaian"), b -> angkaAtauTeks.apply(b.capaian()))
                .kolom(getTranslation("dasbor.predikat"), BarisCapaian::predikat)
                .kolom(getTranslation("dasbor.kolom-triwulan-disetujui"), BarisCapaian::triwulanDisetujui);
    }

    /** The late list as the screen shows it (the user's own jabatan only for a Kasi: the service decides). */
    private UnduhExcel<Terlambat> unduhanTerlambat(PekerjaanLatar latar) {
        Map<Triwulan, String> namaTriwulan = new EnumMap<>(Triwulan.class);
        for (Triwulan tw : Triwulan.values()) {
            namaTriwulan.put(tw, getTranslation("triwulan." + tw.nomor()));
        }
        Map<String, String> namaStatus = new LinkedHashMap<>();
        namaStatus.put("KOSONG", getTranslation("status.KOSONG"));
        for (StatusRealisasi status : StatusRealisasi.values()) {
            namaStatus.put(status.name(), getTranslation("status." + status.name()));
        }
        DateTimeFormatter tanggal = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale());
        return new UnduhExcel<Terlambat>(latar, "terlambat", () -> {
                    Periode sampai = sampai();
                    return new Ekspor<>(
                            List.of(getTranslation("dasbor.terlambat"), String.valueOf(sampai.tahun())),
                            () -> service.dasbor(sampai).terlambat());
                })
                .kolom(getTranslation("persetujuan.jabatan"), Terlambat::jabatan)
                .kolom(getTranslation("kinerja.indikator"), t -> t.kode() + " · " + t.indikator())
                .kolom(getTranslation("rincian.triwulan"), t -> namaTriwulan.get(t.triwulan()))
                .kolom(getTranslation("dasbor.tenggat"), t -> tanggal.format(t.tenggat()))
                .kolom(
                        getTranslation("dasbor.status"),
                        t -> namaStatus.get(
                                t.status() == null ? "KOSONG" : t.status().name()));
    }

    private Periode sampai() {
        // the picker starts on a triwulan and offers no empty choice
        return new Periode(tahun.getValue(), Objects.requireNonNull(triwulan.triwulan()));
    }

    /** Set by {@link #muat()} before anything that shows it is built. */
    private Dasbor dasbor() {
        return Objects.requireNonNull(dasbor, "dasbor belum dimuat");
    }

    protected final void muat() {
        if (tahun.getValue() == null || triwulan.getValue() == null) {
            return;
        }
        dasbor = muatDasbor(sampai());
        isi.removeAll();
        if (dasbor.dataContoh()) {
            isi.add(new Peringatan(getTranslation("dasbor.data-contoh")));
        }
        FlexLayout kartu = new FlexLayout(kartuKecamatan());
        kartu.addClassName("baris-kartu");
        dasbor.iku().forEach(iku -> kartu.add(kartuIku(iku)));
        isi.add(kartu);
        if (dasbor.terbatas()) {
            isi.add(bagian(getTranslation("dasbor.milik-saya")), tabelIndikator(dasbor.milikSaya()));
        } else {
            isi.add(bagian(getTranslation("dasbor.per-unit")), grafikUnit, tabelUnit());
            grafikUnit.setOpsi(opsiUnit());
        }
        isi.add(bagian(getTranslation("dasbor.efisiensi")), tabelEfisiensi());
        isi.add(bagian(getTranslation("dasbor.tren")), grafikTren);
        grafikTren.setOpsi(opsiTren());
        if (dasbor.bacaSaja()) {
            isi.add(bagian(getTranslation("dasbor.semua-indikator")), tabelIndikator(dasbor.indikator()));
            return;
        }
        isi.add(bagian(getTranslation("dasbor.peta")), legendaPeta(), petaStatus());
        isi.add(bagian(getTranslation("dasbor.terlambat")), unduhTerlambat, daftarTerlambat());
        isi.add(bagian(getTranslation("dasbor.penyimpangan")), daftarPenyimpangan());
    }

    /** Quarters whose approved realisasi is behind their approved Rencana Aksi, each opening its Rincian. */
    private Component daftarPenyimpangan() {
        if (dasbor().penyimpangan().isEmpty()) {
            return keterangan(getTranslation("dasbor.tidak-ada-penyimpangan"));
        }
        Grid<Penyimpangan> grid = new Grid<>();
        grid.addColumn(Penyimpangan::jabatan)
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setFlexGrow(1);
        grid.addColumn(p -> p.kode() + " · " + p.indikator())
                .setHeader(getTranslation("kinerja.indikator"))
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation("triwulan." + p.banding().triwulan().nomor()))
                .setHeader(getTranslation("rincian.triwulan"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(p -> FormatAngka.nilai(p.banding().target(), p.satuan()) + " " + p.satuan())
                .setHeader(getTranslation("dasbor.target-rencana"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(p -> teks(p.banding().realisasi(), p.satuan()))
                .setHeader(getTranslation("persetujuan.realisasi"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(p -> teks(p.banding().capaian()))
                .setHeader(getTranslation("persetujuan.capaian"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(p -> new Button(
                        getTranslation("dasbor.lihat-realisasi"),
                        e -> getUI().ifPresent(ui -> ui.navigate("rincian/" + p.indikatorId() + "/"
                                + dasbor().sampai().tahun()))))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(dasbor().penyimpangan());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component kartuKecamatan() {
        Div kartu = kartu(
                getTranslation("dasbor.skor-kecamatan"),
                dasbor().kecamatan().nilai(),
                dasbor().kecamatan().predikat());
        kartu.addClassName("kartu-utama");
        kartu.add(
                keterangan(getTranslation(
                        "dasbor.cakupan-iku",
                        dasbor().kecamatan().ikuTerisi(),
                        dasbor().kecamatan().jumlahIku())),
                keterangan(getTranslation(
                        "dasbor.cakupan-indikator",
                        dasbor().kecamatan().indikatorTerisi(),
                        dasbor().kecamatan().jumlahIndikator())),
                keterangan(getTranslation(
                        "dasbor.batas-atas",
                        FormatAngka.format(dasbor().kecamatan().batasAtas()))),
                keterangan(getTranslation(
                        "dasbor.pita-predikat",
                        dasbor().pitaPredikat().stream()
                                .map(p -> "≥ " + FormatAngka.format(p.batas()) + " " + p.nama())
                                .collect(Collectors.joining(" · ")))));
        kartu.add(tombolRincian(
                getTranslation("dasbor.skor-kecamatan"),
                dasbor().iku().stream().map(KartuIku::iku).toList()));
        return kartu;
    }

    private Component kartuIku(KartuIku iku) {
        Div kartu = kartu(iku.iku().nama(), iku.capaian(), iku.predikat());
        kartu.add(
                keterangan(
                        iku.iku().triwulanDisetujui() == 0
                                ? getTranslation(
                                        "dasbor.capaian-sendiri-kosong",
                                        FormatAngka.nilai(
                                                iku.iku().target(), iku.iku().satuan()))
                                : getTranslation(
                                        "dasbor.capaian-sendiri",
                                        teks(iku.iku().capaian()),
                                        teks(iku.iku().realisasi(), iku.iku().satuan()),
                                        FormatAngka.nilai(
                                                iku.iku().target(), iku.iku().satuan()))),
                keterangan(
                        getTranslation("dasbor.indeks-iki", teks(iku.indeksIki()), iku.ikiTerisi(), iku.jumlahIki())));
        List<BarisCapaian> rincian = new ArrayList<>();
        rincian.add(iku.iku());
        rincian.addAll(iku.iki());
        kartu.add(tombolRincian(iku.iku().nama(), rincian));
        return kartu;
    }

    private Div kartu(String judul, Hasil nilai, @Nullable String predikat) {
        Div kartu = new Div();
        kartu.addClassName("kartu");
        Div kepala = new Div(judul);
        kepala.addClassName("kartu-judul");
        Div angka = new Div(nilai instanceof Hasil.Nilai ? teks(nilai) : getTranslation("dasbor.belum-ada-data"));
        angka.addClassNames("kartu-angka", nilai instanceof Hasil.Nilai ? "ada" : "kosong");
        kartu.add(kepala, angka);
        if (predikat != null) {
            Span etiket = new Span(predikat);
            etiket.addClassNames("etiket", "predikat");
            kartu.add(etiket);
        }
        return kartu;
    }

    private Button tombolRincian(String judul, List<BarisCapaian> baris) {
        Button tombol = new Button(getTranslation("dasbor.rincian"), e -> rincian(judul, baris));
        tombol.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return tombol;
    }

    /** The indicators behind a figure; each opens its realisasi rows and evidence. */
    void rincian(String judul, List<BarisCapaian> baris) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                "dasbor.rincian-judul",
                judul,
                dasbor().sampai().tahun(),
                getTranslation("triwulan." + dasbor().sampai().triwulan().nomor())));
        dialog.setWidth("min(72rem, 95vw)");
        dialog.add(tabelIndikator(baris));
        dialog.getFooter().add(new Button(getTranslation("umum.tutup"), e -> dialog.close()));
        dialog.open();
    }

    private Grid<BarisCapaian> tabelIndikator(List<BarisCapaian> baris) {
        Grid<BarisCapaian> grid = new Grid<>();
        grid.addColumn(b -> b.kode() + " · " + b.nama())
                .setHeader(getTranslation("kinerja.indikator"))
                .setFlexGrow(3);
        grid.addColumn(BarisCapaian::jabatan)
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setFlexGrow(1);
        grid.addColumn(b -> FormatAngka.nilai(b.target(), b.satuan()))
                .setHeader(getTranslation("dasbor.target"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(b -> teks(b.realisasi(), b.satuan()))
                .setHeader(getTranslation("dasbor.realisasi"))
                .setFlexGrow(1);
        grid.addColumn(b -> teks(b.capaian()))
                .setHeader(getTranslation("dasbor.capaian"))
                .setFlexGrow(1);
        grid.addColumn(b -> b.predikat() == null ? "–" : b.predikat())
                .setHeader(getTranslation("dasbor.predikat"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(b -> getTranslation("dasbor.triwulan-disetujui", b.triwulanDisetujui()))
                .setHeader(getTranslation("dasbor.data"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(b -> new Button(
                        getTranslation("dasbor.lihat-realisasi"),
                        e -> getUI().ifPresent(ui -> {
                            ui.getChildren()
                                    .filter(Dialog.class::isInstance)
                                    .map(Dialog.class::cast)
                                    .forEach(Dialog::close);
                            ui.navigate("rincian/" + b.indikatorId() + "/"
                                    + dasbor().sampai().tahun());
                        })))
                .setWidth("10rem")
                .setFlexGrow(0)
                .setKey("rincian")
                // the realisasi rows behind a figure are the office's own page
                .setVisible(!dasbor().bacaSaja());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(baris);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<KartuUnit> tabelUnit() {
        Grid<KartuUnit> grid = new Grid<>();
        grid.addColumn(u -> u.nama() == null ? getTranslation("dasbor.tanpa-unit") : u.nama())
                .setHeader(getTranslation("seksi.unit"))
                .setFlexGrow(2);
        grid.addColumn(u -> teks(u.capaian()))
                .setHeader(getTranslation("dasbor.capaian"))
                .setFlexGrow(1);
        grid.addColumn(u -> u.predikat() == null ? "–" : u.predikat())
                .setHeader(getTranslation("dasbor.predikat"))
                .setFlexGrow(1);
        grid.addColumn(u -> getTranslation("dasbor.cakupan", u.terisi(), u.jumlah()))
                .setHeader(getTranslation("dasbor.data"))
                .setFlexGrow(1);
        grid.addComponentColumn(u ->
                        tombolRincian(u.nama() == null ? getTranslation("dasbor.tanpa-unit") : u.nama(), u.indikator()))
                .setFlexGrow(0)
                .setWidth("8rem");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(dasbor().unit());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Capaian beside serapan per sasaran the budget serves; no budget: a line saying where to enter it. */
    private Component tabelEfisiensi() {
        if (dasbor().efisiensi().isEmpty()) {
            return keterangan(getTranslation(
                    "dasbor.efisiensi.kosong", String.valueOf(dasbor().sampai().tahun())));
        }
        Grid<EfisiensiSasaran> grid = new Grid<>();
        // four columns, the grade with its difference in one, so that a phone shows them without scrolling
        grid.addColumn(e -> e.kode() + " " + e.teks())
                .setHeader(getTranslation("anggaran.sasaran"))
                .setWidth("7rem")
                .setFlexGrow(3);
        grid.addColumn(e -> teks(e.capaian()))
                .setHeader(getTranslation("dasbor.capaian"))
                .setWidth("4.75rem")
                .setFlexGrow(1)
                .setKey("capaian");
        grid.addColumn(e -> teks(e.serapan()))
                .setHeader(getTranslation("anggaran.serapan"))
                .setWidth("4.75rem")
                .setFlexGrow(1)
                .setKey("serapan");
        grid.addColumn(e -> e.efisiensi()
                        .map(p -> getTranslation(
                                "dasbor.efisiensi.nilai",
                                getTranslation("efisiensi." + p.tingkat().name()),
                                FormatAngka.duaDesimal(p.selisih())))
                        .orElse(getTranslation("efisiensi.tanpa")))
                .setHeader(getTranslation("dasbor.efisiensi.tingkat"))
                .setWidth("5.5rem")
                .setFlexGrow(1)
                .setKey("tingkat");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(dasbor().efisiensi());
        grid.setAllRowsVisible(true);
        Div bagian = new Div(
                grid,
                keterangan(
                        getTranslation("dasbor.efisiensi.keterangan", FormatAngka.format(dasbor().ambangEfisiensi()))));
        bagian.setWidthFull();
        return bagian;
    }

    private Component petaStatus() {
        Grid<BarisPeta> grid = new Grid<>();
        grid.addColumn(BarisPeta::jabatan)
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setFlexGrow(2);
        for (Triwulan tw : Triwulan.values()) {
            grid.addComponentColumn(b -> selPeta(b.triwulan().get(tw.ordinal())))
                    .setHeader(getTranslation("triwulan." + tw.nomor()))
                    .setFlexGrow(1)
                    .setKey("tw" + tw.nomor());
        }
        grid.addComponentColumn(b -> tombolRincian(
                        b.jabatan(),
                        dasbor().indikator().stream()
                                .filter(i -> i.jabatanId().equals(b.jabatanId()))
                                .toList()))
                .setFlexGrow(0)
                .setWidth("8rem");
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setItems(dasbor().peta());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A heat map cell: coloured by its most urgent state, with the count of each state present. */
    private Component selPeta(SelPeta sel) {
        Div isi = new Div();
        isi.addClassName("sel-peta");
        if (sel.belumBerjalan()) {
            isi.addClassName("peta-belum-berjalan");
            isi.add(new Span(getTranslation("dasbor.belum-berjalan")));
            return isi;
        }
        Map<String, Integer> jumlah = new LinkedHashMap<>();
        jumlah.put("terlambat", sel.terlambat());
        jumlah.put("dikembalikan", sel.dikembalikan());
        jumlah.put("draf", sel.draf());
        jumlah.put("kosong", sel.kosong());
        jumlah.put("diajukan", sel.diajukan());
        jumlah.put("disetujui", sel.disetujui());
        String warna = jumlah.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("kosong");
        isi.addClassName("peta-" + warna);
        jumlah.forEach((status, n) -> {
            if (n > 0) {
                isi.add(new Div(getTranslation("dasbor.peta." + status, n)));
            }
        });
        return isi;
    }

    private Component legendaPeta() {
        Div legenda = new Div();
        legenda.addClassName("legenda-peta");
        for (String status : List.of("terlambat", "dikembalikan", "draf", "kosong", "diajukan", "disetujui")) {
            Span s = new Span(getTranslation("dasbor.legenda." + status));
            s.addClassNames("etiket", "peta-" + status);
            legenda.add(s);
        }
        return legenda;
    }

    private Component daftarTerlambat() {
        if (dasbor().terlambat().isEmpty()) {
            return keterangan(getTranslation("dasbor.tidak-ada-terlambat"));
        }
        Grid<Terlambat> grid = new Grid<>();
        grid.addColumn(Terlambat::jabatan)
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setFlexGrow(1);
        grid.addColumn(t -> t.kode() + " · " + t.indikator())
                .setHeader(getTranslation("kinerja.indikator"))
                .setFlexGrow(3);
        grid.addColumn(t -> getTranslation("triwulan." + t.triwulan().nomor()))
                .setHeader(getTranslation("rincian.triwulan"))
                .setWidth("9rem")
                .setFlexGrow(0);
        DateTimeFormatter tanggal = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale());
        grid.addColumn(t -> tanggal.format(t.tenggat()))
                .setHeader(getTranslation("dasbor.tenggat"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(t -> getTranslation(
                        "status." + (t.status() == null ? "KOSONG" : t.status().name())))
                .setHeader(getTranslation("dasbor.status"))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> new Button(
                        getTranslation("dasbor.lihat-realisasi"),
                        e -> getUI().ifPresent(ui -> ui.navigate("rincian/" + t.indikatorId() + "/"
                                + dasbor().sampai().tahun()))))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(dasbor().terlambat());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Bars of capaian per unit kerja; a unit without approved data has no bar (a gap, never zero). */
    Map<String, Object> opsiUnit() {
        List<String> nama = new ArrayList<>();
        List<Object> nilai = new ArrayList<>();
        for (KartuUnit u : dasbor().unit()) {
            nama.add(u.nama() == null ? getTranslation("dasbor.tanpa-unit") : u.nama());
            nilai.add(angka(u.capaian()));
        }
        Map<String, Object> opsi = new LinkedHashMap<>();
        opsi.put("tooltip", Map.of("trigger", "axis"));
        opsi.put("grid", Map.of("left", 48, "right", 24, "top", 32, "bottom", 64));
        opsi.put("xAxis", Map.of("type", "category", "data", nama, "axisLabel", Map.of("interval", 0, "rotate", 15)));
        opsi.put(
                "yAxis",
                Map.of(
                        "type",
                        "value",
                        "name",
                        "%",
                        "min",
                        0,
                        "max",
                        dasbor().kecamatan().batasAtas()));
        opsi.put(
                "series",
                List.of(Map.of(
                        "type",
                        "bar",
                        "name",
                        getTranslation("dasbor.capaian"),
                        "data",
                        nilai,
                        "itemStyle",
                        Map.of("color", "#1f6f4a"),
                        "label",
                        Map.of("show", true, "position", "top"),
                        "markLine",
                        garis100())));
        return opsi;
    }

    /** The kecamatan score up to each quarter of the last years; quarters without approved data are gaps. */
    Map<String, Object> opsiTren() {
        List<String> periode = new ArrayList<>();
        List<Object> nilai = new ArrayList<>();
        for (TitikTren t : dasbor().tren()) {
            periode.add(t.periode().tahun() + " "
                    + getTranslation("dasbor.tw." + t.periode().triwulan().nomor()));
            nilai.add(angka(t.skor()));
        }
        Map<String, Object> opsi = new LinkedHashMap<>();
        opsi.put("tooltip", Map.of("trigger", "axis"));
        opsi.put("grid", Map.of("left", 48, "right", 24, "top", 32, "bottom", 48));
        opsi.put("xAxis", Map.of("type", "category", "data", periode));
        opsi.put("yAxis", Map.of("type", "value", "name", "%", "min", 0));
        opsi.put(
                "series",
                List.of(Map.of(
                        "type",
                        "line",
                        "name",
                        getTranslation("dasbor.skor-kecamatan"),
                        "data",
                        nilai,
                        "connectNulls",
                        false,
                        "symbolSize",
                        8,
                        "itemStyle",
                        Map.of("color", "#27456b"),
                        "markLine",
                        garis100())));
        return opsi;
    }

    private static Map<String, Object> garis100() {
        return Map.of(
                "silent",
                true,
                "symbol",
                "none",
                "data",
                List.of(Map.of("yAxis", 100)),
                "lineStyle",
                Map.of("type", "dashed", "color", "#8a8f98"));
    }

    private static @Nullable Object angka(Hasil hasil) {
        return hasil instanceof Hasil.Nilai(BigDecimal nilai) ? nilai : null;
    }

    private String teks(Hasil hasil) {
        return teks(hasil, "%");
    }

    private String teks(Hasil hasil, String satuan) {
        return switch (hasil) {
            case Hasil.Nilai n -> FormatAngka.nilai(n.nilai(), satuan) + (satuan == null ? "" : " " + satuan);
            case Hasil.BelumDiisi b -> getTranslation("dasbor.belum-ada-data");
            case Hasil.TidakDapatDihitung t -> getTranslation("hasil.tidak-dapat-dihitung", t.alasan());
        };
    }

    private static Component bagian(String teks) {
        H3 judul = new H3(teks);
        judul.addClassName("judul-bagian");
        return judul;
    }

    private static Div keterangan(String teks) {
        Div div = new Div(teks);
        div.addClassName("keterangan-kecil");
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dasbor");
    }
}
