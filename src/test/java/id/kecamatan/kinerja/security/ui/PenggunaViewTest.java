package id.kecamatan.kinerja.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Admin's account list, and that no other role can open it. */
class PenggunaViewTest extends AbstractUiTest {

    private static final List<String> AKUN_DEMO = List.of(
            "admin",
            "camat",
            "sekcam",
            "kasi.pemerintahan",
            "kasi.pmd",
            "kasi.kesos",
            "kasi.lh",
            "kasi.trantib",
            "kasubbag.umum",
            "kasubbag.perencanaan",
            "bendahara",
            "adm.keuangan",
            "adm.perizinan");

    @Test
    void adminSeesTheThirteenDemoAccounts() {
        loginAndNavigate("admin", "pengguna");

        expectView(PenggunaView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(13);
        assertThat(kolom(grid, "Nama pengguna")).containsExactlyInAnyOrderElementsOf(AKUN_DEMO);
        assertThat(kolom(grid, "Status")).containsOnly("Aktif");
    }

    @Test
    void demoHoldersAreMarkedAsSampleDataButTheCamatNamedInThePlanIsNot() {
        loginAndNavigate("admin", "pengguna");
        Grid<?> grid = _get(Grid.class);

        int camat = barisDengan(grid, "Nama pengguna", "camat");
        assertThat(teksSel(grid, camat, "Nama")).isEqualTo("R. NOVI YOHANDRI, S.STP, M.AP");
        assertThat(teksSel(grid, camat, "NIP")).isEqualTo("19861103 200602 1 001");
        assertThat(teksSel(grid, camat, "Jabatan")).isEqualTo("Camat Meral");

        int kasiPem = barisDengan(grid, "Nama pengguna", "kasi.pemerintahan");
        assertThat(teksSel(grid, kasiPem, "Nama"))
                .isEqualTo("Pegawai Contoh (Kepala Seksi Pemerintahan) (data contoh)");
        assertThat(teksSel(grid, kasiPem, "NIP")).isEqualTo("–");
        assertThat(teksSel(grid, kasiPem, "Peran")).isEqualTo("Kepala Seksi/Subbagian");

        int admin = barisDengan(grid, "Nama pengguna", "admin");
        assertThat(teksSel(grid, admin, "Jabatan")).isEqualTo("Operator Sistem");
        assertThat(teksSel(grid, admin, "Peran")).isEqualTo("Admin");

        assertThat(kolom(grid, "Nama"))
                .filteredOn(n -> n.endsWith(" (data contoh)"))
                .hasSize(12);
    }

    /** A signed-in user without the role gets the page that says it cannot be opened (base/ui/AksesHalamanDitolak). */
    @ParameterizedTest
    @ValueSource(strings = {"kasi.pemerintahan", "camat", "sekcam", "adm.perizinan"})
    void otherRolesAreRefused(String username) {
        loginAndNavigate(username, "iki");

        UI.getCurrent().navigate("pengguna");

        _assertNone(PenggunaView.class);
        assertThat(PenggunaView.class.isAssignableFrom(NavigatorKt.getCurrentView()))
                .isFalse();
        _assertOne(HalamanTidakDitemukan.class);
    }
}
