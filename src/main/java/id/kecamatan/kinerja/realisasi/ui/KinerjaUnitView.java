package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanUnit;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisUnit;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Every indicator of every jabatan in one unit kerja × Triwulan I–IV, with status colours. The user's own rows
 * are edited in place; rows not yet approved, and the history of every row, show only to their owner, verifikator
 * and the Camat; the verifikator or the Camat may reopen an approved row with a reason.
 */
@Route("seksi")
@Menu(title = "menu.seksi", order = 2, icon = "vaadin:grid-small")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class KinerjaUnitView extends VerticalLayout implements HasDynamicTitle {

    private final RealisasiService service;
    private final BuktiDukungService buktiService;
    private final Clock clock;
    private final Tenggat tenggat;
    private final ZoneId zonaWaktu;
    private final Select<PilihanUnit> unit = new Select<>();
    private final PilihTahun tahun;
    private final Grid<BarisUnit> grid = new Grid<>();

    public KinerjaUnitView(
            RealisasiService service,
            BuktiDukungService buktiService,
            OrganisasiService organisasi,
            Clock clock,
            Tenggat tenggat,
            ZoneId zonaWaktu,
            PekerjaanLatar latar) {
        this.service = service;
        this.buktiService = buktiService;
        this.clock = clock;
        this.tenggat = tenggat;
        this.zonaWaktu = zonaWaktu;
        setSizeFull();
        unit.setLabel(getTranslation("seksi.unit"));
        unit.setItems(organisasi.daftarUnit());
        unit.setItemLabelGenerator(PilihanUnit::nama);
        unit.setWidth("22rem");
        tahun = new PilihTahun(clock, 0);
        unit.addValueChangeListener(e -> muat());
        tahun.addValueChangeListener(e -> muat());

        grid.addColumn(BarisUnit::jabatan)
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setWidth("9rem");
        grid.addColumn(b -> b.kode() + " · " + b.nama())
                .setHeader(getTranslation("kinerja.indikator"))
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(b -> FormatAngka.nilai(b.targetTahunan(), b.satuan()))
                .setHeader(getTranslation("kinerja.target"))
                .setWidth("6rem")
                .setFlexGrow(0);
        for (Triwulan tw : Triwulan.values()) {
            grid.addComponentColumn(b -> sel(b, new Periode(tahun.getValue(), tw)))
                    .setHeader(getTranslation("triwulan." + tw.nomor()))
                    .setWidth("10rem")
                    .setKey("tw" + tw.nomor());
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSizeFull();
        KolomEkspor kolom = new KolomEkspor(this);
        UnduhExcel<BarisUnit> unduh = new UnduhExcel<BarisUnit>(latar, "kinerja-per-seksi", () -> {
                    PilihanUnit dipilih = unit.getValue();
                    if (dipilih == null) {
                        throw new AturanDilanggar("unduh.pilih-unit");
                    }
                    int diTahun = tahun.getValue();
                    return new Ekspor<>(
                            List.of(
                                    getTranslation("menu.seksi"),
                                    getTranslation("unduh.unit", dipilih.nama()),
                                    getTranslation("unduh.tahun", diTahun)),
                            () -> service.kinerjaUnit(dipilih.id(), diTahun));
                })
                .kolom(getTranslation("persetujuan.jabatan"), BarisUnit::jabatan)
                .kolom(getTranslation("kinerja.indikator"), b -> b.kode() + " · " + b.nama())
                .kolom(getTranslation("iku.satuan"), BarisUnit::satuan)
                .kolom(getTranslation("kinerja.target"), BarisUnit::targetTahunan);
        kolom.triwulan(unduh, BarisUnit::sel);
        HorizontalLayout alat = new HorizontalLayout(unit, tahun, unduh);
        alat.setAlignItems(Alignment.BASELINE);
        // on a phone the year and the download go below the unit instead of off the screen
        alat.setWrap(true);
        add(alat, grid);
        unit.getListDataView().getItems().findFirst().ifPresent(unit::setValue);
    }

    private void muat() {
        if (unit.getValue() != null) {
            grid.setItems(service.kinerjaUnit(unit.getValue().id(), tahun.getValue()));
        }
    }

    private Component sel(BarisUnit baris, Periode periode) {
        SelTriwulan sel = baris.sel(periode.triwulan());
        Div isi = TampilanRealisasi.sel(this, sel, baris.satuan(), sel != null && sel.terlambat());
        HorizontalLayout tombol = new HorizontalLayout();
        tombol.setSpacing(false);
        tombol.addClassName("tombol-sel");
        boolean dapatDiubah = sel == null || sel.status().dapatDiubah();
        if (baris.milikSaya() && dapatDiubah && tenggat.sudahBerjalan(periode, clock)) {
            tombol.add(new Button(
                    getTranslation(sel == null ? "kinerja.isi" : "kinerja.ubah"),
                    e -> new EditorRealisasi(service, buktiService, baris.sebagaiKinerja(), periode, sel, this::muat)
                            .open()));
        }
        // approved figures are for everyone, their history only for those the service lets read the row
        if (sel != null && baris.dapatMembaca()) {
            tombol.add(new Button(
                    getTranslation("kinerja.riwayat"),
                    e -> new RiwayatDialog(service, zonaWaktu, sel.realisasiId(), baris.nama(), periode).open()));
        }
        if (sel != null && sel.status() == StatusRealisasi.DISETUJUI && baris.dapatMembukaKembali()) {
            tombol.add(new Button(getTranslation("seksi.buka-kembali"), e -> bukaKembali(baris, sel)));
        }
        isi.add(tombol);
        return isi;
    }

    private void bukaKembali(BarisUnit baris, SelTriwulan sel) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("seksi.buka-kembali.judul", baris.nama()));
        TextArea alasan = new TextArea(getTranslation("seksi.alasan"));
        alasan.setWidthFull();
        alasan.setMaxLength(2000);
        alasan.setRequired(true);
        dialog.setWidth("32rem");
        dialog.add(alasan);
        Button kirim = new Button(getTranslation("seksi.buka-kembali"), e -> {
            try {
                service.bukaKembali(sel.realisasiId(), alasan.getValue());
                Pemberitahuan.berhasil(getTranslation("seksi.dibuka-kembali"));
                dialog.close();
            } catch (AturanDilanggar ditolak) {
                alasan.setErrorMessage(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
                alasan.setInvalid(true);
            } catch (ObjectOptimisticLockingFailureException konflik) {
                Pemberitahuan.galat(getTranslation("kinerja.konflik"));
            }
            muat();
        });
        kirim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), kirim);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.seksi");
    }
}
