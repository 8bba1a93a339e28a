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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Kinerja Saya on a phone: one card per indicator (the stylesheet shows them instead of the grid below 640 px), with
 * the same quarters, states and buttons as the grid; a quarter entered from a card shows in both.
 */
class KinerjaSayaKartuViewTest extends AbstractUiTest {

    private static final String PEKERJA = "Jumlah pekerja kebersihan";
    private static final int TAHUN = TahunUji.indikator(
            KinerjaSayaKartuViewTest.class, TahunUji.tahunIni() - 1, "IKI-KASI-LH-1", "IKI-KASI-LH-2");

    @Test
    void kasiMengisiTriwulanDariKartuDanTabelMenunjukkanHalYangSama() {
        loginAndNavigate("kasi.lh", "renstra");
        UI.getCurrent().navigate("kinerja-saya");
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        _setValue(tahun, TAHUN);

        List<Div> kartu = _find(Div.class, s -> s.withClasses("kartu-indikator"));
        @SuppressWarnings("unchecked")
        Grid<BarisKinerja> grid = _get(Grid.class);
        assertThat(kartu).hasSize(GridKt._size(grid)).hasSize(2);
        Div pekerja = kartu.stream()
                .filter(k -> teks(k).contains(PEKERJA))
                .findFirst()
                .orElseThrow();
        assertThat(teks(pekerja))
                .contains("IKI-KASI-LH-1", "Satuan: orang", "Rencana Aksi", "Belum disusun")
                .contains("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV");

        List<Div> triwulan = _find(pekerja, Div.class, s -> s.withClasses("satu-triwulan"));
        assertThat(triwulan).hasSize(4);
        _click(_get(triwulan.get(1), Button.class, s -> s.withText("Isi")));
        _setValue(_get(TextField.class), "41");
        _click(_get(Button.class, s -> s.withText("Simpan draf")));

        Div sesudah = _find(Div.class, s -> s.withClasses("kartu-indikator")).stream()
                .filter(k -> teks(k).contains(PEKERJA))
                .findFirst()
                .orElseThrow();
        String triwulanII = teks(
                _find(sesudah, Div.class, s -> s.withClasses("satu-triwulan")).get(1));
        assertThat(triwulanII).contains("Draf", "41 orang", "Ubah");
        int baris = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).nama().equals(PEKERJA))
                .findFirst()
                .orElseThrow();
        assertThat(teks(GridKt._getCellComponent(grid, baris, "tw2"))).contains("Draf", "41 orang");
    }

    private static String teks(Component komponen) {
        return komponen.getElement().getTextRecursively();
    }
}
