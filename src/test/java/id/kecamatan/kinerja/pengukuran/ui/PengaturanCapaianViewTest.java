package id.kecamatan.kinerja.pengukuran.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The settings screen as the Sekcam uses it; a refused setting keeps the editor open on what was chosen. */
class PengaturanCapaianViewTest extends AbstractUiTest {

    @Autowired
    PengaturanSkorService skorService;

    @Test
    void sekcamMelihatSemuaIndikatorDanFormulaYangTidakCocokDitolak() {
        loginAndNavigate("sekcam", "pengaturan-capaian");
        PengaturanCapaianView view = _get(PengaturanCapaianView.class);

        assertThat(GridKt._size(view.grid)).isEqualTo(18);
        List<String> kode =
                GridKt._findAll(view.grid).stream().map(i -> i.baris.kode()).toList();
        assertThat(kode).startsWith("IKU-AKIP", "IKU-IPP");
        PengaturanCapaianView.Isian kesos = GridKt._findAll(view.grid).stream()
                .filter(i -> i.baris.kode().equals("IKI-KASI-KESOS-1"))
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormatted(view.grid, kode.indexOf("IKI-KASI-KESOS-1"), "formula"))
                .isEqualTo("Jumlah komponen");

        view.grid.getEditor().editItem(kesos);
        MockVaadin.clientRoundtrip(false); // the editor opens on the next round trip, as in the browser
        @SuppressWarnings("unchecked")
        Select<JenisFormula> formula =
                (Select<JenisFormula>) view.grid.getColumnByKey("formula").getEditorComponent();
        _setValue(formula, JenisFormula.RASIO);
        assertThat(view.grid.getEditor().save()).as("editor saved").isTrue();

        NotificationsKt.expectNotifications(
                "Pengaturan IKI-KASI-KESOS-1 tidak dapat dipakai: Formula RASIO hanya menerima"
                        + " komponen PEMBILANG dan PENYEBUT, komponen 'RASTRA' berperan ISIAN. Komponen indikator ini: [RASTRA ISIAN,"
                        + " SKTM ISIAN, HIBAH_MASJID_MUSHOLA ISIAN, HIBAH_TPA_TPQ ISIAN, KIP ISIAN, RTLH ISIAN].");
        assertThat(view.grid.getEditor().isOpen()).isTrue();
        assertThat(formula.getValue()).isEqualTo(JenisFormula.RASIO);
    }

    /**
     * Issue 17 item 3: both conventions with their formula, a sample worked live, and the choice saved. Meral is put
     * back to CERMIN whatever happens, as the other tests expect it.
     */
    @Test
    void sekcamMemilihKonvensiNegatifDenganRumusDanContohYangDihitung() {
        loginAndNavigate("sekcam", "pengaturan-capaian");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<KonvensiNegatif> konvensi = _get(RadioButtonGroup.class);
        assertThat(konvensi.getValue()).isEqualTo(KonvensiNegatif.CERMIN);
        assertThat(konvensi.getItemLabelGenerator().apply(KonvensiNegatif.CERMIN))
                .isEqualTo("Cermin (bawaan): (2 × Target − Realisasi) / Target × 100, paling rendah 0");
        assertThat(konvensi.getItemLabelGenerator().apply(KonvensiNegatif.KEBALIKAN))
                .isEqualTo("Kebalikan: Target / Realisasi × 100; realisasi 0 tidak dapat dihitung");

        Div contoh = _get(Div.class, s -> s.withId("contoh-konvensi"));
        // T = 10, R = 8: (20 − 8) / 10 × 100 = 120; 10 / 8 × 100 = 125
        assertThat(contoh.getText()).isEqualTo("Capaian contoh ini: cermin 120,00 %, kebalikan 125,00 %");
        _setValue(_get(TextField.class, s -> s.withLabel("Contoh realisasi")), "0");
        assertThat(contoh.getText())
                .isEqualTo("Capaian contoh ini: cermin 200,00 %, kebalikan tidak dapat dihitung"
                        + " (Realisasi bernilai 0: T/R tidak terdefinisi)");
        _setValue(_get(TextField.class, s -> s.withLabel("Contoh target")), "abc");
        assertThat(contoh.getText()).isEqualTo("Isi contoh target dan realisasi dengan angka.");

        try {
            _setValue(konvensi, KonvensiNegatif.KEBALIKAN);
            _click(_get(Button.class, s -> s.withText("Simpan konvensi")));
            NotificationsKt.expectNotifications("Konvensi polaritas negatif tersimpan.");
            assertThat(skorService.aturan().konvensiNegatif()).isEqualTo(KonvensiNegatif.KEBALIKAN);
            @SuppressWarnings("unchecked")
            RadioButtonGroup<KonvensiNegatif> dimuatUlang = _get(RadioButtonGroup.class);
            assertThat(dimuatUlang.getValue()).isEqualTo(KonvensiNegatif.KEBALIKAN);
        } finally {
            skorService.simpanKonvensiNegatif(
                    KonvensiNegatif.CERMIN, skorService.aturan().versiInstansi());
        }
    }
}
