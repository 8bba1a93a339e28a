package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.RencanaIndikator;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The signed-in user's own indicators for a year, one row each with target and Triwulan I–IV. A quarter that
 * has started and is not locked opens the editor; drafts are submitted one by one or all at once.
 */
@Route("kinerja-saya")
@Menu(title = "menu.kinerja-saya", order = 0, icon = "vaadin:edit")
@RolesAllowed({"CAMAT", "SEKCAM", "KEPALA_UNIT", "STAF"})
public class KinerjaSayaView extends VerticalLayout implements HasDynamicTitle {

    private final RealisasiService service;
    private final RencanaAksiService rencanaService;
    private final BuktiDukungService buktiService;
    private final Clock clock;
    private final Tenggat tenggat;
    private final ZoneId zonaWaktu;
    private final PilihTahun tahun;
    private final Grid<BarisKinerja> grid = new Grid<>();
    private final Div kartu = new Div();
    /** The Rencana Aksi of the rows shown, by indicator. */
    private Map<Long, RencanaIndikator> rencana = Map.of();

    public KinerjaSayaView(
            RealisasiService service,
            RencanaAksiService rencanaService,
            BuktiDukungService buktiService,
            Clock clock,
            Tenggat tenggat,
            ZoneId zonaWaktu,
            PekerjaanLatar latar) {
        this.service = service;
        this.rencanaService = rencanaService;
        this.buktiService = buktiService;
        this.clock = clock;
        this.tenggat = tenggat;
        this.zonaWaktu = zonaWaktu;
        setSizeFull();
        tahun = new PilihTahun(clock, 0);
        tahun.addValueChangeListener(e -> muat());
        Button ajukanSemua = new Button(getTranslation("kinerja.ajukan-semua"), e -> ajukanSemuaDraf());
        HorizontalLayout alat = new HorizontalLayout(tahun, ajukanSemua, unduhExcel(latar));
        alat.setAlignItems(Alignment.BASELINE);
        // on a phone the buttons go under the year instead of running off the screen
        alat.setWrap(true);

        // widths that fit a 1366 px laptop with the menu open (67 rem): the satuan stands with the target
        grid.addColumn(b -> b.kode() + " · " + b.nama())
                .setHeader(getTranslation("kinerja.indikator"))
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(this::target)
                .setHeader(getTranslation("kinerja.target"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::rencanaAksi)
                .setHeader(getTranslation("rencana-aksi.kolom"))
                .setWidth("8rem")
                .setFlexGrow(0)
                .setKey("rencana-aksi");
        for (Triwulan tw : Triwulan.values()) {
            grid.addComponentColumn(b -> sel(b, new Periode(tahun.getValue(), tw)))
                    .setHeader(getTranslation("triwulan." + tw.nomor()))
                    .setWidth("9.5rem")
                    .setKey("tw" + tw.nomor());
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSizeFull();
        grid.addClassName("tabel-layar-lebar");
        // a phone shows the cards instead of the grid (styles.css), with the same cells and buttons
        kartu.addClassName("kartu-ponsel");
        add(alat, grid, kartu);
        muat();
    }

    /** One indicator as a card: name, satuan and target, its Rencana Aksi, and its four quarters two by two. */
    private Component kartu(BarisKinerja baris) {
        Div judul = new Div(baris.kode() + " · " + baris.nama());
        judul.addClassName("judul-kartu");
        Div keterangan = new Div(getTranslation("kinerja.kartu.keterangan", baris.satuan(), target(baris)));
        keterangan.addClassName("keterangan-kecil");
        Div rencana = new Div(new Span(getTranslation("rencana-aksi.kolom")), rencanaAksi(baris));
        rencana.addClassName("rencana-kartu");
        Div triwulan = new Div();
        triwulan.addClassName("triwulan-kartu");
        for (Triwulan tw : Triwulan.values()) {
            Div satu = new Div(
                    new Span(getTranslation("triwulan." + tw.nomor())), sel(baris, new Periode(tahun.getValue(), tw)));
            satu.addClassName("satu-triwulan");
            triwulan.add(satu);
        }
        Div kartuIndikator = new Div(judul, keterangan, rencana, triwulan);
        kartuIndikator.addClassNames("kartu", "kartu-indikator");
        return kartuIndikator;
    }

    /** The same rows as the grid, fetched again through the service for the chosen year. */
    private UnduhExcel<BarisKinerja> unduhExcel(PekerjaanLatar latar) {
        KolomEkspor kolom = new KolomEkspor(this);
        String contoh = getTranslation("umum.contoh");
        UnduhExcel<BarisKinerja> unduh = new UnduhExcel<BarisKinerja>(latar, "kinerja-saya", () -> {
                    int dipilih = tahun.getValue();
                    return new Ekspor<>(
                            List.of(getTranslation("menu.kinerja-saya"), getTranslation("unduh.tahun", dipilih)),
                            () -> service.kinerjaSaya(dipilih));
                })
                .kolom(getTranslation("kinerja.indikator"), b -> b.kode() + " · " + b.nama())
                .kolom(getTranslation("iku.satuan"), BarisKinerja::satuan)
                .kolom(getTranslation("kinerja.target"), BarisKinerja::targetTahunan)
                .kolom(getTranslation("kinerja.target") + " · " + contoh, b -> b.targetContoh() ? contoh : null);
        kolom.triwulan(unduh, BarisKinerja::sel);
        return unduh;
    }

    private void muat() {
        Map<Long, RencanaIndikator> baru = new HashMap<>();
        rencanaService.milikSaya(tahun.getValue()).forEach(r -> baru.put(r.indikatorId(), r));
        rencana = baru;
        List<BarisKinerja> baris = service.kinerjaSaya(tahun.getValue());
        grid.setItems(baris);
        kartu.removeAll();
        baris.forEach(b -> kartu.add(kartu(b)));
    }

    /** The plan's status and the button that opens it: to write or change it while it is the owner's, else to read. */
    private Component rencanaAksi(BarisKinerja baris) {
        RencanaIndikator r = rencana.get(baris.indikatorId());
        Div isi = new Div();
        isi.addClassName("sel-triwulan");
        if (r == null) {
            return isi;
        }
        isi.add(TampilanRealisasi.statusRencana(this, r.status()));
        Button buka = new Button(
                getTranslation(r.dapatDiubah() ? "rencana-aksi.susun" : "rencana-aksi.lihat"),
                e -> new EditorRencanaAksi(rencanaService, zonaWaktu, r, this::muat).open());
        HorizontalLayout tombol = new HorizontalLayout(buka);
        tombol.addClassName("tombol-sel");
        isi.add(tombol);
        return isi;
    }

    private Component sel(BarisKinerja baris, Periode periode) {
        SelTriwulan sel = baris.sel(periode.triwulan());
        Div isi = TampilanRealisasi.sel(this, sel, baris.satuan(), terlambat(sel, periode));
        RencanaIndikator r = rencana.get(baris.indikatorId());
        if (r != null && r.rencanaId() != null) {
            isi.add(TampilanRealisasi.rencana(this, r.untuk(periode.triwulan()), baris.satuan()));
        }
        HorizontalLayout tombol = new HorizontalLayout();
        tombol.setSpacing(false);
        tombol.addClassName("tombol-sel");
        if (bolehDiubah(sel, periode)) {
            tombol.add(new Button(
                    getTranslation(sel == null ? "kinerja.isi" : "kinerja.ubah"),
                    e -> new EditorRealisasi(service, buktiService, baris, periode, sel, this::muat).open()));
        }
        if (sel != null) {
            tombol.add(new Button(
                    getTranslation("kinerja.riwayat"),
                    e -> new RiwayatDialog(service, zonaWaktu, sel.realisasiId(), baris.nama(), periode).open()));
        }
        isi.add(tombol);
        return isi;
    }

    /** Submitted after the deadline, or still not submitted now that the deadline has passed. */
    private boolean terlambat(@Nullable SelTriwulan sel, Periode periode) {
        if (sel == null || sel.status().dapatDiubah()) {
            return tenggat.hariIni(clock).isAfter(tenggat.untuk(periode));
        }
        return sel.terlambat();
    }

    /** The yearly target with its satuan ("14 kegiatan"); none set is "–". */
    private String target(BarisKinerja b) {
        return b.targetTahunan() == null
                ? "–"
                : FormatAngka.nilai(b.targetTahunan(), b.satuan()) + " " + b.satuan() + tandaContoh(b.targetContoh());
    }

    /** Sample data of the default run says so wherever it is shown. */
    private String tandaContoh(boolean contoh) {
        return contoh ? " " + getTranslation("umum.contoh") : "";
    }

    private boolean bolehDiubah(@Nullable SelTriwulan sel, Periode periode) {
        return tenggat.sudahBerjalan(periode, clock)
                && (sel == null || sel.status().dapatDiubah());
    }

    private void ajukanSemuaDraf() {
        List<Long> draf = service.kinerjaSaya(tahun.getValue()).stream()
                .flatMap(b -> b.triwulan().stream())
                .filter(Objects::nonNull)
                .filter(s -> s.status() == StatusRealisasi.DRAF)
                .map(SelTriwulan::realisasiId)
                .toList();
        if (draf.isEmpty()) {
            Pemberitahuan.berhasil(getTranslation("kinerja.tidak-ada-draf"));
            return;
        }
        try {
            service.ajukan(draf);
            Pemberitahuan.berhasil(getTranslation("kinerja.diajukan-banyak", draf.size()));
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("kinerja.konflik"));
        }
        muat();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.kinerja-saya");
    }
}
