package id.kecamatan.kinerja.realisasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.pengukuran.ui.DasborView;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.Penyimpangan;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.RencanaIndikator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The Rencana Aksi through the screens, as the people do it: the Kasi plans triwulan I in Kinerja Saya (a negative
 * target is refused at the field and nothing is saved), submits; the Sekcam approves it in Persetujuan; another Kasi
 * reads the approved plan in the Rincian; once a realisasi below the plan is approved, the Camat's dashboard lists it.
 */
class RencanaAksiViewTest extends AbstractUiTest {

    private static final String KODE = "IKI-KASI-TRANTIB-1";
    private static final String TRANTIB = "Persentase Kegiatan kantrantibmas yang terfasilitasi";
    private static final int TAHUN = TahunUji.indikator(RencanaAksiViewTest.class, TahunUji.tahunIni() - 1, KODE);

    @Test
    void kasiMenyusunSekcamMenyetujuiKasiLainMembacaCamatMelihatPenyimpangan() {
        bukaKinerjaSaya("kasi.trantib");
        assertThat(teks(sel(TRANTIB, "rencana-aksi"))).contains("Belum disusun");
        _click(_get(sel(TRANTIB, "rencana-aksi"), Button.class, s -> s.withText("Susun")));
        List<TextField> target = _find(TextField.class, s -> s.withLabel("Target (kegiatan)"));
        assertThat(target).hasSize(4);
        _setValue(target.get(0), "2");
        _setValue(target.get(1), "-3");
        _click(_find(Button.class, s -> s.withText("+ Tambah kegiatan")).getFirst());
        _setValue(_get(TextField.class, s -> s.withLabel("Kegiatan")), "Patroli gabungan");
        _setValue(_get(TextField.class, s -> s.withLabel("Pelaksana")), "Satpol PP");
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));
        assertThat(target.get(1).isInvalid()).isTrue();
        assertThat(target.get(1).getErrorMessage()).contains("tidak boleh negatif");
        assertThat(rencanaSaya().rencanaId()).as("nothing saved").isNull();

        _setValue(target.get(1), "");
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));
        assertThat(teks(sel(TRANTIB, "rencana-aksi"))).contains("Diajukan").contains("Lihat");

        logout();
        loginAndNavigate("sekcam", "persetujuan");
        Grid<RencanaIndikator> kotak = gridRencana();
        int baris = IntStream.range(0, GridKt._size(kotak))
                .filter(i -> GridKt._get(kotak, i).kode().equals(KODE)
                        && GridKt._get(kotak, i).tahun() == TAHUN)
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(kotak, baris))
                .anySatisfy(kolom -> assertThat(kolom).contains("I: 2 · II: belum direncanakan"));
        _click(_get(GridKt._getCellComponent(kotak, baris, "tindakan"), Button.class, s -> s.withText("Setujui")));
        assertThat(gridRencana().getGenericDataView().getItems().map(RencanaIndikator::kode))
                .doesNotContain(KODE);

        bukaKinerjaSaya("kasi.trantib");
        assertThat(teks(sel(TRANTIB, "rencana-aksi"))).contains("Disetujui").doesNotContain("Susun");
        assertThat(teks(sel(TRANTIB, "tw1"))).contains("Rencana: 2 kegiatan");
        assertThat(teks(sel(TRANTIB, "tw2"))).contains("Rencana: belum direncanakan");

        logout();
        loginAndNavigate("kasi.lh", "rincian/" + rencanaSaya("kasi.trantib").indikatorId() + "/" + TAHUN);
        @SuppressWarnings("unchecked")
        Grid<Triwulan> rincian = _get(Grid.class);
        assertThat(teks(GridKt._getCellComponent(rincian, 0, "rencana-aksi")))
                .contains("Rencana: 2 kegiatan", "Patroli gabungan (Satpol PP)");

        // one kegiatan held in triwulan I, approved: behind the plan's 2
        RealisasiService realisasi = ctx.getBean(RealisasiService.class);
        login("kasi.trantib");
        SelTriwulan sel = realisasi.simpanDraf(new SimpanDraf(
                rencanaSaya().indikatorId(),
                new Periode(TAHUN, Triwulan.I),
                Map.of("KEGIATAN_KANTRANTIBMAS", BigDecimal.ONE),
                null,
                null,
                null));
        realisasi.ajukan(List.of(sel.realisasiId()));
        login("sekcam");
        realisasi.setujui(List.of(sel.realisasiId()));

        logout();
        loginAndNavigate("camat", "dasbor");
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        tahun.setValue(TAHUN);
        @SuppressWarnings("unchecked")
        Select<Triwulan> sampai = _get(Select.class, s -> s.withLabel("Sampai dengan"));
        sampai.setValue(Triwulan.IV);
        assertThat(_get(DasborView.class).getElement().getTextRecursively()).contains("Di bawah Rencana Aksi");
        assertThat(penyimpangan()).singleElement().satisfies(p -> {
            assertThat(p.kode()).isEqualTo(KODE);
            assertThat(p.banding().triwulan()).isEqualTo(Triwulan.I);
        });
    }

    private void bukaKinerjaSaya(String username) {
        logout();
        loginAndNavigate(username, "renstra");
        UI.getCurrent().navigate("kinerja-saya");
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        _setValue(tahun, TAHUN);
    }

    private RencanaIndikator rencanaSaya() {
        return ctx.getBean(RencanaAksiService.class).milikSaya(TAHUN).stream()
                .filter(r -> r.kode().equals(KODE))
                .findFirst()
                .orElseThrow();
    }

    private RencanaIndikator rencanaSaya(String username) {
        login(username);
        return rencanaSaya();
    }

    private static Component sel(String indikator, String kolom) {
        @SuppressWarnings("unchecked")
        Grid<BarisKinerja> grid = _get(Grid.class);
        int baris = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).nama().equals(indikator))
                .findFirst()
                .orElseThrow();
        return GridKt._getCellComponent(grid, baris, kolom);
    }

    @SuppressWarnings("unchecked")
    private static Grid<RencanaIndikator> gridRencana() {
        return _get(Grid.class, s -> s.withId("kotak-rencana-aksi"));
    }

    @SuppressWarnings("unchecked")
    private static List<Penyimpangan> penyimpangan() {
        return _find(Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof Penyimpangan)
                .findFirst()
                .map(g -> (List<Penyimpangan>) GridKt._findAll(g))
                .orElse(List.of());
    }

    private static String teks(Component komponen) {
        return komponen.getElement().getTextRecursively();
    }
}
