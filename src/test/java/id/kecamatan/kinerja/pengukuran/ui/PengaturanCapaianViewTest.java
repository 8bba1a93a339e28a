package id.kecamatan.kinerja.pengukuran.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.capaian.JenisFormula;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings screen as the Sekcam uses it; a refused setting keeps the editor open on what was chosen. */
class PengaturanCapaianViewTest extends AbstractUiTest {

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
}
