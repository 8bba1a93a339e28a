package id.kecamatan.kinerja.publik.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.PilihSampaiTriwulan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.TanggalPenandatanganan;
import id.kecamatan.kinerja.publik.JenisDokumenTerbit;
import id.kecamatan.kinerja.publik.PublikService;
import id.kecamatan.kinerja.publik.PublikService.DokumenPublik;
import id.kecamatan.kinerja.publik.PublikService.PengaturanPublik;
import id.kecamatan.kinerja.publik.PublikService.Terbitkan;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The Camat's page for the public page: switch it on or off (it starts off), publish a document (the PDF is made now
 * and kept as it is), and withdraw one. What the public sees is linked, to check it as a visitor would.
 */
@Route("publikasi")
@Menu(title = "menu.publikasi", order = 7.8, icon = "vaadin:globe")
@RolesAllowed("CAMAT")
public class PublikasiView extends VerticalLayout implements HasDynamicTitle {

    private final PublikService service;
    private final Clock clock;
    private final ZoneId zona;
    final Checkbox aktif = new Checkbox();
    final Grid<DokumenPublik> dokumen = new Grid<>();
    private final Anchor tautan = new Anchor();
    private long versi;

    public PublikasiView(PublikService service, Clock clock, ZoneId zona) {
        this.service = service;
        this.clock = clock;
        this.zona = zona;
        setWidthFull();
        setMaxWidth("64rem");
        addClassName("halaman-publikasi");
        add(bagianHalaman(), bagianTerbitkan(), bagianDokumen());
        muat();
    }

    private Component bagianHalaman() {
        Paragraph keterangan = new Paragraph(getTranslation("publikasi.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        aktif.setLabel(getTranslation("publikasi.aktif"));
        aktif.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                aturHalaman(e.getValue());
            }
        });
        tautan.setTarget(AnchorTarget.BLANK);
        return bagian(getTranslation("publikasi.halaman"), keterangan, aktif, new Div(tautan));
    }

    private Component bagianTerbitkan() {
        Paragraph keterangan = new Paragraph(getTranslation("publikasi.terbitkan.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        Select<JenisDokumenTerbit> jenis = new Select<>();
        jenis.setLabel(getTranslation("publikasi.jenis"));
        jenis.setItems(JenisDokumenTerbit.values());
        jenis.setItemLabelGenerator(j -> getTranslation("publikasi.jenis." + j.name()));
        jenis.setValue(JenisDokumenTerbit.PENGUKURAN_KINERJA);
        jenis.setWidth("min(22rem, 100%)");
        PilihTahun tahun = new PilihTahun(clock, 0);
        PilihSampaiTriwulan periode = new PilihSampaiTriwulan();
        TanggalPenandatanganan tanggal = new TanggalPenandatanganan(tahun, clock);
        Runnable tampilkan = () -> {
            periode.setVisible(jenis.getValue() == JenisDokumenTerbit.PENGUKURAN_KINERJA);
            tanggal.setVisible(jenis.getValue() == JenisDokumenTerbit.PERJANJIAN_KINERJA);
        };
        jenis.addValueChangeListener(e -> tampilkan.run());
        tampilkan.run();
        Button terbitkan = new Button(getTranslation("publikasi.terbitkan"));
        terbitkan.setId("terbitkan");
        terbitkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        terbitkan.setDisableOnClick(true);
        terbitkan.addClickListener(e -> {
            try {
                DokumenPublik baru = service.terbitkan(new Terbitkan(
                        jenis.getValue(), tahun.getValue(), periode.getValue().orElse(null), tanggal.getValue()));
                Pemberitahuan.berhasil(getTranslation("publikasi.terbit", baru.judul(this::getTranslation)));
                muat();
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            } finally {
                terbitkan.setEnabled(true);
            }
        });
        HorizontalLayout pilihan = new HorizontalLayout(jenis, tahun, periode, tanggal);
        pilihan.setAlignItems(FlexComponent.Alignment.BASELINE);
        // on a phone the choices go under each other instead of running off the screen
        pilihan.setWrap(true);
        return bagian(getTranslation("publikasi.terbitkan.judul"), keterangan, pilihan, terbitkan);
    }

    private Component bagianDokumen() {
        DateTimeFormatter waktu = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zona);
        dokumen.addColumn(d -> d.judul(this::getTranslation))
                .setHeader(getTranslation("publikasi.dokumen"))
                .setFlexGrow(3);
        dokumen.addColumn(d -> waktu.format(d.diterbitkanPada()) + " · " + FormatAngka.ukuranBerkas(d.ukuran()))
                .setHeader(getTranslation("publikasi.diterbitkan"))
                .setFlexGrow(2);
        dokumen.addComponentColumn(d -> {
                    Button tarik = new Button(getTranslation("publikasi.tarik"), e -> konfirmasiTarik(d));
                    tarik.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    return tarik;
                })
                .setKey("tarik")
                .setAutoWidth(true)
                .setFlexGrow(0);
        dokumen.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        dokumen.setAllRowsVisible(true);
        dokumen.setEmptyStateText(getTranslation("publik.dokumen-kosong"));
        return bagian(getTranslation("publik.dokumen"), dokumen);
    }

    private void konfirmasiTarik(DokumenPublik d) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("publikasi.tarik.judul"));
        dialog.setText(getTranslation("publikasi.tarik.teks", d.judul(this::getTranslation)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("umum.batal"));
        dialog.setConfirmText(getTranslation("publikasi.tarik"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            service.tarik(d.id());
            Pemberitahuan.berhasil(getTranslation("publikasi.ditarik"));
            muat();
        });
        dialog.open();
    }

    private void aturHalaman(boolean nyala) {
        try {
            versi = service.aturHalaman(nyala, versi);
            Pemberitahuan.berhasil(getTranslation(nyala ? "publikasi.dinyalakan" : "publikasi.dimatikan"));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("publikasi.konflik"));
        }
        muat();
    }

    private void muat() {
        PengaturanPublik pengaturan = service.pengaturan();
        versi = pengaturan.versi();
        aktif.setValue(pengaturan.aktif());
        String alamat = "/publik/" + pengaturan.kode();
        tautan.setHref(alamat);
        tautan.setText(getTranslation(pengaturan.aktif() ? "publikasi.buka" : "publikasi.mati", alamat));
        tautan.setEnabled(pengaturan.aktif());
        dokumen.setItems(pengaturan.dokumen());
    }

    private static Component bagian(String judul, Component... isi) {
        Div kartu = new Div(new H3(judul));
        kartu.add(isi);
        kartu.addClassName("kartu");
        kartu.setWidthFull();
        return kartu;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.publikasi");
    }
}
