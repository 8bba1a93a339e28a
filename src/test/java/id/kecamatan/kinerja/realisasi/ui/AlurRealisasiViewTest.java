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
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisPersetujuan;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The quarterly flow through the screens, as the people do it: a Kasi enters and submits, the Sekcam returns
 * it with a note, the Kasi sees the note, fixes and resubmits, the Sekcam approves and the row is locked;
 * the Camat approves the Sekcam's own submission. Last year, which the picker offers and whose triwulan have all
 * started; the class claims the two indicators it writes in it. In the inbox, which holds every year's submissions,
 * only the rows of that year are looked at.
 */
class AlurRealisasiViewTest extends AbstractUiTest {

    private static final String KESESUAIAN = "Tingkat kesesuaian data Non kependudukan terhadap data desa";
    private static final String PUAS = "Persentase aparatur OPD yang puas terhadap pelayanan administrasi perkantoran";
    private static final int TAHUN =
            TahunUji.indikator(AlurRealisasiViewTest.class, TahunUji.tahunIni() - 1, "IKI-KASI-PEM-4", "IKI-SEKCAM-1");

    @Test
    void kasiMengajukanSekcamMengembalikanLaluMenyetujui() {
        bukaKinerjaSaya("kasi.pemerintahan");
        klikDiSel(KESESUAIAN, 2, "Isi");
        _setValue(_get(TextField.class), "1.204");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("pratinjau")))
                .singleElement()
                .extracting(d -> d.getText())
                .asString()
                .startsWith("Realisasi: 1.204 data");
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));
        assertThat(teksSel(KESESUAIAN, 2)).contains("Diajukan").doesNotContain("Ubah");

        bukaPersetujuan("sekcam");
        Grid<BarisPersetujuan> kotak = gridPersetujuan();
        pilih(kotak, KESESUAIAN);
        // the toolbar's button, first on the page; each phone card has one of its own
        _click(_find(Button.class, s -> s.withText("Kembalikan")).getFirst());
        _setValue(_get(TextArea.class), "Lampirkan berita acara pencocokan data");
        _click(_find(Button.class, s -> s.withText("Kembalikan")).getLast());

        bukaKinerjaSaya("kasi.pemerintahan");
        assertThat(teksSel(KESESUAIAN, 2)).contains("Dikembalikan", "Lampirkan berita acara pencocokan data");
        klikDiSel(KESESUAIAN, 2, "Ubah");
        assertThat(_get(TextField.class).getValue()).isEqualTo("1.204");
        _setValue(_get(TextField.class), "1.210");
        _setValue(_find(TextArea.class).getLast(), "berita acara terlampir");
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));

        bukaPersetujuan("sekcam");
        Grid<BarisPersetujuan> kotakMasuk = gridPersetujuan();
        int baris = baris(kotakMasuk, KESESUAIAN);
        _click(_get(komponenSel(kotakMasuk, baris, "Riwayat"), Button.class, s -> s.withText("Riwayat")));
        assertThat(_find(Grid.class))
                .as("the inbox, the plans' inbox and the history")
                .hasSize(3);
        _click(_get(Button.class, s -> s.withText("Tutup")));
        pilih(gridPersetujuan(), KESESUAIAN);
        _click(_get(Button.class, s -> s.withText("Setujui yang dipilih")));
        assertThat(gridPersetujuan()
                        .getListDataView()
                        .getItems()
                        .filter(b -> b.periode().tahun() == TAHUN)
                        .map(BarisPersetujuan::indikator))
                .doesNotContain(KESESUAIAN);

        bukaKinerjaSaya("kasi.pemerintahan");
        assertThat(teksSel(KESESUAIAN, 2)).contains("Disetujui", "1.210").doesNotContain("Ubah", "Isi");
    }

    @Test
    void camatMenyetujuiPengajuanSekcam() {
        bukaPersetujuan("camat");
        int menungguSebelum = lencana("Persetujuan");
        bukaKinerjaSaya("sekcam");
        klikDiSel(PUAS, 2, "Isi");
        List<TextField> isian = _find(TextField.class);
        _setValue(isian.get(0), "27");
        _setValue(isian.get(1), "30");
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));

        bukaPersetujuan("camat");
        assertThat(lencana("Persetujuan")).isEqualTo(menungguSebelum + 1);
        pilih(gridPersetujuan(), PUAS);
        _click(_get(Button.class, s -> s.withText("Setujui yang dipilih")));

        bukaKinerjaSaya("sekcam");
        assertThat(teksSel(PUAS, 2)).contains("Disetujui", "90,00 %");
    }

    private void bukaKinerjaSaya(String username) {
        logout();
        loginAndNavigate(username, "renstra");
        UI.getCurrent().navigate("kinerja-saya");
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        _setValue(tahun, TAHUN);
    }

    /** The count beside a menu entry, 0 when there is none. */
    private static int lencana(String menu) {
        return _find(SideNavItem.class, s -> s.withLabel(menu)).stream()
                .map(SideNavItem::getSuffixComponent)
                .filter(Objects::nonNull)
                .map(c -> Integer.parseInt(c.getElement().getText()))
                .findFirst()
                .orElse(0);
    }

    private void bukaPersetujuan(String username) {
        logout();
        loginAndNavigate(username, "renstra");
        UI.getCurrent().navigate("persetujuan");
    }

    @SuppressWarnings("unchecked")
    private static Grid<BarisKinerja> gridKinerja() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BarisPersetujuan> gridPersetujuan() {
        return _get(Grid.class, s -> s.withId("kotak-realisasi"));
    }

    private static String teksSel(String indikator, int triwulan) {
        Grid<BarisKinerja> grid = gridKinerja();
        int baris = barisDengan(grid, "Indikator", indikator);
        return komponenSel(grid, baris, "Triwulan " + "I".repeat(triwulan).replace("IIII", "IV"))
                .getElement()
                .getTextRecursively();
    }

    private static void klikDiSel(String indikator, int triwulan, String tombol) {
        Grid<BarisKinerja> grid = gridKinerja();
        int baris = barisDengan(grid, "Indikator", indikator);
        Component sel =
                komponenSel(grid, baris, "Triwulan " + "I".repeat(triwulan).replace("IIII", "IV"));
        _click(_get(sel, Button.class, s -> s.withText(tombol)));
    }

    private static void pilih(Grid<BarisPersetujuan> grid, String indikator) {
        grid.asMultiSelect().select(GridKt._get(grid, baris(grid, indikator)));
    }

    /** The only row of the inbox for the indicator in {@link #TAHUN}. */
    private static int baris(Grid<BarisPersetujuan> grid, String indikator) {
        List<Integer> cocok = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).indikator().equals(indikator)
                        && GridKt._get(grid, i).periode().tahun() == TAHUN)
                .boxed()
                .toList();
        assertThat(cocok).as("inbox rows of %s in %d", indikator, TAHUN).hasSize(1);
        return cocok.getFirst();
    }
}
