package id.kecamatan.kinerja.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.evaluasi.ui.EvaluasiView;
import id.kecamatan.kinerja.indikator.ui.TabelIkuView;
import id.kecamatan.kinerja.pengukuran.ui.DasborView;
import id.kecamatan.kinerja.realisasi.ui.KinerjaSayaView;
import id.kecamatan.kinerja.security.ui.PenggunaView;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The frame of every page: the menu each role gets, the page title, who is signed in, and "/" by role. */
class MainLayoutTest extends AbstractUiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void kepalaUnitSeesThePlanPagesButNotPengguna() {
        assertThat(login("kasi.pemerintahan").peran()).isEqualTo(Peran.KEPALA_UNIT);
        UI.getCurrent().navigate("renstra");

        assertThat(menu())
                .containsExactly(
                        "Dasbor",
                        "Kinerja Saya",
                        "Kinerja per Seksi",
                        "Rencana Strategis",
                        "Pohon Kinerja",
                        "Tabel IKU",
                        "IKI per Jabatan",
                        "Struktur Organisasi",
                        "Anggaran",
                        "Laporan",
                        "Evaluasi AKIP",
                        "Impor Excel");
        assertThat(menu()).doesNotContain("Pengguna", "Persetujuan");
    }

    @Test
    void camatSeesPersetujuanButNeitherTargetNorPengguna() {
        loginAndNavigate("camat", "renstra");

        assertThat(menu())
                .containsExactly(
                        "Dasbor",
                        "Kinerja Saya",
                        "Persetujuan",
                        "Kinerja per Seksi",
                        "Rencana Strategis",
                        "Pohon Kinerja",
                        "Tabel IKU",
                        "IKI per Jabatan",
                        "Struktur Organisasi",
                        "Anggaran",
                        "Laporan",
                        "Teks LKjIP",
                        "Evaluasi AKIP",
                        "Halaman Publik",
                        "Impor Excel");
    }

    @Test
    void sekcamSeesPersetujuanAndTargetButNotPengguna() {
        loginAndNavigate("sekcam", "renstra");

        assertThat(menu())
                .containsExactly(
                        "Dasbor",
                        "Kinerja Saya",
                        "Persetujuan",
                        "Kinerja per Seksi",
                        "Rencana Strategis",
                        "Pohon Kinerja",
                        "Tabel IKU",
                        "IKI per Jabatan",
                        "Struktur Organisasi",
                        "Target",
                        "Anggaran",
                        "Laporan",
                        "Teks LKjIP",
                        "Evaluasi AKIP",
                        "Pengaturan Capaian",
                        "Instansi",
                        "Impor Excel");
    }

    @Test
    void stafSeesNeitherPersetujuanNorPengguna() {
        loginAndNavigate("bendahara", "renstra");

        assertThat(menu())
                .containsExactly(
                        "Dasbor",
                        "Kinerja Saya",
                        "Kinerja per Seksi",
                        "Rencana Strategis",
                        "Pohon Kinerja",
                        "Tabel IKU",
                        "IKI per Jabatan",
                        "Struktur Organisasi",
                        "Anggaran",
                        "Laporan",
                        "Evaluasi AKIP",
                        "Impor Excel");
    }

    @Test
    void adminSeesPenggunaAndTheSecurityLogInTheMenu() {
        assertThat(login("admin").peran()).isEqualTo(Peran.ADMIN);
        UI.getCurrent().navigate("renstra");

        assertThat(menu())
                .containsExactly(
                        "Dasbor",
                        "Kinerja per Seksi",
                        "Rencana Strategis",
                        "Pohon Kinerja",
                        "Tabel IKU",
                        "IKI per Jabatan",
                        "Struktur Organisasi",
                        "Target",
                        "Anggaran",
                        "Laporan",
                        "Teks LKjIP",
                        "Evaluasi AKIP",
                        "Pengaturan Capaian",
                        "Instansi",
                        "Impor Excel",
                        "Pengguna",
                        "Log Keamanan",
                        "Cadangan Data",
                        "Pengaturan Surel");
    }

    /** The Inspektorat's evaluator reads the office's plan, figures and reports, and works on Evaluasi AKIP. */
    @Test
    void evaluatorSeesTheOfficeReadOnlyAndEvaluasiAkip() {
        assertThat(login("evaluator").peran()).isEqualTo(Peran.EVALUATOR);
        UI.getCurrent().navigate("renstra");

        assertThat(menu())
                .containsExactly(
                        "Dasbor",
                        "Kinerja per Seksi",
                        "Rencana Strategis",
                        "Pohon Kinerja",
                        "Tabel IKU",
                        "IKI per Jabatan",
                        "Struktur Organisasi",
                        "Anggaran",
                        "Laporan",
                        "Evaluasi AKIP");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "kasi.pemerintahan, kinerja-saya, KINERJA",
        "bendahara,         kinerja-saya, KINERJA",
        "camat,             dasbor, DASBOR",
        "sekcam,            dasbor, DASBOR",
        "admin,             pengguna, PENGGUNA",
        "evaluator,         evaluasi, EVALUASI",
    })
    void berandaForwardsEachRoleToItsFirstPage(String username, String path, String halaman) {
        loginAndNavigate(username, "");

        Class<? extends Component> view = switch (halaman) {
            case "KINERJA" -> KinerjaSayaView.class;
            case "DASBOR" -> DasborView.class;
            case "EVALUASI" -> EvaluasiView.class;
            default -> PenggunaView.class;
        };
        expectView(view);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(path);
        _assertNone(BerandaView.class);
    }

    @Test
    void showsWhoIsSignedInWithTheirJabatan() {
        loginAndNavigate("camat", "iku");

        assertThat(_get(Span.class, s -> s.withClasses("nama-pengguna")).getText())
                .isEqualTo("R. NOVI YOHANDRI, S.STP, M.AP");
        assertThat(_get(Span.class, s -> s.withClasses("jabatan-pengguna")).getText())
                .isEqualTo("Camat Meral");
    }

    @Test
    void pageTitleInTheNavbarFollowsNavigation() {
        loginAndNavigate("sekcam", "iku");
        assertThat(judulHalaman()).isEqualTo("Tabel IKU");

        UI.getCurrent().navigate("struktur");
        assertThat(judulHalaman()).isEqualTo("Struktur Organisasi");

        UI.getCurrent().navigate("iki");
        assertThat(judulHalaman()).isEqualTo("IKI per Jabatan");
    }

    @Test
    void menuIsInEnglishWhenTheUserChoseEnglish() {
        login("kasi.pemerintahan");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("renstra");

        assertThat(menu())
                .containsExactly(
                        "Dashboard",
                        "My Performance",
                        "Performance by Section",
                        "Strategic Plan",
                        "Performance tree",
                        "Key Indicators (IKU)",
                        "Individual Indicators (IKI)",
                        "Organisation",
                        "Budget",
                        "Reports",
                        "AKIP evaluation",
                        "Excel Import");
        assertThat(judulHalaman()).isEqualTo("Strategic Plan");
    }

    /**
     * A page the role may not open and a page that does not exist look the same, in Bahasa Indonesia inside the
     * frame, naming nothing of the address (Vaadin's own page said "Could not navigate to 'persetujuan'").
     */
    @ParameterizedTest
    @ValueSource(strings = {"persetujuan", "pengguna", "tidak-ada-halaman-ini", "iki/TIDAK-ADA"})
    void aRefusedOrUnknownPageSaysSoInIndonesianInsideTheFrame(String alamat) {
        loginAndNavigate("kasi.lh", "renstra");

        // as the server routes an address the browser opens (UI.navigate hands an unknown one to the browser)
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(alamat), NavigationTrigger.PAGE_LOAD);

        HalamanTidakDitemukan halaman = _get(HalamanTidakDitemukan.class);
        assertThat(halaman.getElement().getTextRecursively())
                .contains(
                        "Halaman tidak ditemukan",
                        "Alamat ini tidak ada di portal, atau tidak dapat dibuka dengan akun Anda.",
                        "Ke halaman awal")
                .doesNotContain(alamat, "navigate");
        assertThat(judulHalaman()).isEqualTo("Halaman tidak ditemukan");
        assertThat(menu()).as("inside the portal's frame").contains("Kinerja Saya");
    }

    /** A refused page is one security-log row, like a refused service call; an unknown page is no refusal. */
    @Test
    void aRefusedPageIsLoggedOnceAnUnknownOneNot() {
        loginAndNavigate("kasi.lh", "renstra");
        long logTerakhir = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);
        UI ui = UI.getCurrent();

        ui.getInternals().getRouter().navigate(ui, new Location("pengguna"), NavigationTrigger.PAGE_LOAD);
        ui.getInternals().getRouter().navigate(ui, new Location("tidak-ada-halaman-ini"), NavigationTrigger.PAGE_LOAD);

        assertThat(jdbc.queryForList(
                        "select concat(username, ' ', peristiwa, ' ', detail) from log_keamanan " + "where id > ?",
                        String.class,
                        logTerakhir))
                .containsExactly("kasi.lh AKSES_DITOLAK halaman /pengguna: peran pengguna tidak boleh membukanya");
    }

    /**
     * The login page is configured by path ("/login"), so Vaadin sends the browser there with a full page load
     * (a pending {@code window.open}) instead of rendering a view on the server.
     */
    @Test
    void withoutLoginAPageIsNotShownAndTheBrowserIsSentToLogin() {
        UI.getCurrent().navigate("iku");

        // read before any Karibu lookup: those run a client round trip, which sends (and so empties) the queue
        List<String> parameterJs = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(js -> js.getInvocation().getParameters().stream())
                .map(String::valueOf)
                .toList();
        _assertNone(TabelIkuView.class);
        _assertNone(MainLayout.class);
        assertThat(parameterJs).contains("/login");
    }

    private static String judulHalaman() {
        return _get(H1.class, s -> s.withClasses("judul-halaman")).getText();
    }
}
