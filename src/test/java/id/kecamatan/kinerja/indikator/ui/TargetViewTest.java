package id.kecamatan.kinerja.indikator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import org.junit.jupiter.api.Test;

/** The Sekcam sets a target in the grid's buffered editor; a wrong number is refused at the field and kept. */
class TargetViewTest extends AbstractUiTest {

    private static final String INDIKATOR = "IKI-KASI-LH-1 · Jumlah pekerja kebersihan";

    /**
     * Next year, the last the picker offers, which has not started: claimed, as the target written stays. It moves
     * with the clock; should it ever be a year another class claims, or one the sample data writes targets in, the
     * claim fails and says so.
     */
    private static final int TAHUN_DEPAN = TahunUji.milik(TargetViewTest.class, TahunUji.tahunIni() + 1);

    @Test
    void sekcamMenetapkanTargetTahunDepanDiEditorBaris() {
        loginAndNavigate("sekcam", "target");
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        int tahunDepan =
                tahun.getListDataView().getItems().max(Integer::compare).orElseThrow();
        assertThat(tahunDepan).as("the year claimed").isEqualTo(TAHUN_DEPAN);
        _setValue(tahun, tahunDepan);
        Grid<TargetView.Isian> grid = grid();
        int baris = barisDengan(grid, "Indikator", INDIKATOR);
        grid.getEditor().editItem(grid.getListDataView().getItem(baris));
        MockVaadin.clientRoundtrip(false); // the editor opens on the next round trip, as in the browser
        TextField tahunan = (TextField) grid.getColumns().get(2).getEditorComponent();

        _setValue(tahunan, "dua belas");
        assertThat(grid.getEditor().save()).isFalse();
        assertThat(grid.getEditor().getBinder().validate().getFieldValidationErrors())
                .extracting(e -> e.getMessage().orElseThrow())
                .containsExactly("Isian harus berupa angka, mis. 56,86.");
        assertThat(grid.getEditor().isOpen()).isTrue();
        assertThat(tahunan.isInvalid()).isTrue();
        assertThat(tahunan.getValue()).isEqualTo("dua belas");

        _setValue(tahunan, "1.250,5");
        assertThat(grid.getEditor().save()).isTrue();
        Grid<TargetView.Isian> dimuatUlang = grid();
        assertThat(teksSel(dimuatUlang, barisDengan(dimuatUlang, "Indikator", INDIKATOR), "Tahunan"))
                .isEqualTo("1.250,5");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TargetView.Isian> grid() {
        return _get(Grid.class);
    }
}
