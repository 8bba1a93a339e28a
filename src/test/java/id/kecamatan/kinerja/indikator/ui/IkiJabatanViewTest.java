package id.kecamatan.kinerja.indikator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIndikator;
import id.kecamatan.kinerja.indikator.IndikatorService.PilihanJabatan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IKI page: opens on the user's own jabatan and shows its indicators as the plan document does. */
class IkiJabatanViewTest extends AbstractUiTest {

    private static final String KOLOM_INDIKATOR = "Indikator";
    private static final String KOLOM_FORMULA = "Formula / Penjelasan dan Komponen";

    private static final String FORMULA_EKTP =
            "Jumlah Penduduk yang melakukan perekaman e-KTP dibagi Jumlah penduduk di kali 100.";
    private static final String FORMULA_KK =
            "Jumlah Kepala Keluarga yang melakukan pengurusan Kartu Keluarga dibagi Jumlah Kepala Keluarga di kali 100.";

    @Test
    void kasiPemerintahanLandsOnTheirOwnJabatan() {
        loginAndNavigate("kasi.pemerintahan", "iki");

        expectView(IkiJabatanView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PilihanJabatan> pilihan = _get(ComboBox.class);
        assertThat(pilihan.getValue().kode()).isEqualTo("KASI-PEM");
        assertThat(pilihan.getItemLabelGenerator().apply(pilihan.getValue()))
                .isEqualTo("Kepala Seksi Pemerintahan (4 indikator)");
        assertThat(_get(H2.class).getText()).isEqualTo("Kepala Seksi Pemerintahan");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Unit kerja: Seksi Pemerintahan", "Melaksanakan urusan di bidang pemerintahan kecamatan");
        assertThat(_find(_get(OrderedList.class), ListItem.class)).hasSize(12);
        assertThat(peringatan()).isEmpty();
    }

    @Test
    void kasiPemerintahanSeesTheirFourIndicatorsInPlanOrder() {
        loginAndNavigate("kasi.pemerintahan", "iki");

        Grid<BarisIndikator> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(4);
        List<String> indikator = kolom(grid, KOLOM_INDIKATOR);
        assertThat(indikator.get(0)).contains("Persentase penduduk yang melakukan perekaman e-KTP");
        assertThat(indikator.get(1)).contains("Persentase Kepala Keluarga yang melakukan pengurusan Kartu Keluarga");
        assertThat(indikator.get(2)).contains("Tingkat kesesuaian data kependudukan terhadap data desa");
        assertThat(indikator.get(3)).contains("Tingkat kesesuaian data Non kependudukan terhadap data desa");
        assertThat(indikator)
                .allSatisfy(teks -> assertThat(teks)
                        .startsWith("IKI")
                        .contains("Mendukung IKU: Nilai Indeks Pelayanan Publik (IPP)"));
        assertThat(kolom(grid, "Satuan")).containsExactly("%", "%", "data", "data");
        assertThat(kolom(grid, "Sumber Data"))
                .containsExactly(
                        "Data Seksi Pemerintahan",
                        "Data Seksi Pemerintahan",
                        "Data seluruh Seksi",
                        "Data seluruh Seksi");
        assertThat(kolom(grid, "Penanggung Jawab")).containsOnly("Kepala Seksi Pemerintahan");
        assertThat(kolom(grid, "Sasaran / Kinerja Utama"))
                .containsExactly(
                        "Meningkatnya pengelolaan adm. Kependudukan dan adm. Non kependudukan",
                        "Meningkatnya pengelolaan adm. Kependudukan dan adm. Non kependudukan",
                        "Terwujudnya pengelolaan data yang baik",
                        "Terwujudnya pengelolaan data yang baik");
    }

    @Test
    void eKtpIndicatorShowsItsRatioFormulaAndKomponen() {
        loginAndNavigate("kasi.pemerintahan", "iki");

        Grid<BarisIndikator> grid = grid();
        int ektp = barisDengan(grid, KOLOM_INDIKATOR, "Persentase penduduk yang melakukan perekaman e-KTP");
        Component formula = komponenSel(grid, ektp, KOLOM_FORMULA);

        assertThat(formula.getElement().getTextRecursively())
                .startsWith("Rasio (pembilang ÷ penyebut × 100)")
                .contains(FORMULA_EKTP);
        assertThat(itemDaftar(formula))
                .containsExactly(
                        "Pembilang: Jumlah penduduk yang melakukan perekaman e-KTP (orang)",
                        "Penyebut: Jumlah penduduk (orang)");
    }

    /** The document repeats the e-KTP formula under the Kartu Keluarga indicator; the seed corrects it. */
    @Test
    void kartuKeluargaIndicatorShowsTheCorrectedFormulaWithItsNote() {
        loginAndNavigate("kasi.pemerintahan", "iki");

        Grid<BarisIndikator> grid = grid();
        int kk = barisDengan(
                grid, KOLOM_INDIKATOR, "Persentase Kepala Keluarga yang melakukan pengurusan Kartu Keluarga");
        Component formula = komponenSel(grid, kk, KOLOM_FORMULA);

        assertThat(formula.getElement().getTextRecursively())
                .contains(FORMULA_KK)
                .doesNotContain("e-KTP");
        assertThat(itemDaftar(formula))
                .containsExactly(
                        "Pembilang: Jumlah Kepala Keluarga yang melakukan pengurusan Kartu Keluarga (KK)",
                        "Penyebut: Jumlah Kepala Keluarga (KK)");
        assertThat(teksSel(grid, kk, KOLOM_INDIKATOR))
                .contains("Catatan: Formula dikoreksi: dokumen mengulang formula perekaman e-KTP");
    }

    @Test
    void countIndicatorsShowTheirSingleIsianKomponen() {
        loginAndNavigate("kasi.pemerintahan", "iki");

        Grid<BarisIndikator> grid = grid();
        int data = barisDengan(grid, KOLOM_INDIKATOR, "Tingkat kesesuaian data kependudukan");
        Component formula = komponenSel(grid, data, KOLOM_FORMULA);

        assertThat(formula.getElement().getTextRecursively()).startsWith("Jumlah komponen");
        assertThat(itemDaftar(formula))
                .containsExactly("Isian: Jumlah data kependudukan yang sesuai terhadap data desa (data)");
    }

    @Test
    void anotherJabatanOpensByItsKode() {
        loginAndNavigate("kasi.pemerintahan", "iki/SEKCAM");

        assertThat(_get(H2.class).getText()).isEqualTo("Sekretaris Camat Meral");
        Grid<BarisIndikator> grid = grid();
        // the Sekcam owns IKU "Nilai IPP" and three IKI
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(kolom(grid, KOLOM_INDIKATOR))
                .filteredOn(t -> t.startsWith("IKI"))
                .hasSize(3);
        assertThat(kolom(grid, KOLOM_INDIKATOR))
                .filteredOn(t -> t.startsWith("IKU"))
                .singleElement()
                .asString()
                .contains("Nilai Indeks Pelayanan Publik (IPP)");
    }

    @Test
    void kasiPmdIsWarnedThatTheirJabatanHasNoIndicator() {
        loginAndNavigate("kasi.pmd", "iki");

        expectView(IkiJabatanView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("iki");
        assertThat(_get(H2.class).getText()).isEqualTo("Kepala Seksi Pemberdayaan Masyarakat Desa");
        assertThat(peringatan())
                .containsExactly("Dokumen rencana belum memberi indikator untuk jabatan "
                        + "Kepala Seksi Pemberdayaan Masyarakat Desa. Portal tidak mengarangnya: "
                        + "indikator perlu ditetapkan oleh Sekretaris Camat.");
        _assertNone(Grid.class);
        @SuppressWarnings("unchecked")
        ComboBox<PilihanJabatan> pilihan = _get(ComboBox.class);
        assertThat(pilihan.getItemLabelGenerator().apply(pilihan.getValue()))
                .isEqualTo("Kepala Seksi Pemberdayaan Masyarakat Desa (0 indikator)");
    }

    @SuppressWarnings("unchecked")
    private static Grid<BarisIndikator> grid() {
        return _get(Grid.class);
    }

    private static List<String> itemDaftar(Component sel) {
        return _find(sel, ListItem.class).stream().map(ListItem::getText).toList();
    }
}
