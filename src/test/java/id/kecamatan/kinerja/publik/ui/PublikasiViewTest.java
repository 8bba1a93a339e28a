package id.kecamatan.kinerja.publik.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import id.kecamatan.kinerja.publik.PublikService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Camat's page of the public page, on Meral inside a transaction that is rolled back (Meral's page stays off for
 * the other tests): switch it on, publish the Pengukuran Kinerja of this year, see it listed and public, withdraw it.
 * No other role gets the page.
 */
class PublikasiViewTest extends AbstractUiTest {

    @Autowired
    PublikService publikService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void camatMembukaHalamanMenerbitkanLaluMenarikDokumen() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("camat", "publikasi");
            PublikasiView view = _get(PublikasiView.class);
            assertThat(menu()).contains("Halaman Publik");
            assertThat(view.aktif.getValue()).isFalse();
            assertThat(_get(Anchor.class, s -> s.withText("Halaman publik tidak aktif (/publik/MERAL tidak ditemukan)"))
                            .isEnabled())
                    .isFalse();

            _setValue(view.aktif, true);
            NotificationsKt.expectNotifications("Halaman publik sekarang terbuka untuk masyarakat.");
            assertThat(publikService.halaman("MERAL", null)).isPresent();
            assertThat(_get(Anchor.class, s -> s.withText("Buka /publik/MERAL seperti masyarakat melihatnya"))
                            .getHref())
                    .isEqualTo("/publik/MERAL");

            // the default choice: the Pengukuran Kinerja of this whole year (other tests may have left documents of
            // years of their own: counted, not assumed absent)
            int sebelum = GridKt._size(view.dokumen);
            _click(_get(Button.class, s -> s.withId("terbitkan")));
            String judul = "Pengukuran Kinerja Tahun " + TahunUji.tahunIni();
            NotificationsKt.expectNotifications("Diterbitkan: " + judul);
            assertThat(GridKt._size(view.dokumen)).isEqualTo(sebelum + 1);
            assertThat(kolom(view.dokumen, "Dokumen")).containsOnlyOnce(judul);
            assertThat(publikService.halaman("MERAL", null).orElseThrow().dokumen())
                    .hasSize(sebelum + 1);

            _click((Button)
                    GridKt._getCellComponent(view.dokumen, barisDengan(view.dokumen, "Dokumen", judul), "tarik"));
            ConfirmDialog konfirmasi = _get(ConfirmDialog.class);
            assertThat(ConfirmDialogKt._getText(konfirmasi)).contains(judul);
            ConfirmDialogKt._fireConfirm(konfirmasi);
            NotificationsKt.expectNotifications("Dokumen ditarik dari halaman publik.");
            assertThat(GridKt._size(view.dokumen)).isEqualTo(sebelum);
            assertThat(kolom(view.dokumen, "Dokumen")).doesNotContain(judul);
            assertThat(publikService.halaman("MERAL", null).orElseThrow().dokumen())
                    .hasSize(sebelum);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sekcam", "admin", "kasi.pemerintahan"})
    void selainCamatTidakMendapatHalamanIni(String username) {
        loginAndNavigate(username, "iki");
        assertThat(menu()).doesNotContain("Halaman Publik");

        UI.getCurrent().navigate("publikasi");
        _assertNone(PublikasiView.class);
        _assertOne(HalamanTidakDitemukan.class);
    }
}
