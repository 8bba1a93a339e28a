package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisPersetujuan;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
    private final Grid<BarisPersetujuan> grid = new Grid<>();

    public PersetujuanView(
            RealisasiService service, BuktiDukungService buktiService, ZoneId zonaWaktu, PekerjaanLatar latar) {
        this.service = service;
        KolomEkspor kolom = new KolomEkspor(this);
        setSizeFull();
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
        grid.addColumn(b -> b.komponen().stream()
                        .map(k -> k.nama() + ": "
                                + FormatAngka.format(b.sel().nilai().get(k.kode())))
                        .collect(Collectors.joining("; ")))
                .setHeader(getTranslation("persetujuan.komponen"))
                .setWidth("16rem")
                .setFlexGrow(2);
        grid.addColumn(b -> TampilanRealisasi.teks(this, b.sel().realisasi(), b.satuan()))
                .setHeader(getTranslation("persetujuan.realisasi"))
                .setWidth("8rem");
        grid.addColumn(b -> TampilanRealisasi.teks(this, b.sel().capaian(), "%"))
                .setHeader(getTranslation("persetujuan.capaian"))
                .setWidth("8rem");
        grid.addComponentColumn(b -> new DaftarBukti(buktiService, buktiService.daftar(b.realisasiId())))
                .setHeader(getTranslation("bukti.judul"))
                .setWidth("11rem");
        grid.addComponentColumn(b -> new Button(
                        getTranslation("kinerja.riwayat"),
                        e -> new RiwayatDialog(service, zonaWaktu, b.realisasiId(), b.indikator(), b.periode()).open()))
                .setHeader(getTranslation("kinerja.riwayat"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSizeFull();

        Button setujui = new Button(getTranslation("persetujuan.setujui"), e -> setujui(grid.getSelectedItems()));
        setujui.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button kembalikan =
                new Button(getTranslation("persetujuan.kembalikan"), e -> kembalikan(grid.getSelectedItems()));
        add(new HorizontalLayout(setujui, kembalikan, unduhExcel(latar, kolom)), grid);
        muat();
    }

    /** The rows waiting for the signed-in verifikator, fetched again through the service. */
    private UnduhExcel<BarisPersetujuan> unduhExcel(PekerjaanLatar latar, KolomEkspor kolom) {
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
                .kolom(
                        getTranslation("persetujuan.komponen"),
                        b -> b.komponen().stream()
                                .map(k -> k.nama() + ": "
                                        + FormatAngka.format(b.sel().nilai().get(k.kode())))
                                .collect(Collectors.joining("; ")))
                .kolom(kolom.realisasiHeader(), b -> kolom.nilai(b.sel().realisasi()))
                .kolom(getTranslation("iku.satuan"), BarisPersetujuan::satuan)
                .kolom(kolom.capaianHeader(), b -> kolom.nilai(b.sel().capaian()));
    }

    private void muat() {
        grid.setItems(service.kotakMasuk());
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
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("persetujuan.kembalikan.judul", baris.indikator()));
        TextArea catatan = new TextArea(getTranslation("persetujuan.catatan"));
        catatan.setWidth("30rem");
        catatan.setMaxLength(2000);
        catatan.setRequired(true);
        dialog.add(new Div(catatan));
        Button kirim = new Button(getTranslation("persetujuan.kembalikan"), e -> {
            if (catatan.getValue().isBlank()) {
                catatan.setErrorMessage(getTranslation("realisasi.catatan-wajib"));
                catatan.setInvalid(true);
                return;
            }
            if (jalankan(
                    () -> service.kembalikan(baris.realisasiId(), catatan.getValue()),
                    getTranslation("persetujuan.dikembalikan"))) {
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
