package id.kecamatan.kinerja.publik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.publik.PublikService.DokumenPublik;
import id.kecamatan.kinerja.publik.PublikService.Terbitkan;
import id.kecamatan.kinerja.rencana.KecamatanUji;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public page over HTTP (MockMvc through the real security filter chains) and the Camat's side of it, on two
 * kecamatan of this class's own: no session, cacheable for a minute, "not found" for whatever is not shown, the
 * published PDF with its ETag, the budget per address, nothing but reading; publishing again replaces, withdrawing
 * hides, another kecamatan's Camat is refused.
 */
@UjiTerpadu
class HalamanPublikTest {

    private static final String KODE = InstansiUji.milik(HalamanPublikTest.class, "UJI-PUB-A");
    private static final String KODE_LAIN = InstansiUji.milik(HalamanPublikTest.class, "UJI-PUB-B");
    private static final int TAHUN = TahunUji.tahunIni() - 1;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    WebApplicationContext web;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PublikService publikService;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;
    private String camat;
    private String camatLain;

    @BeforeEach
    void siapkan() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        camat = KecamatanUji.akun(ctx, KODE, "CAMAT", "Camat Uji A");
        camatLain = KecamatanUji.akun(ctx, KODE_LAIN, "CAMAT", "Camat Uji B");
        halaman(camat, true);
        halaman(camatLain, true);
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void halamanTanpaSesiBolehDisimpanSemenitDanBerbahasaPengunjung() throws Exception {
        MvcResult hasil = mvc.perform(dari("10.1.0.1", get("/publik/" + KODE))).andReturn();

        assertThat(hasil.getResponse().getStatus()).isEqualTo(200);
        assertThat(hasil.getRequest().getSession(false)).isNull();
        assertThat(hasil.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(hasil.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(hasil.getResponse().getHeader("Pragma")).isNull();
        assertThat(hasil.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(hasil.getResponse().getContentAsString())
                .contains(
                        "<html lang=\"id\">",
                        "Kinerja Kecamatan " + KODE,
                        "Skor kinerja kecamatan",
                        "Masuk untuk pegawai")
                .doesNotContain("<script");

        // Indonesian whatever the browser's language, as the portal's screens; English when the address asks for it
        String browserInggris = mvc.perform(
                        dari("10.1.0.1", get("/publik/" + KODE).header("Accept-Language", "en-US,en;q=0.9")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(browserInggris).contains("<html lang=\"id\">", "Masuk untuk pegawai", ">English</a>");
        String inggris = mvc.perform(dari("10.1.0.1", get("/publik/" + KODE + "?bahasa=en")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inggris)
                .contains(
                        "<html lang=\"en\">",
                        "Sign in for staff",
                        "name=\"bahasa\" value=\"en\"",
                        ">Bahasa Indonesia</a>");
        assertThat(mvc.perform(dari("10.1.0.1", head("/publik/" + KODE)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void daftarMemuatKecamatanYangHalamannyaTerbuka() throws Exception {
        MvcResult hasil = mvc.perform(dari("10.1.0.2", get("/publik"))).andReturn();

        // two of this class's own are open, so it is the list, never a redirect to one of them
        assertThat(hasil.getResponse().getStatus()).isEqualTo(200);
        assertThat(hasil.getResponse().getContentAsString())
                .contains("href=\"/publik/" + KODE + "\"", "href=\"/publik/" + KODE_LAIN + "\"");
        assertThat(publikService.daftar())
                .extracting(PublikService.InstansiPublik::kode)
                .doesNotContain("MERAL");
    }

    @Test
    void yangTidakDitampilkanAdalahTidakDitemukan() throws Exception {
        for (String alamat : List.of(
                "/publik/TIDAK-ADA",
                "/publik/" + KODE + "?tahun=" + (TahunUji.tahunIni() - 5) + "&triwulan=1",
                "/publik/" + KODE + "?tahun=" + TAHUN + "&triwulan=7",
                "/publik/" + KODE + "/dokumen/999999999",
                "/publik/MERAL")) {
            MvcResult hasil = mvc.perform(dari("10.1.0.3", get(alamat))).andReturn();
            assertThat(hasil.getResponse().getStatus()).as(alamat).isEqualTo(404);
        }
        halaman(camatLain, false);
        assertThat(status("10.1.0.3", get("/publik/" + KODE_LAIN))).isEqualTo(404);
        assertThat(publikService.halaman(KODE_LAIN, null)).isEmpty();
        halaman(camatLain, true);
        assertThat(status("10.1.0.3", get("/publik/" + KODE_LAIN))).isEqualTo(200);
    }

    @Test
    void halamanPublikHanyaMembaca() throws Exception {
        assertThat(status("10.1.0.4", post("/publik/" + KODE))).isEqualTo(403);
        assertThat(status("10.1.0.4", post("/publik/" + KODE + "/dokumen/1"))).isEqualTo(403);
    }

    @Test
    void dokumenTerbitDenganEtagLaluDigantiDanDitarik() throws Exception {
        MasukSebagai.pengguna(userDetailsService, camat);
        DokumenPublik lama =
                publikService.terbitkan(new Terbitkan(JenisDokumenTerbit.PENGUKURAN_KINERJA, TAHUN, Triwulan.II, null));
        DokumenPublik baru =
                publikService.terbitkan(new Terbitkan(JenisDokumenTerbit.PENGUKURAN_KINERJA, TAHUN, Triwulan.II, null));
        // publishing the same document again withdrew the first: one in force, the old one recorded
        assertThat(publikService.pengaturan().dokumen())
                .extracting(DokumenPublik::id)
                .contains(baru.id())
                .doesNotContain(lama.id());
        MasukSebagai.keluar();
        assertThat(jdbc.queryForObject("select ditarik_oleh from dokumen_terbit where id = ?", String.class, lama.id()))
                .startsWith("Camat Uji A");
        String alamat = "/publik/" + KODE + "/dokumen/" + baru.id();
        MvcResult unduh = mvc.perform(dari("10.1.0.5", get(alamat))).andReturn();
        assertThat(unduh.getResponse().getStatus()).isEqualTo(200);
        assertThat(unduh.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(unduh.getResponse().getHeader("ETag")).isEqualTo("\"" + baru.sha256() + "\"");
        assertThat(unduh.getResponse().getContentAsByteArray())
                .hasSize(baru.ukuran())
                .startsWith('%', 'P', 'D', 'F');
        assertThat(status("10.1.0.5", get(alamat).header("If-None-Match", "\"" + baru.sha256() + "\"")))
                .isEqualTo(304);
        assertThat(status("10.1.0.5", get("/publik/" + KODE + "/dokumen/" + lama.id())))
                .isEqualTo(404);
        // another kecamatan's kode does not reach it
        assertThat(status("10.1.0.5", get("/publik/" + KODE_LAIN + "/dokumen/" + baru.id())))
                .isEqualTo(404);

        MasukSebagai.pengguna(userDetailsService, camatLain);
        long logSebelum = logTerakhir();
        assertThatThrownBy(() -> publikService.tarik(baru.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForList(
                        "select detail from log_keamanan where id > ? and peristiwa = 'AKSES_DITOLAK'",
                        String.class,
                        logSebelum))
                .singleElement()
                .asString()
                .contains("PublikService.tarik", "di instansi lain");
        MasukSebagai.pengguna(userDetailsService, camat);
        publikService.tarik(baru.id());
        MasukSebagai.keluar();
        assertThat(status("10.1.0.5", get(alamat))).isEqualTo(404);
    }

    @Test
    void isianSalahDitolakDenganPesanDanKonflikTerdeteksi() {
        MasukSebagai.pengguna(userDetailsService, camat);
        assertThatThrownBy(() -> publikService.terbitkan(new Terbitkan(JenisDokumenTerbit.LKJIP, 1999, null, null)))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("publik.tahun-tidak-sah"));
        assertThatThrownBy(() -> publikService.terbitkan(
                        new Terbitkan(JenisDokumenTerbit.PERJANJIAN_KINERJA, TAHUN, null, null)))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("laporan.pk.tanggal-wajib"));
        long versi = publikService.pengaturan().versi();
        publikService.aturHalaman(false, versi);
        // a second screen, loaded before that change, would switch it on again: refused, the page stays off
        assertThatThrownBy(() -> publikService.aturHalaman(true, versi))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(publikService.pengaturan().aktif()).isFalse();
        publikService.aturHalaman(true, publikService.pengaturan().versi());
    }

    /**
     * An address gets {@link PembatasHalamanPublik}'s budget of 60 requests at once, then 429 with the seconds to
     * wait; the first refusal is written to the security log, the next ones are not; another address goes on.
     */
    @Test
    void setiapAlamatPunyaBatasPermintaan() throws Exception {
        String alamat = "10.1.0.66";
        long logSebelum = logTerakhir();
        int berhasil = 0;
        MvcResult ditolak = null;
        for (int i = 0; i < 65; i++) {
            MvcResult hasil = mvc.perform(dari(alamat, get("/publik/" + KODE))).andReturn();
            if (hasil.getResponse().getStatus() == 200) {
                berhasil++;
            } else if (ditolak == null) {
                ditolak = hasil;
            }
        }
        // one token comes back per second, so a slow run may get one or two more than the 60 at once
        assertThat(berhasil).isBetween(60, 62);
        assertThat(ditolak).isNotNull();
        assertThat(ditolak.getResponse().getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(ditolak.getResponse().getHeader("Retry-After")))
                .isPositive();
        assertThat(ditolak.getResponse().getContentAsString()).contains("Terlalu banyak permintaan");
        assertThat(jdbc.queryForList(
                        "select alamat from log_keamanan where id > ? and peristiwa = 'PUBLIK_DIBATASI'",
                        String.class,
                        logSebelum))
                .containsExactly(alamat);
        assertThat(status("10.1.0.67", get("/publik/" + KODE))).isEqualTo(200);
    }

    private void halaman(String username, boolean aktif) {
        MasukSebagai.pengguna(userDetailsService, username);
        publikService.aturHalaman(aktif, publikService.pengaturan().versi());
        MasukSebagai.keluar();
    }

    private int status(String alamat, MockHttpServletRequestBuilder permintaan) throws Exception {
        return mvc.perform(dari(alamat, permintaan)).andReturn().getResponse().getStatus();
    }

    private static RequestBuilder dari(String alamat, MockHttpServletRequestBuilder permintaan) {
        return permintaan.with(r -> {
            r.setRemoteAddr(alamat);
            return r;
        });
    }

    private long logTerakhir() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);
    }
}
