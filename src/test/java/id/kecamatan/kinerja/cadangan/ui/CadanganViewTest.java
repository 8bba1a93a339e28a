package id.kecamatan.kinerja.cadangan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Admin's backup page; a restore is only offered behind a typed confirmation (and not run here: shared data). */
class CadanganViewTest extends AbstractUiTest {

    @Test
    void adminMembuatCadanganDanMelihatnyaDiDaftar() {
        loginAndNavigate("admin", "cadangan");
        expectView(CadanganView.class);
        assertThat(menu()).contains("Cadangan Data");
        Grid<?> grid = _get(Grid.class);
        int sebelum = GridKt._size(grid);

        _click(_get(Button.class, spec -> spec.withText("Buat cadangan sekarang")));

        assertThat(GridKt._size(grid)).isEqualTo(sebelum + 1);
        String nama = teksSel(grid, 0, "Berkas");
        assertThat(nama).matches("kinerja-\\d{8}-\\d{6}-\\d{3}\\.sql\\.gz");
        assertThat(teksSel(grid, 0, "Ukuran")).matches("\\d+ KB|\\d+(,\\d)? MB");
        assertThat(teksSel(grid, 0, "Dibuat")).matches("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(komponenSel(grid, 0, "Tindakan").getElement().getTextRecursively())
                .contains("Unduh", "Pulihkan");
        NotificationsKt.expectNotifications("Cadangan " + nama + " dibuat (" + teksSel(grid, 0, "Ukuran") + ").");
    }

    @Test
    void pemulihanMenungguKataKonfirmasi() {
        loginAndNavigate("admin", "cadangan");
        _click(_get(Button.class, spec -> spec.withText("Buat cadangan sekarang")));
        NotificationsKt.clearNotifications();
        Grid<?> grid = _get(Grid.class);
        var tindakan = komponenSel(grid, 0, "Tindakan");
        assertThat(tindakan.getChildren().filter(Anchor.class::isInstance)).hasSize(1);
        Button pulihkan = (Button) tindakan.getChildren()
                .filter(Button.class::isInstance)
                .findFirst()
                .orElseThrow();
        _click(pulihkan);

        Dialog dialog = _get(Dialog.class);
        Button lanjut = _get(dialog, Button.class, spec -> spec.withText("Pulihkan"));
        assertThat(lanjut.isEnabled()).isFalse();
        TextField ketik = _get(dialog, TextField.class);
        assertThat(ketik.getLabel()).isEqualTo("Ketik PULIHKAN untuk melanjutkan");
        _setValue(ketik, "pulihkan");
        assertThat(lanjut.isEnabled()).isFalse();
        _setValue(ketik, "PULIHKAN");
        assertThat(lanjut.isEnabled()).isTrue();

        _click(_get(dialog, Button.class, spec -> spec.withText("Batal")));
        _assertNone(Dialog.class);
        NotificationsKt.expectNoNotifications();
    }

    @ParameterizedTest
    @ValueSource(strings = {"camat", "sekcam", "kasi.pemerintahan"})
    void selainAdminDitolak(String username) {
        loginAndNavigate(username, "iki");
        assertThat(menu()).doesNotContain("Cadangan Data");

        UI.getCurrent().navigate("cadangan");
        _assertNone(CadanganView.class);
        _assertOne(HalamanTidakDitemukan.class);
    }
}
