package id.kecamatan.kinerja.laporan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import id.kecamatan.kinerja.laporan.BagianTeks;
import id.kecamatan.kinerja.laporan.TeksLkjipService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The LKjIP texts page per role: the Sekcam and the penyusun (Kasubbag Perencanaan, named by the default run) write,
 * the Camat reads, a Kasi neither sees it in the menu nor opens it. Everything written is rolled back; the texts of the
 * year the page opens on are written by no other test class.
 */
class LkjipViewTest extends AbstractUiTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TeksLkjipService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSekcamWritesASectionAndSeesItInTheHistory() {
        dalamTransaksiYangDibatalkan(() -> {
            loginAndNavigate("sekcam", "lkjip");
            expectView(LkjipView.class);
            assertThat(menu()).contains("Teks LKjIP");
            TextArea penutup = _get(TextArea.class, s -> s.withId("teks-PENUTUP"));
            assertThat(penutup.isReadOnly()).isFalse();

            _setValue(penutup, "Demikian laporan ini disusun.");
            _click(_get(Button.class, s -> s.withId("simpan-PENUTUP")));

            NotificationsKt.expectNotifications("Teks tersimpan.");
            _click(_get(Button.class, s -> s.withId("riwayat-PENUTUP")));
            String riwayat = _get(Dialog.class).getElement().getTextRecursively();
            assertThat(riwayat).contains("Demikian laporan ini disusun.", "Sekretaris Camat Meral", "(berlaku)");
        });
    }

    @Test
    void thePenyusunWritesAndASaveAfterAnotherIsRefusedKeepingTheTypedText() {
        dalamTransaksiYangDibatalkan(() -> {
            loginAndNavigate("kasubbag.perencanaan", "lkjip");
            expectView(LkjipView.class);
            assertThat(menu()).contains("Teks LKjIP");
            TextArea isu = _get(TextArea.class, s -> s.withId("teks-ISU_STRATEGIS"));
            int tahun = tahun();

            // someone saves the same section after the page was loaded (another tab, the Sekcam)
            service.simpan(tahun, BagianTeks.ISU_STRATEGIS, null, "Versi yang lebih baru.", 0);
            _setValue(isu, "Isu strategis dari penyusun.");
            _click(_get(Button.class, s -> s.withId("simpan-ISU_STRATEGIS")));

            NotificationsKt.expectNotifications(
                    "Teks ini baru saja disimpan oleh orang lain. Teks Anda tetap di kolom; buka Riwayat untuk melihat "
                            + "versi terbaru, lalu muat ulang halaman sebelum menyimpan lagi.");
            assertThat(isu.getValue()).isEqualTo("Isu strategis dari penyusun.");
            assertThat(service.riwayat(tahun, BagianTeks.ISU_STRATEGIS, null))
                    .extracting(TeksLkjipService.Riwayat::teks)
                    .containsExactly("Versi yang lebih baru.");
        });
    }

    @Test
    void aTextOverTheLimitGetsAClearMessageAndStays() {
        loginAndNavigate("sekcam", "lkjip");
        TextArea latar = _get(TextArea.class, s -> s.withId("teks-LATAR_BELAKANG"));
        assertThat(latar.getHelperText()).contains("10.000 karakter");
        String panjang = "x".repeat(TeksLkjipService.PANJANG_MAKSIMUM + 1);

        _setValue(latar, panjang);
        _click(_get(Button.class, s -> s.withId("simpan-LATAR_BELAKANG")));

        NotificationsKt.expectNotifications(
                "Teks terlalu panjang: 10.001 karakter, paling banyak 10.000 karakter. Persingkat teks lalu simpan lagi.");
        assertThat(latar.getValue()).isEqualTo(panjang);
        assertThat(service.riwayat(tahun(), BagianTeks.LATAR_BELAKANG, null)).isEmpty();
    }

    @Test
    void theCamatReadsWithoutSaving() {
        loginAndNavigate("camat", "lkjip");

        expectView(LkjipView.class);
        assertThat(menu()).contains("Teks LKjIP");
        assertThat(_find(TextArea.class))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.isReadOnly()).isTrue());
        _assertNone(Button.class, s -> s.withText("Simpan"));
        assertThat(_find(Button.class, s -> s.withText("Riwayat"))).hasSameSizeAs(_find(TextArea.class));
    }

    @Test
    void aKasiHasItNotInTheMenuAndIsRefusedOnceInTheLog() {
        login("kasi.pemerintahan");
        long sebelum = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);

        com.vaadin.flow.component.UI.getCurrent().navigate("lkjip");

        _get(HalamanTidakDitemukan.class);
        assertThat(menu()).isNotEmpty().doesNotContain("Teks LKjIP");
        List<String> penolakan = jdbc.queryForList(
                "select detail from log_keamanan where id > ? and peristiwa = 'AKSES_DITOLAK'", String.class, sebelum);
        assertThat(penolakan).hasSize(1).allSatisfy(d -> assertThat(d).startsWith("halaman /lkjip"));
    }

    @SuppressWarnings("unchecked")
    private static int tahun() {
        return ((Select<Integer>) _get(Select.class, s -> s.withLabel("Tahun"))).getValue();
    }

    private void dalamTransaksiYangDibatalkan(Runnable langkah) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            langkah.run();
        });
    }
}
