package id.kecamatan.kinerja.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The Admin's account list, and that no other role can open it. */
class PenggunaViewTest extends AbstractUiTest {

    @Autowired
    PlatformTransactionManager transactionManager;

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
            "adm.perizinan",
            "evaluator",
            "kabupaten");

    @Test
    void adminSeesTheFifteenDemoAccounts() {
        loginAndNavigate("admin", "pengguna");

        expectView(PenggunaView.class);
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(15);
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

        int evaluator = barisDengan(grid, "Nama pengguna", "evaluator");
        assertThat(teksSel(grid, evaluator, "Jabatan")).isEqualTo("Evaluator APIP (Inspektorat)");
        assertThat(teksSel(grid, evaluator, "Peran")).isEqualTo("Evaluator APIP");

        int kabupaten = barisDengan(grid, "Nama pengguna", "kabupaten");
        assertThat(teksSel(grid, kabupaten, "Jabatan")).isEqualTo("Bagian Organisasi Setda Kabupaten Karimun");
        assertThat(teksSel(grid, kabupaten, "Peran")).isEqualTo("Kabupaten (Bagian Organisasi)");

        assertThat(kolom(grid, "Nama"))
                .filteredOn(n -> n.endsWith(" (data contoh)"))
                .hasSize(14);
    }

    /**
     * The Admin adds an account for the Inspektorat's evaluator: a bad username is refused with the rule, a good one
     * gets a one-time password shown once and appears in the list as an APIP evaluator who must change it.
     */
    @Test
    void adminMenambahAkunEvaluator() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("admin", "pengguna");
            _click(_get(Button.class, s -> s.withText("Tambah akun evaluator APIP")));
            _setValue(_get(TextField.class, s -> s.withLabel("Nama pengguna")), "Evaluator Satu");
            _setValue(_get(TextField.class, s -> s.withLabel("Nama")), "Drs. Evaluator Satu");
            _click(_get(Button.class, s -> s.withText("Buat akun")));
            NotificationsKt.expectNotifications(
                    "Nama pengguna hanya boleh huruf kecil, angka, titik, tanda hubung dan garis bawah, 3 sampai 60 karakter.");

            _setValue(_get(TextField.class, s -> s.withLabel("Nama pengguna")), "evaluator.inspektorat");
            _click(_get(Button.class, s -> s.withText("Buat akun")));
            assertThat(_get(TextField.class, s -> s.withClasses("password-sekali"))
                            .getValue())
                    .hasSizeGreaterThanOrEqualTo(12);
            Grid<?> grid = _get(Grid.class);
            int baru = barisDengan(grid, "Nama pengguna", "evaluator.inspektorat");
            assertThat(teksSel(grid, baru, "Nama")).isEqualTo("Drs. Evaluator Satu");
            assertThat(teksSel(grid, baru, "Peran")).isEqualTo("Evaluator APIP");
            assertThat(teksSel(grid, baru, "Status")).isEqualTo("Aktif · Wajib ganti password");
        });
    }

    /**
     * The Admin adds an account for the kabupaten's Bagian Organisasi: its jabatan is the kabupaten's (Kabupaten
     * Karimun, Meral's), the account stays in this Admin's list.
     */
    @Test
    void adminMenambahAkunKabupaten() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("admin", "pengguna");
            _click(_get(Button.class, s -> s.withText("Tambah akun kabupaten")));
            _setValue(_get(TextField.class, s -> s.withLabel("Nama pengguna")), "bagor.karimun");
            _setValue(_get(TextField.class, s -> s.withLabel("Nama")), "Analis Kinerja Bagian Organisasi");
            _click(_get(Button.class, s -> s.withText("Buat akun")));

            assertThat(_get(TextField.class, s -> s.withClasses("password-sekali"))
                            .getValue())
                    .hasSizeGreaterThanOrEqualTo(12);
            Grid<?> grid = _get(Grid.class);
            int baru = barisDengan(grid, "Nama pengguna", "bagor.karimun");
            assertThat(teksSel(grid, baru, "Jabatan")).isEqualTo("Bagian Organisasi Setda Kabupaten Karimun");
            assertThat(teksSel(grid, baru, "Peran")).isEqualTo("Kabupaten (Bagian Organisasi)");
        });
    }

    /** A signed-in user without the role gets the page that says it cannot be opened (base/ui/AksesHalamanDitolak). */
    @ParameterizedTest
    @ValueSource(strings = {"kasi.pemerintahan", "camat", "sekcam", "adm.perizinan", "evaluator", "kabupaten"})
    void otherRolesAreRefused(String username) {
        loginAndNavigate(username, "iki");

        UI.getCurrent().navigate("pengguna");

        _assertNone(PenggunaView.class);
        assertThat(PenggunaView.class.isAssignableFrom(NavigatorKt.getCurrentView()))
                .isFalse();
        _assertOne(HalamanTidakDitemukan.class);
    }
}
