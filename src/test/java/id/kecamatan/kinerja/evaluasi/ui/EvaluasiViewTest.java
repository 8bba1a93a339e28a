package id.kecamatan.kinerja.evaluasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Evaluasi AKIP page for each role, on Meral's evaluation of this year inside a transaction that is rolled back:
 * the Sekcam opens it and answers a kriteria, an answer off the scale is refused with a message, the Camat reads
 * it without a save button, a Kasi does not get the page.
 */
class EvaluasiViewTest extends AbstractUiTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void sekcamMembukaEvaluasiDanMenjawabKriteria() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "evaluasi");
            assertThat(menu()).contains("Evaluasi AKIP");
            int tahun = TahunUji.tahunIni();
            _click(_get(Button.class, s -> s.withId("buka-evaluasi")));
            NotificationsKt.expectNotifications("Evaluasi AKIP tahun " + tahun + " dibuka.");
            assertThat(teks(_get(Div.class, s -> s.withId("nilai-akip"))))
                    .isEqualTo("80 dari 80 kriteria belum dinilai");

            Div kriteria = _get(Div.class, s -> s.withId("kriteria-1.a.1"));
            @SuppressWarnings("unchecked")
            Select<String> jawaban = _get(kriteria, Select.class);
            _setValue(jawaban, "Y");
            _setValue(_get(kriteria, TextArea.class), "Renstra 2021-2026 ditetapkan dengan Keputusan Camat");
            _click(_get(kriteria, Button.class, s -> s.withText("Simpan")));
            NotificationsKt.expectNotifications("Jawaban 1.a.1 tersimpan.");
            assertThat(teks(_get(Div.class, s -> s.withId("nilai-akip"))))
                    .isEqualTo("79 dari 80 kriteria belum dinilai");
            assertThat(teks(_get(Div.class, s -> s.withId("kriteria-1.a.1")))).contains("Diubah oleh");
            // the portal's own data beside the kriteria that names it, linked to its page
            Anchor iku = _get(Anchor.class, s -> s.withText("Data portal: 2 IKU ditetapkan (Tabel IKU)"));
            assertThat(iku.getHref()).isEqualTo("iku");
            // every line of the portal's data has its text (a missing message key shows as !key!)
            assertThat(_find(Anchor.class, s -> s.withClasses("bukti-portal")))
                    .hasSize(13)
                    .allSatisfy(a -> assertThat(a.getText()).doesNotContain("!"));
        });
    }

    @Test
    void camatMembacaTanpaTombolSimpan() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "evaluasi");
            _click(_get(Button.class, s -> s.withId("buka-evaluasi")));
            loginAndNavigate("camat", "iki");
            UI.getCurrent().navigate("evaluasi");
            assertThat(_find(Button.class, s -> s.withId("buka-evaluasi"))).isEmpty();
            Div kriteria = _get(Div.class, s -> s.withId("kriteria-1.a.1"));
            assertThat(_find(kriteria, Button.class)).isEmpty();
            assertThat(_get(kriteria, Select.class).isReadOnly()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasi.pemerintahan", "adm.perizinan"})
    void kasiDanStafTidakMendapatHalamanIni(String username) {
        loginAndNavigate(username, "iki");
        assertThat(menu()).doesNotContain("Evaluasi AKIP");

        UI.getCurrent().navigate("evaluasi");
        _assertNone(EvaluasiView.class);
        _assertOne(HalamanTidakDitemukan.class);
    }

    private static String teks(com.vaadin.flow.component.Component komponen) {
        return komponen.getElement().getTextRecursively();
    }
}
