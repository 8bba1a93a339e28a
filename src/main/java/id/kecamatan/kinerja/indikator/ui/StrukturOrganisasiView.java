package id.kecamatan.kinerja.indikator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.ui.Peringatan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.IndikatorService.PilihanJabatan;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.OrganisasiService.BarisJabatan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.Pemegang;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Units, jabatan, who holds them, atasan and verifikator, and the jabatan the plan gives no indicator. */
@Route("struktur")
@Menu(title = "menu.struktur", order = 6, icon = "vaadin:sitemap")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class StrukturOrganisasiView extends VerticalLayout implements HasDynamicTitle {

    public StrukturOrganisasiView(
            OrganisasiService organisasiService, IndikatorService indikatorService, PekerjaanLatar latar) {
        setSizeFull();
        Map<Long, Long> jumlahIndikator = indikatorService.daftarJabatan().stream()
                .collect(Collectors.toMap(PilihanJabatan::id, PilihanJabatan::jumlahIndikator));
        for (PilihanJabatan celah : indikatorService.jabatanTanpaIndikator()) {
            add(new Peringatan(
                    getTranslation("struktur.celah", celah.nama(), celah.unit() == null ? "–" : celah.unit())));
        }
        Grid<BarisJabatan> grid = new Grid<>();
        grid.addColumn(j -> j.unit() == null ? getTranslation("struktur.pimpinan") : j.unit())
                .setHeader(getTranslation("struktur.unit"))
                .setFlexGrow(1);
        grid.addColumn(BarisJabatan::nama)
                .setHeader(getTranslation("struktur.jabatan"))
                .setFlexGrow(2);
        grid.addColumn(j -> getTranslation("peran." + j.peran()))
                .setHeader(getTranslation("struktur.peran"))
                .setAutoWidth(true);
        grid.addColumn(j -> j.pemegang().isEmpty()
                        ? getTranslation("struktur.kosong")
                        : j.pemegang().stream().map(this::pemegang).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("struktur.pemegang"))
                .setFlexGrow(2);
        grid.addColumn(j -> j.atasan() == null ? "–" : j.atasan())
                .setHeader(getTranslation("struktur.atasan"))
                .setFlexGrow(1);
        grid.addColumn(j -> j.verifikator() == null ? "–" : j.verifikator())
                .setHeader(getTranslation("struktur.verifikator"))
                .setFlexGrow(1);
        grid.addColumn(j -> jumlahIndikator.getOrDefault(j.id(), 0L))
                .setHeader(getTranslation("struktur.jumlah-indikator"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(organisasiService.struktur());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        String pimpinan = getTranslation("struktur.pimpinan");
        String kosong = getTranslation("struktur.kosong");
        Map<Peran, String> peran = new EnumMap<>(Peran.class);
        for (Peran p : Peran.values()) {
            peran.put(p, getTranslation("peran." + p));
        }
        String contoh = getTranslation("umum.contoh");
        UnduhExcel<BarisJabatan> unduh = new UnduhExcel<BarisJabatan>(
                        latar,
                        "struktur-organisasi",
                        () -> new Ekspor<>(List.of(getTranslation("menu.struktur")), organisasiService::struktur))
                .kolom(getTranslation("struktur.unit"), j -> j.unit() == null ? pimpinan : j.unit())
                .kolom(getTranslation("struktur.jabatan"), BarisJabatan::nama)
                .kolom(getTranslation("struktur.peran"), j -> peran.get(j.peran()))
                .kolom(
                        getTranslation("struktur.pemegang"),
                        j -> j.pemegang().isEmpty()
                                ? kosong
                                : j.pemegang().stream()
                                        .map(p -> p.nama() + (p.dataContoh() ? " " + contoh : ""))
                                        .collect(Collectors.joining("; ")))
                .kolom(
                        "NIP",
                        j -> j.pemegang().stream()
                                .map(p -> p.nip() == null ? "–" : p.nip())
                                .collect(Collectors.joining("; ")))
                .kolom(getTranslation("struktur.atasan"), BarisJabatan::atasan)
                .kolom(getTranslation("struktur.verifikator"), BarisJabatan::verifikator)
                .kolom(getTranslation("struktur.jumlah-indikator"), j -> jumlahIndikator.getOrDefault(j.id(), 0L));
        add(unduh, grid);
    }

    private String pemegang(Pemegang p) {
        String teks = p.nip() == null ? p.nama() : p.nama() + " (" + getTranslation("umum.nip", p.nip()) + ")";
        return p.dataContoh() ? teks + " " + getTranslation("umum.contoh") : teks;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.struktur");
    }
}
