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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The screens of a phone: cards (the stylesheet shows them instead of the grid below 640 px) with the same quarters,
 * states and buttons as the grid. The Kasi enters and submits two quarters from Kinerja Saya's cards; the Sekcam
 * approves one and returns the other with a note from Persetujuan's cards; the Kasi's cards show both outcomes.
 */
class PonselViewTest extends AbstractUiTest {

    private static final String PEKERJA = "Jumlah pekerja kebersihan";
    private static final String JALAN = "Panjang jalan yang terpelihara";
    private static final int TAHUN =
            TahunUji.indikator(PonselViewTest.class, TahunUji.tahunIni() - 1, "IKI-KASI-LH-1", "IKI-KASI-LH-2");

    @Test
    void kasiMengajukanDariKartuSekcamMenyetujuiDanMengembalikanDariKartu() {
        bukaKinerjaSaya();
        List<Div> kartu = _find(Div.class, s -> s.withClasses("kartu-indikator"));
        @SuppressWarnings("unchecked")
        Grid<BarisKinerja> grid = _get(Grid.class);
        assertThat(kartu).hasSize(GridKt._size(grid)).hasSize(2);
        assertThat(teks(kartu(PEKERJA)))
                .contains("IKI-KASI-LH-1", "Satuan: orang", "Rencana Aksi", "Belum disusun")
                .contains("Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV");

        ajukanDariKartu(PEKERJA, "41");
        assertThat(teks(triwulanII(PEKERJA))).contains("Diajukan", "41 orang").doesNotContain("Ubah");
        int baris = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).nama().equals(PEKERJA))
                .findFirst()
                .orElseThrow();
        assertThat(teks(GridKt._getCellComponent(grid, baris, "tw2"))).contains("Diajukan", "41 orang");
        ajukanDariKartu(JALAN, "12,5");

        logout();
        loginAndNavigate("sekcam", "persetujuan");
        _click(_get(kartuMasuk(PEKERJA), Button.class, s -> s.withText("Setujui")));
        assertThat(_find(Div.class, s -> s.withClasses("kartu-indikator")).stream()
                        .filter(k -> teks(k).contains(PEKERJA) && teks(k).contains(String.valueOf(TAHUN))))
                .isEmpty();
        _click(_get(kartuMasuk(JALAN), Button.class, s -> s.withText("Kembalikan")));
        _setValue(_get(TextArea.class), "Lampirkan foto ruas jalan");
        _click(_find(Button.class, s -> s.withText("Kembalikan")).getLast());

        bukaKinerjaSaya();
        assertThat(teks(triwulanII(PEKERJA))).contains("Disetujui", "41 orang");
        assertThat(teks(triwulanII(JALAN))).contains("Dikembalikan", "Lampirkan foto ruas jalan", "Ubah");
    }

    private void bukaKinerjaSaya() {
        logout();
        loginAndNavigate("kasi.lh", "renstra");
        UI.getCurrent().navigate("kinerja-saya");
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        _setValue(tahun, TAHUN);
    }

    private static void ajukanDariKartu(String indikator, String nilai) {
        _click(_get(triwulanII(indikator), Button.class, s -> s.withText("Isi")));
        _setValue(_get(TextField.class), nilai);
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));
    }

    private static Div kartu(String indikator) {
        return _find(Div.class, s -> s.withClasses("kartu-indikator")).stream()
                .filter(k -> teks(k).contains(indikator))
                .findFirst()
                .orElseThrow();
    }

    private static Div triwulanII(String indikator) {
        List<Div> triwulan = _find(kartu(indikator), Div.class, s -> s.withClasses("satu-triwulan"));
        assertThat(triwulan).hasSize(4);
        return triwulan.get(1);
    }

    /** The inbox card of the indicator's quarter of {@link #TAHUN}. */
    private static Div kartuMasuk(String indikator) {
        return _find(Div.class, s -> s.withClasses("kartu-indikator")).stream()
                .filter(k -> teks(k).contains(indikator) && teks(k).contains("Triwulan II " + TAHUN))
                .findFirst()
                .orElseThrow();
    }

    private static String teks(Component komponen) {
        return komponen.getElement().getTextRecursively();
    }
}
