package id.kecamatan.kinerja.cadangan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.db.GalatBasisData;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.Unduhan;
import id.kecamatan.kinerja.cadangan.CadanganService;
import id.kecamatan.kinerja.cadangan.CadanganService.CadanganGagal;
import id.kecamatan.kinerja.cadangan.CadanganService.InfoCadangan;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import org.springframework.security.access.AccessDeniedException;

/** The Admin's backups: take one now, the list with size and time, download, and restore with a typed confirmation. */
@Route("cadangan")
@Menu(title = "menu.cadangan", order = 11, icon = "vaadin:database")
@RolesAllowed("ADMIN")
public class CadanganView extends VerticalLayout implements HasDynamicTitle {

    /** Typed to confirm a restore, so that it is never one click away. */
    static final String KATA_KONFIRMASI = "PULIHKAN";

    private final CadanganService service;
    private final Grid<InfoCadangan> grid = new Grid<>();

    public CadanganView(CadanganService service) {
        this.service = service;
        setSizeFull();
        Button buat = new Button(getTranslation("cadangan.buat"), e -> buat());
        buat.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buat.setDisableOnClick(true);
        buat.addClickListener(e -> buat.setEnabled(true));

        grid.addColumn(InfoCadangan::nama)
                .setHeader(getTranslation("cadangan.nama"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cadangan.waktu", Date.from(c.dibuat())))
                .setHeader(getTranslation("cadangan.dibuat"))
                .setAutoWidth(true);
        grid.addColumn(c -> FormatAngka.ukuranBerkas(c.ukuran()))
                .setHeader(getTranslation("cadangan.ukuran"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::tindakan)
                .setHeader(getTranslation("cadangan.tindakan"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("cadangan.kosong"));
        grid.setSizeFull();

        add(new Paragraph(getTranslation("cadangan.keterangan")), buat, grid);
        muat();
    }

    private void muat() {
        grid.setItems(service.daftar());
    }

    private void buat() {
        try {
            InfoCadangan baru = service.buatSekarang();
            Pemberitahuan.berhasil(
                    getTranslation("cadangan.dibuat-pesan", baru.nama(), FormatAngka.ukuranBerkas(baru.ukuran())));
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } catch (CadanganGagal gagal) {
            gagal(gagal);
        }
        muat();
    }

    private void gagal(CadanganGagal gagal) {
        Pemberitahuan.galat(
                GalatBasisData.tidakTerhubung(gagal)
                        ? getTranslation("galat.basis-data")
                        : getTranslation("cadangan.gagal", gagal.getMessage()));
    }

    private Component tindakan(InfoCadangan cadangan) {
        Anchor unduh = new Anchor(unduhan(cadangan.nama()), AttachmentType.DOWNLOAD, getTranslation("cadangan.unduh"));
        Button pulihkan = new Button(getTranslation("cadangan.pulihkan"), e -> konfirmasiPulihkan(cadangan));
        pulihkan.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        HorizontalLayout tindakan = new HorizontalLayout(unduh, pulihkan);
        tindakan.setAlignItems(Alignment.CENTER);
        return tindakan;
    }

    private void konfirmasiPulihkan(InfoCadangan cadangan) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cadangan.pulihkan.judul", cadangan.nama()));
        dialog.setWidth("34rem");
        TextField konfirmasi = new TextField(getTranslation("cadangan.pulihkan.ketik", KATA_KONFIRMASI));
        konfirmasi.setWidthFull();
        konfirmasi.setValueChangeMode(ValueChangeMode.EAGER);
        dialog.add(
                new Paragraph(getTranslation(
                        "cadangan.pulihkan.peringatan",
                        getTranslation("cadangan.waktu", Date.from(cadangan.dibuat())))),
                konfirmasi);
        Button pulihkan = new Button(getTranslation("cadangan.pulihkan"), e -> {
            try {
                service.pulihkan(cadangan.nama());
                dialog.close();
                Pemberitahuan.berhasil(getTranslation("cadangan.dipulihkan", cadangan.nama()));
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            } catch (CadanganGagal gagal) {
                gagal(gagal);
            }
            muat();
        });
        pulihkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        pulihkan.setEnabled(false);
        konfirmasi.addValueChangeListener(
                e -> pulihkan.setEnabled(KATA_KONFIRMASI.equals(e.getValue().strip())));
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), pulihkan);
        dialog.open();
        konfirmasi.focus();
    }

    /** Asks the service at download time, so the Admin check runs again on the request for the file. */
    private DownloadHandler unduhan(String nama) {
        return event -> {
            Path berkas;
            try {
                berkas = service.berkas(nama);
            } catch (AccessDeniedException | AturanDilanggar ditolak) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            }
            Unduhan.kirim(
                    event, nama, "application/gzip", Files.size(berkas), keluaran -> Files.copy(berkas, keluaran));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.cadangan");
    }
}
