package id.kecamatan.kinerja.evaluasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.evaluasi.EvaluasiUji;
import id.kecamatan.kinerja.rencana.KecamatanUji;
import id.kecamatan.kinerja.security.AkunService;
import org.junit.jupiter.api.Test;

/**
 * The card "Nilai AKIP ke IKU" on the Evaluasi AKIP page, opened at a year from the address, in a kecamatan of this
 * class's own (Meral's plan: IKU-AKIP of the Camat is filled from the evaluation) whose evaluation of {@link #TAHUN}
 * totals 99,00: the Camat proposes it and the card shows it submitted; the Sekcam and the Admin see the card without
 * the button, with the reason.
 */
class KartuUsulanNilaiAkipViewTest extends AbstractUiTest {

    private static final String KODE = InstansiUji.milik(KartuUsulanNilaiAkipViewTest.class, "UJI-AKIP-UI");

    /** A past year: its Triwulan IV has started. Any year is this class's own in its own kecamatan. */
    private static final int TAHUN = 2025;

    @Test
    void camatMengusulkanDanKartuMenampilkanPengajuannyaSekcamDanAdminTanpaTombol() {
        String camat = KecamatanUji.akun(ctx, KODE, "CAMAT", "Camat Uji Kartu");
        String sekcam = KecamatanUji.akun(ctx, KODE, "SEKCAM", "Sekcam Uji Kartu");
        EvaluasiUji.dinilai99(ctx, sekcam, TAHUN);

        buka(camat);
        assertThat(_get(PilihTahun.class).getValue()).isEqualTo(TAHUN);
        assertThat(teks(kartu()))
                .contains("Nilai AKIP ke IKU")
                .contains("Diisi ke IKU-AKIP · Nilai AKIP Kecamatan Meral (penanggung jawab: Camat Meral)")
                .contains("Realisasi Triwulan IV 2025: belum ada")
                .contains("Nilai yang diusulkan: 99,00 (AA)");
        Button usulkan = _get(Button.class, s -> s.withId("usulkan-nilai-akip"));
        assertThat(usulkan.getText()).isEqualTo("Usulkan sebagai realisasi IKU-AKIP Triwulan IV");
        assertThat(usulkan.isEnabled()).isTrue();
        assertThat(_find(Div.class, s -> s.withId("alasan-usulan"))).isEmpty();

        _click(usulkan);
        NotificationsKt.expectNotifications(
                "Nilai AKIP 99,00 diusulkan sebagai realisasi IKU-AKIP Triwulan IV 2025 dan diajukan untuk persetujuan.");
        assertThat(teks(kartu())).contains("Realisasi Triwulan IV 2025: Diajukan, 99,00");
        assertThat(_get(Button.class, s -> s.withId("usulkan-nilai-akip")).isEnabled())
                .isFalse();
        assertThat(teks(_get(Div.class, s -> s.withId("alasan-usulan"))))
                .isEqualTo("Realisasi IKU-AKIP Triwulan IV 2025 sudah diajukan. Verifikator harus mengembalikannya"
                        + " dahulu sebelum nilai diusulkan lagi.");

        // the Sekcam does not verify the Camat: the submission is not shown to it, nor the button
        buka(sekcam);
        assertThat(teks(kartu())).contains("Realisasi Triwulan IV 2025: belum ada yang disetujui");
        assertThat(_find(Button.class, s -> s.withId("usulkan-nilai-akip"))).isEmpty();
        assertThat(teks(_get(Div.class, s -> s.withId("alasan-usulan"))))
                .isEqualTo("Hanya pemegang jabatan Camat Meral yang dapat mengusulkan nilai ini.");

        // an operator of the kecamatan (its imported admin must first change the generated password)
        buka(KecamatanUji.akun(ctx, KODE, AkunService.KODE_JABATAN_OPERATOR, "Operator Uji Kartu"));
        assertThat(teks(kartu())).contains("Diisi ke IKU-AKIP");
        assertThat(_find(Button.class, s -> s.withId("usulkan-nilai-akip"))).isEmpty();
    }

    /** Signs in and opens the evaluation of {@link #TAHUN} by its address (from another page: an open view stays). */
    private void buka(String username) {
        loginAndNavigate(username, "iki");
        UI.getCurrent().navigate("evaluasi", QueryParameters.of("tahun", String.valueOf(TAHUN)));
    }

    private static Div kartu() {
        return _get(Div.class, s -> s.withId("usulan-nilai-akip"));
    }

    private static String teks(Component komponen) {
        return komponen.getElement().getTextRecursively();
    }
}
