package id.kecamatan.kinerja.notifikasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.Peringatan;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;
import id.kecamatan.kinerja.notifikasi.NotifikasiUji;
import id.kecamatan.kinerja.realisasi.ui.KinerjaSayaView;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bell in the header (every role), the list of one's own notifications with "tandai dibaca" and the link to
 * the page, and each user's own e-mail page.
 */
class NotifikasiViewTest extends AbstractUiTest {

    @Autowired
    NotifikasiService service;

    @AfterEach
    void hapusAlamat() {
        login("bendahara");
        service.simpanProfilSaya(null, true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"adm.perizinan", "kasi.trantib", "sekcam", "camat", "admin"})
    void loncengAdaDiKepalaSetiapPeranDanMenghitungYangBelumDibaca(String username) {
        login(username);
        service.tandaiSemuaDibaca();
        NotifikasiUji.untuk(ctx, username);
        NotifikasiUji.untuk(ctx, username);
        UI.getCurrent().navigate("dasbor");

        LoncengNotifikasi lonceng = _get(LoncengNotifikasi.class);
        assertThat(lonceng.getAriaLabel()).hasValue("Notifikasi: 2 belum dibaca");
        assertThat(lonceng.getElement().getTextRecursively()).isEqualTo("2");

        _click(lonceng);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("notifikasi");
        expectView(NotifikasiView.class);
        assertThat(kartu()).hasSizeGreaterThanOrEqualTo(2);
        _click(_get(Button.class, spec -> spec.withText("Tandai semua dibaca")));
        assertThat(lonceng.getAriaLabel()).hasValue("Notifikasi: tidak ada yang belum dibaca");
        assertThat(_find(Div.class, spec -> spec.withClasses("belum-dibaca"))).isEmpty();
    }

    @Test
    void daftarTerbaruDuluTandaiDibacaDanBukaHalamannya() {
        login("kasi.pemerintahan");
        service.tandaiSemuaDibaca();
        NotifikasiUji.untuk(ctx, "kasi.pemerintahan");
        UI.getCurrent().navigate("notifikasi");

        List<Div> belum = _find(Div.class, spec -> spec.withClasses("belum-dibaca"));
        assertThat(belum).hasSize(1);
        assertThat(belum.getFirst().getElement().getTextRecursively())
                .startsWith("Realisasi \"Indikator uji\" Triwulan I 2030 disetujui.")
                .contains(" oleh Penguji");
        _click(_get(belum.getFirst(), Button.class, spec -> spec.withText("Tandai dibaca")));
        assertThat(_find(Div.class, spec -> spec.withClasses("belum-dibaca"))).isEmpty();
        assertThat(_get(LoncengNotifikasi.class).getAriaLabel()).hasValue("Notifikasi: tidak ada yang belum dibaca");

        NotifikasiUji.untuk(ctx, "kasi.pemerintahan");
        UI.getCurrent().navigate("dasbor");
        UI.getCurrent().navigate("notifikasi");
        Div terbaru = kartu().getFirst();
        assertThat(terbaru.getClassNames()).contains("belum-dibaca");
        _click(_get(terbaru, Button.class, spec -> spec.withText("Buka Kinerja Saya")));
        expectView(KinerjaSayaView.class);
        assertThat(service.jumlahBelumDibaca()).isZero();
    }

    @Test
    void profilMenyimpanAlamatDanMenolakAlamatTidakSah() {
        loginAndNavigate("bendahara", "profil-notifikasi");
        expectView(ProfilNotifikasiView.class);
        assertThat(peringatan())
                .containsExactly("Pengiriman surel belum diaktifkan oleh Admin. Notifikasi tetap tampil di lonceng.");
        TextField surel = _get(TextField.class, spec -> spec.withLabel("Alamat surel"));
        Checkbox kirim = _get(Checkbox.class);
        assertThat(kirim.getValue()).isTrue();

        _setValue(surel, "bendahara@meral");
        _click(_get(Button.class, spec -> spec.withText("Simpan")));
        assertThat(surel.isInvalid()).isTrue();
        assertThat(surel.getErrorMessage())
                .isEqualTo(
                        "Alamat surel \"bendahara@meral\" tidak sah. Tulis alamat lengkap, misalnya nama@contoh.go.id.");
        NotificationsKt.expectNoNotifications();

        _setValue(surel, "bendahara@meral.go.id");
        _setValue(kirim, false);
        _click(_get(Button.class, spec -> spec.withText("Simpan")));
        assertThat(surel.isInvalid()).isFalse();
        NotificationsKt.expectNotifications("Pengaturan surel Anda tersimpan.");
        assertThat(service.profilSaya())
                .isEqualTo(new NotifikasiService.ProfilSaya("bendahara@meral.go.id", false, false));

        UI.getCurrent().navigate("dasbor");
        UI.getCurrent().navigate("profil-notifikasi");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Alamat surel")).getValue())
                .isEqualTo("bendahara@meral.go.id");
        assertThat(_get(Checkbox.class).getValue()).isFalse();
        assertThat(_find(Peringatan.class)).hasSize(1);
    }

    private static List<Div> kartu() {
        return _find(Div.class, spec -> spec.withClasses("notifikasi-item"));
    }
}
