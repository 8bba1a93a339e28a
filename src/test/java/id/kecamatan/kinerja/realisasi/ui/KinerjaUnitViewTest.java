package id.kecamatan.kinerja.realisasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanUnit;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisPersetujuan;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisUnit;
import org.junit.jupiter.api.Test;

/**
 * The grid per unit kerja: the owner edits in place, another section's Kasi does not see a draft, the Sekcam
 * approves elsewhere and reopens an approved row here with a reason. Year 2023, IKI-KASI-LH-2 (Triwulan III),
 * which no other test writes.
 */
class KinerjaUnitViewTest extends AbstractUiTest {

    private static final String JALAN = "Panjang jalan yang terpelihara";
    private static final String[] ROMAWI = {"", "I", "II", "III", "IV"};

    @Test
    void drafHanyaTampakBagiYangBerhakDanSekcamMembukaKembali() {
        buka("kasi.lh");
        klik(JALAN, 3, "Isi");
        _setValue(_get(TextField.class), "12,5");
        _click(_get(Button.class, s -> s.withText("Simpan draf")));
        assertThat(teks(JALAN, 3)).contains("Draf", "12,5 km");

        buka("kasi.pemerintahan");
        assertThat(teks(JALAN, 3)).as("another section's draft").contains("Belum diisi").doesNotContain("12,5");

        buka("kasi.lh");
        klik(JALAN, 3, "Ubah");
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));
        buka("sekcam");
        UI.getCurrent().navigate("persetujuan");
        @SuppressWarnings("unchecked")
        Grid<BarisPersetujuan> kotak = _get(Grid.class);
        kotak.asMultiSelect().select(kotak.getListDataView().getItems()
                .filter(b -> b.indikator().equals(JALAN) && b.tahun() == 2023).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withText("Setujui yang dipilih")));

        buka("kasi.pemerintahan");
        assertThat(teks(JALAN, 3)).as("approved figures are for everyone").contains("Disetujui", "12,5 km")
                .doesNotContain("Buka kembali");

        buka("sekcam");
        klik(JALAN, 3, "Buka kembali");
        _click(_find(Button.class, s -> s.withText("Buka kembali")).getLast());
        assertThat(_get(TextArea.class).isInvalid()).as("a reason is required").isTrue();
        _setValue(_get(TextArea.class), "Panjang ruas dikoreksi dinas PU");
        _click(_find(Button.class, s -> s.withText("Buka kembali")).getLast());

        buka("kasi.lh");
        assertThat(teks(JALAN, 3)).contains("Dikembalikan");
    }

    private void buka(String username) {
        logout();
        loginAndNavigate(username, "renstra");
        UI.getCurrent().navigate("seksi");
        @SuppressWarnings("unchecked")
        Select<PilihanUnit> unit = _get(Select.class, s -> s.withLabel("Unit kerja"));
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.kode().equals("LH")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        _setValue(tahun, 2023);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BarisUnit> grid() {
        return _get(Grid.class);
    }

    private static String teks(String indikator, int triwulan) {
        Grid<BarisUnit> grid = grid();
        return komponenSel(grid, barisDengan(grid, "Indikator", indikator), "Triwulan " + ROMAWI[triwulan]).getElement()
                .getTextRecursively();
    }

    private static void klik(String indikator, int triwulan, String tombol) {
        Grid<BarisUnit> grid = grid();
        var sel = komponenSel(grid, barisDengan(grid, "Indikator", indikator), "Triwulan " + ROMAWI[triwulan]);
        _click(_get(sel, Button.class, s -> s.withText(tombol)));
    }
}
