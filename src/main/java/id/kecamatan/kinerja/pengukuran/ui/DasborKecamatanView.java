package id.kecamatan.kinerja.pengukuran.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.pengukuran.CapaianService;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.pengukuran.CapaianService.Dasbor;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService;
import id.kecamatan.kinerja.realisasi.Tenggat;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One kecamatan's dashboard as its kabupaten reads it: the same cards, tables and trend as the Camat's, from its
 * approved figures only, without the status of rows not approved and without a way into the office's pages.
 */
@Route("kabupaten/:kode")
@RolesAllowed("KABUPATEN")
public class DasborKecamatanView extends DasborView implements BeforeEnterObserver {

    private final CapaianService service;
    private final PerbandinganKabupatenService perbandinganService;
    private final H2 judul = new H2();
    private @Nullable String kode;
    private String nama = "";

    public DasborKecamatanView(
            CapaianService service,
            PerbandinganKabupatenService perbandinganService,
            Clock clock,
            Tenggat tenggat,
            PekerjaanLatar latar) {
        super(service, clock, tenggat, latar, false);
        this.service = service;
        this.perbandinganService = perbandinganService;
        Button kembali = new Button(
                getTranslation("kabupaten.kembali"),
                VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("kabupaten")));
        kembali.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addComponentAsFirst(new Paragraph(getTranslation("kabupaten.dasbor-keterangan")));
        addComponentAsFirst(judul);
        addComponentAsFirst(kembali);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kode = event.getRouteParameters().get("kode").orElseThrow();
        try {
            nama = perbandinganService.namaKecamatan(kode);
        } catch (AccessDeniedException ditolak) {
            // a kode outside the kabupaten: refused and logged by the service, shown as a page that does not exist
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // the same view serves the next kecamatan the user opens: only its title and figures change
        judul.setText(getTranslation("kabupaten.dasbor-judul", nama));
        muat();
    }

    @Override
    protected Dasbor muatDasbor(Periode sampai) {
        return service.dasborKecamatan(kode(), sampai);
    }

    @Override
    protected List<BarisCapaian> pengukuran(Periode sampai) {
        return muatDasbor(sampai).indikator();
    }

    private String kode() {
        if (kode == null) {
            throw new IllegalStateException("kode kecamatan belum dibaca");
        }
        return kode;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kabupaten.dasbor-judul", nama);
    }
}
