package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.DaftarBukti;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisPersetujuan;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.RencanaIndikator;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The verifikator's inbox: submitted rows with their komponen, computed figures, bukti dukung to download and
 * history; approve many, return one.
 */
@Route("persetujuan")
@Menu(title = "menu.persetujuan", order = 1, icon = "vaadin:check-square-o")
@RolesAllowed({"SEKCAM", "CAMAT"})
public class PersetujuanView extends VerticalLayout implements HasDynamicTitle {

    private final RealisasiService service;
    private final RencanaAksiService rencanaService;
    private final ZoneId zonaWaktu;
    private final Grid<BarisPersetujuan> grid = new Grid<>();
    private final Grid<RencanaIndikator> gridRencana = new Grid<>();
    private final Div kartuRealisasi = new Div();
    private final Div kartuRencana = new Div();
    private final BuktiDukungService buktiService;
    private final KolomEkspor kolom;
    private final H3 judulRealisasi = new H3();
    private final H3 judulRencana = new H3();

    public PersetujuanView(
            RealisasiService service,
            RencanaAksiService rencanaService,
            BuktiDukungService buktiService,
            ZoneId zonaWaktu,
            PekerjaanLatar latar) {
        this.service = service;
        this.rencanaService = rencanaService;
        this.zonaWaktu = zonaWaktu;
        this.buktiService = buktiService;
        this.kolom = new KolomEkspor(this);
        setWidthFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(BarisPersetujuan::jabatan)
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setWidth("10rem");
        grid.addColumn(b -> b.indikator() + (b.sel().dataContoh() ? " " + getTranslation("umum.contoh") : ""))
                .setHeader(getTranslation("kinerja.indikator"))
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(b -> kolom.periode(b.periode())
                        + (b.sel().terlambat() ? " · " + getTranslation("kinerja.terlambat") : ""))
                .setHeader(getTranslation("persetujuan.periode"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(PersetujuanView::komponen)
                .setHeader(getTranslation("persetujuan.komponen"))
                .setWidth("16rem")
                .setFlexGrow(2);
        grid.addColumn(b -> TampilanRealisasi.teks(this, b.sel().realisasi(), b.satuan()))
                .setHeader(getTranslation("persetujuan.realisasi"))
                .setWidth("8rem");
        grid.addColumn(b -> TampilanRealisasi.teks(this, b.sel().capaian(), "%"))
                .setHeader(getTranslation("persetujuan.capaian"))
                .setWidth("8rem");
        grid.addComponentColumn(b -> new DaftarBukti(buktiService::unduh, buktiService.daftar(b.realisasiId())))
                .setHeader(getTranslation("bukti.judul"))
                .setWidth("11rem");
        grid.addComponentColumn(b -> new Button(
                        getTranslation("kinerja.riwayat"),
                        e -> new RiwayatDialog(service, zonaWaktu, b.realisasiId(), b.indikator(), b.periode()).open()))
                .setHeader(getTranslation("kinerja.riwayat"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.setId("kotak-realisasi");

        Button setujui = new Button(getTranslation("persetujuan.setujui"), e -> setujui(grid.getSelectedItems()));
        setujui.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button kembalikan =
                new Button(getTranslation("persetujuan.kembalikan"), e -> kembalikan(grid.getSelectedItems()));
        HorizontalLayout alat = new HorizontalLayout(setujui, kembalikan, unduhExcel(latar));
        // on a phone the buttons wrap, and cards with their own buttons stand in for the grid (styles.css)
        alat.setWrap(true);
        // they act on the grid's selection, which a phone does not show: its cards carry their own buttons
        setujui.addClassName("tabel-layar-lebar");
        kembalikan.addClassName("tabel-layar-lebar");
        grid.addClassName("tabel-layar-lebar");
        kartuRealisasi.addClassName("kartu-ponsel");
        judulRealisasi.addClassName("judul-bagian");
        judulRencana.addClassName("judul-bagian");
        // two sections one below the other (no tabs: Vaadin's tab strip fails axe's aria-required-children)
        add(judulRealisasi, alat, grid, kartuRealisasi, judulRencana, rencanaAksi());
        muat();
    }

    /** Submitted Rencana Aksi, one per row with its targets; read one, approve it or return it with a note. */
    private Component rencanaAksi() {
        gridRencana
                .addColumn(RencanaIndikator::jabatan)
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setWidth("10rem");
        gridRencana
                .addColumn(r -> r.kode() + " · " + r.nama())
                .setHeader(getTranslation("kinerja.indikator"))
                .setWidth("14rem")
                .setFlexGrow(2);
        gridRencana
                .addColumn(r -> String.valueOf(r.tahun()))
                .setHeader(getTranslation("kinerja.tahun"))
                .setWidth("5rem")
                .setFlexGrow(0);
        gridRencana
                .addColumn(this::ringkasanTarget)
                .setHeader(getTranslation("rencana-aksi.target-semua"))
                .setWidth("14rem")
                .setFlexGrow(1);
        gridRencana
                .addComponentColumn(this::tindakanRencana)
                .setWidth("16rem")
                .setFlexGrow(0)
                .setKey("tindakan");
        gridRencana.setId("kotak-rencana-aksi");
        gridRencana.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        gridRencana.setAllRowsVisible(true);
        gridRencana.addClassName("tabel-layar-lebar");
        kartuRencana.addClassName("kartu-ponsel");
        Div isi = new Div(gridRencana, kartuRencana);
        isi.setWidthFull();
        return isi;
    }

    /** Read a submitted plan, approve it, or return it with a note. */
    private Component tindakanRencana(RencanaIndikator r) {
        Button lihat = new Button(
                getTranslation("rencana-aksi.lihat"),
                e -> new EditorRencanaAksi(rencanaService, zonaWaktu, r, this::muat).open());
        Button setujui = new Button(getTranslation("rencana-aksi.setujui"), e -> setujuiRencana(r));
        setujui.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button kembalikan = new Button(getTranslation("persetujuan.kembalikan"), e -> kembalikanRencana(r));
        HorizontalLayout tombol = new HorizontalLayout(lihat, setujui, kembalikan);
        tombol.setWrap(true);
        tombol.setSpacing(false);
        tombol.addClassName("tombol-sel");
        return tombol;
    }

    /** A submitted realisasi as a phone shows it: whose, which quarter, the values and figures, evidence, actions. */
    private Component kartu(BarisPersetujuan b) {
        Div jabatan = new Div(b.jabatan());
        jabatan.addClassName("keterangan-kecil");
        Div indikator = new Div(b.indikator() + (b.sel().dataContoh() ? " " + getTranslation("umum.contoh") : ""));
        indikator.addClassName("judul-kartu");
        Div periode = new Div(
                kolom.periode(b.periode()) + (b.sel().terlambat() ? " · " + getTranslation("kinerja.terlambat") : ""));
        Div nilai = new Div(komponen(b));
        nilai.addClassName("keterangan-kecil");
        Div hasil = new Div(getTranslation(
                "kinerja.pratinjau",
                TampilanRealisasi.teks(this, b.sel().realisasi(), b.satuan()),
                TampilanRealisasi.teks(this, b.sel().capaian(), "%")));
        Button setujui = new Button(
                getTranslation("rencana-aksi.setujui"),
                e -> jalankan(
                        () -> service.setujui(List.of(b.realisasiId())), getTranslation("persetujuan.disetujui", 1)));
        setujui.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button kembalikan = new Button(
                getTranslation("persetujuan.kembalikan"),
                e -> mintaCatatan(
                        b.indikator(),
                        catatan -> service.kembalikan(b.realisasiId(), catatan),
                        getTranslation("persetujuan.dikembalikan")));
        Button riwayat = new Button(
                getTranslation("kinerja.riwayat"),
                e -> new RiwayatDialog(service, zonaWaktu, b.realisasiId(), b.indikator(), b.periode()).open());
        HorizontalLayout tombol = new HorizontalLayout(setujui, kembalikan, riwayat);
        tombol.setWrap(true);
        tombol.addClassName("tombol-sel");
        Div kartu = new Div(
                jabatan,
                indikator,
                periode,
                nilai,
                hasil,
                new DaftarBukti(buktiService::unduh, buktiService.daftar(b.realisasiId())),
                tombol);
        kartu.addClassNames("kartu", "kartu-indikator");
        return kartu;
    }

    /** A plan waiting for approval as a phone shows it. */
    private Component kartu(RencanaIndikator r) {
        Div jabatan = new Div(r.jabatan());
        jabatan.addClassName("keterangan-kecil");
        Div indikator = new Div(r.kode() + " · " + r.nama());
        indikator.addClassName("judul-kartu");
        Div target = new Div(getTranslation("kinerja.tahun") + " " + r.tahun() + " · " + ringkasanTarget(r));
        target.addClassName("keterangan-kecil");
        Div kartu = new Div(jabatan, indikator, target, tindakanRencana(r));
        kartu.addClassNames("kartu", "kartu-indikator");
        return kartu;
    }

    private static String komponen(BarisPersetujuan b) {
        return b.komponen().stream()
                .map(k -> k.nama() + ": " + FormatAngka.format(b.sel().nilai().get(k.kode())))
                .collect(Collectors.joining("; "));
    }

    /** "I: 25 · II: 50 · III: belum direncanakan · IV: 100", in the indicator's satuan. */
    private String ringkasanTarget(RencanaIndikator r) {
        return Arrays.stream(Triwulan.values())
                .map(tw -> tw.romawi() + ": "
                        + (r.untuk(tw).target() == null
                                ? getTranslation("rencana-aksi.belum-direncanakan")
                                : FormatAngka.nilai(r.untuk(tw).target(), r.satuan())))
                .collect(Collectors.joining(" · "));
    }

    private void setujuiRencana(RencanaIndikator r) {
        jalankan(
                () -> rencanaService.setujui(
                        Objects.requireNonNull(r.rencanaId(), "kotak masuk berisi rencana tersimpan")),
                getTranslation("rencana-aksi.disetujui"));
    }

    private void kembalikanRencana(RencanaIndikator r) {
        Long id = Objects.requireNonNull(r.rencanaId(), "kotak masuk berisi rencana tersimpan");
        mintaCatatan(
                r.nama(),
                catatan -> rencanaService.kembalikan(id, catatan),
                getTranslation("rencana-aksi.dikembalikan"));
    }

    /** The rows waiting for the signed-in verifikator, fetched again through the service. */
    private UnduhExcel<BarisPersetujuan> unduhExcel(PekerjaanLatar latar) {
        String terlambat = getTranslation("kinerja.terlambat");
        return new UnduhExcel<BarisPersetujuan>(
                        latar,
                        "persetujuan",
                        () -> new Ekspor<>(List.of(getTranslation("menu.persetujuan")), service::kotakMasuk))
                .kolom(getTranslation("persetujuan.jabatan"), BarisPersetujuan::jabatan)
                .kolom(getTranslation("kinerja.indikator"), BarisPersetujuan::indikator)
                .kolom(getTranslation("persetujuan.periode"), b -> kolom.periode(b.periode()))
                .kolom(
                        getTranslation("unduh.status"),
                        b -> kolom.status(b.sel()) + (b.sel().terlambat() ? " · " + terlambat : ""))
                .kolom(getTranslation("persetujuan.komponen"), PersetujuanView::komponen)
                .kolom(kolom.realisasiHeader(), b -> kolom.nilai(b.sel().realisasi()))
                .kolom(getTranslation("iku.satuan"), BarisPersetujuan::satuan)
                .kolom(kolom.capaianHeader(), b -> kolom.nilai(b.sel().capaian()));
    }

    private void muat() {
        List<BarisPersetujuan> realisasi = service.kotakMasuk();
        List<RencanaIndikator> rencana = rencanaService.kotakMasuk();
        grid.setItems(realisasi);
        gridRencana.setItems(rencana);
        kartuRealisasi.removeAll();
        realisasi.forEach(b -> kartuRealisasi.add(kartu(b)));
        kartuRencana.removeAll();
        rencana.forEach(r -> kartuRencana.add(kartu(r)));
        judulRealisasi.setText(getTranslation("persetujuan.bagian-realisasi", realisasi.size()));
        judulRencana.setText(getTranslation("persetujuan.bagian-rencana", rencana.size()));
    }

    private void setujui(Set<BarisPersetujuan> dipilih) {
        if (dipilih.isEmpty()) {
            Pemberitahuan.berhasil(getTranslation("persetujuan.pilih-dulu"));
            return;
        }
        jalankan(
                () -> service.setujui(
                        dipilih.stream().map(BarisPersetujuan::realisasiId).toList()),
                getTranslation("persetujuan.disetujui", dipilih.size()));
    }

    private void kembalikan(Set<BarisPersetujuan> dipilih) {
        if (dipilih.size() != 1) {
            Pemberitahuan.berhasil(getTranslation("persetujuan.pilih-satu"));
            return;
        }
        BarisPersetujuan baris = dipilih.iterator().next();
        mintaCatatan(
                baris.indikator(),
                catatan -> service.kembalikan(baris.realisasiId(), catatan),
                getTranslation("persetujuan.dikembalikan"));
    }

    /** Asks for the note that goes back to the owner with a returned row or plan; it may not be empty. */
    private void mintaCatatan(String indikator, Consumer<String> kembalikan, String berhasil) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("persetujuan.kembalikan.judul", indikator));
        TextArea catatan = new TextArea(getTranslation("persetujuan.catatan"));
        catatan.setWidth("min(30rem, 80vw)");
        catatan.setMaxLength(2000);
        catatan.setRequired(true);
        dialog.add(new Div(catatan));
        Button kirim = new Button(getTranslation("persetujuan.kembalikan"), e -> {
            if (catatan.getValue().isBlank()) {
                catatan.setErrorMessage(getTranslation("realisasi.catatan-wajib"));
                catatan.setInvalid(true);
                return;
            }
            if (jalankan(() -> kembalikan.accept(catatan.getValue()), berhasil)) {
                dialog.close();
            }
        });
        kirim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), kirim);
        dialog.open();
    }

    private boolean jalankan(Runnable tindakan, String berhasil) {
        try {
            tindakan.run();
            Pemberitahuan.berhasil(berhasil);
            return true;
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            return false;
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("kinerja.konflik"));
            return false;
        } finally {
            muat();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.persetujuan");
    }
}
