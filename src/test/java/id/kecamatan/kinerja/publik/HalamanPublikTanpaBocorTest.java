package id.kecamatan.kinerja.publik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.indikator.TargetService.SimpanTarget;
import id.kecamatan.kinerja.laporan.BacaBerkas;
import id.kecamatan.kinerja.organisasi.KepalaDaerah;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.publik.PublikService.Terbitkan;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.rencana.KecamatanUji;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Nothing but approved figures reaches the public. A kecamatan of this class's own has, in one year, a realisasi in
 * every status, each with values found nowhere else: approved (IKU-AKIP triwulan I 61,37; IKI-KASI-PEM-1 triwulan I
 * 45 of 50 = 90 %, with an evidence file), returned with a note, submitted, and draft with a kendala. The Camat
 * publishes the Pengukuran Kinerja, the LKjIP and his PK; then everything a visitor can get (the page's HTML for
 * every triwulan and each published PDF, as text) must carry the approved figures and none of the others: neither
 * the values, nor the capaian they would give, nor the evidence's name, the note, the kendala, nor the name of any
 * pegawai but the signing officials (the Camat and the kepala daerah).
 */
@UjiTerpadu
class HalamanPublikTanpaBocorTest {

    private static final String KODE = InstansiUji.milik(HalamanPublikTanpaBocorTest.class, "UJI-PUBLIK");
    private static final int TAHUN = TahunUji.tahunIni() - 1;

    private static final String NAMA_CAMAT = "Camat Terbuka Uji";
    private static final String NAMA_SEKCAM = "Sekcam Tersembunyi Uji";
    private static final String NAMA_KASI = "Kasi Tersembunyi Uji";
    private static final String NAMA_BUPATI = "Bupati Penandatangan Uji";

    /** Values and texts that must never appear: of rows returned, submitted or in draft. */
    private static final List<String> TIDAK_BOLEH = List.of(
            // IKU-AKIP triwulan II returned 72,48, III submitted 83,59, IV draft 94,61; their capaian against 60
            "72,48",
            "83,59",
            "94,61",
            "120,80",
            "139,32",
            "157,68",
            // IKI-KASI-PEM-1 II draft 17/19, III returned 23/29, IV submitted 31/37; their capaian against 80
            "89,47",
            "79,31",
            "83,78",
            "111,84",
            "99,14",
            "104,73",
            "bukti-rahasia-publik.pdf",
            "catatan pengembalian rahasia",
            "kendala draf rahasia",
            "keterangan draf rahasia",
            NAMA_SEKCAM,
            NAMA_KASI);

    private static boolean siap;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    WebApplicationContext web;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    TargetService targetService;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    BuktiDukungService buktiService;

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    PublikService publikService;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void siapkan() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        synchronized (HalamanPublikTanpaBocorTest.class) {
            if (!siap) {
                isiSetiapStatus();
                siap = true;
            }
        }
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void halamanDanBerkasnyaHanyaMemuatAngkaYangDisetujui() throws Exception {
        StringBuilder semua = new StringBuilder();
        for (Triwulan tw : Triwulan.semua()) {
            semua.append(halaman("?tahun=" + TAHUN + "&triwulan=" + tw.nomor())).append('\n');
        }
        String akhirTahun = halaman("?tahun=" + TAHUN + "&triwulan=4");
        List<String> tautan = tautanDokumen(akhirTahun);
        assertThat(tautan).hasSize(3);
        List<String> isiPdf = new ArrayList<>();
        for (String t : tautan) {
            MvcResult hasil = mvc.perform(get(t)).andReturn();
            assertThat(hasil.getResponse().getStatus()).as(t).isEqualTo(200);
            assertThat(hasil.getResponse().getContentType()).isEqualTo("application/pdf");
            isiPdf.add(BacaBerkas.teksPdf(hasil.getResponse().getContentAsByteArray()));
        }
        isiPdf.forEach(p -> semua.append(p).append('\n'));

        // the approved figures are there: the page and the documents show data, so their absence below means something
        assertThat(akhirTahun)
                .contains("61,37 nilai", "102,28 %", "Seksi Pemerintahan", "112,50 %", "Perjanjian Kinerja Camat");
        assertThat(isiPdf.get(0) + isiPdf.get(1) + isiPdf.get(2)).contains("61,37", "90,00", "112,50", NAMA_BUPATI);
        assertThat(isiPdf).anySatisfy(p -> assertThat(p).contains(NAMA_CAMAT));
        assertThat(semua.toString()).doesNotContain(TIDAK_BOLEH);
        assertThat(semua.toString().replace('.', ',')).doesNotContain(TIDAK_BOLEH);
        // no pegawai of the kecamatan is named but the Camat's holders: the sample plan's people too
        List<String> pegawai = jdbc.queryForList(
                "select p.nama from pegawai p join instansi i on i.id = p.instansi_id where i.kode = ? and p.id not in "
                        + "(select t.pegawai_id from penugasan t join instansi n on n.penandatangan_id = t.jabatan_id"
                        + " where n.kode = ?)",
                String.class,
                KODE,
                KODE);
        assertThat(pegawai).contains(NAMA_SEKCAM, NAMA_KASI);
        assertThat(semua.toString()).doesNotContain(pegawai);
        // nothing leads elsewhere: no evidence, no page of the portal behind the login but the login itself
        assertThat(semua.toString()).doesNotContain("/bukti", "/VAADIN", "kinerja-saya");
    }

    /** The service gives the approved realisasi as the page's figure, and only it. */
    @Test
    void layananMemberiAngkaDisetujuiSaja() {
        var halaman =
                publikService.halaman(KODE, new Periode(TAHUN, Triwulan.IV)).orElseThrow();

        var akip = halaman.capaian().iku().stream()
                .filter(i -> i.iku().kode().equals("IKU-AKIP"))
                .findFirst()
                .orElseThrow();
        assertThat(akip.iku().realisasi().toString()).contains("61.37");
        assertThat(akip.iku().triwulanDisetujui()).isEqualTo(1);
        assertThat(halaman.dokumen()).hasSize(3);
    }

    private String halaman(String query) throws Exception {
        MvcResult hasil = mvc.perform(get("/publik/" + KODE + query)).andReturn();
        assertThat(hasil.getResponse().getStatus()).as(query).isEqualTo(200);
        return hasil.getResponse().getContentAsString();
    }

    private static List<String> tautanDokumen(String html) {
        Matcher m = Pattern.compile("href=\"(/publik/[^\"]+/dokumen/[0-9]+)\"").matcher(html);
        List<String> tautan = new ArrayList<>();
        while (m.find()) {
            tautan.add(m.group(1));
        }
        return tautan;
    }

    /** The dataset, entered as the people would, committed (the kecamatan is this class's alone). */
    private void isiSetiapStatus() {
        String camat = KecamatanUji.akun(ctx, KODE, "CAMAT", NAMA_CAMAT);
        String sekcam = KecamatanUji.akun(ctx, KODE, "SEKCAM", NAMA_SEKCAM);
        String kasi = KecamatanUji.akun(ctx, KODE, "KASI-PEM", NAMA_KASI);

        masuk(sekcam);
        target("IKU-AKIP", "60");
        target("IKI-KASI-PEM-1", "80");
        organisasiService.simpanKepalaDaerah(
                new KepalaDaerah("Bupati Karimun", NAMA_BUPATI, null),
                organisasiService.kepalaDaerah().versi());

        masuk(camat);
        long akip1 = draf("IKU-AKIP", 1, Map.of("NILAI_AKIP", "61.37"));
        long akip2 = draf("IKU-AKIP", 2, Map.of("NILAI_AKIP", "72.48"));
        long akip3 = draf("IKU-AKIP", 3, Map.of("NILAI_AKIP", "83.59"));
        draf("IKU-AKIP", 4, Map.of("NILAI_AKIP", "94.61"));
        realisasiService.ajukan(List.of(akip1, akip2, akip3));
        realisasiService.setujui(List.of(akip1));
        realisasiService.kembalikan(akip2, "catatan pengembalian rahasia");

        masuk(kasi);
        long pem1 = draf("IKI-KASI-PEM-1", 1, Map.of("PENDUDUK_REKAM_EKTP", "45", "JUMLAH_PENDUDUK", "50"));
        buktiService.unggah(pem1, "bukti-rahasia-publik.pdf", BuktiUji.PDF);
        draf("IKI-KASI-PEM-1", 2, Map.of("PENDUDUK_REKAM_EKTP", "17", "JUMLAH_PENDUDUK", "19"));
        long pem3 = draf("IKI-KASI-PEM-1", 3, Map.of("PENDUDUK_REKAM_EKTP", "23", "JUMLAH_PENDUDUK", "29"));
        long pem4 = draf("IKI-KASI-PEM-1", 4, Map.of("PENDUDUK_REKAM_EKTP", "31", "JUMLAH_PENDUDUK", "37"));
        buktiService.unggah(pem3, "bukti-rahasia-publik.pdf", BuktiUji.PDF);
        buktiService.unggah(pem4, "bukti-rahasia-publik.pdf", BuktiUji.PDF);
        realisasiService.ajukan(List.of(pem1, pem3, pem4));
        masuk(sekcam);
        realisasiService.setujui(List.of(pem1));
        realisasiService.kembalikan(pem3, "catatan pengembalian rahasia");

        masuk(camat);
        long versi = publikService.pengaturan().versi();
        publikService.aturHalaman(true, versi);
        publikService.terbitkan(new Terbitkan(JenisDokumenTerbit.PENGUKURAN_KINERJA, TAHUN, null, null));
        publikService.terbitkan(new Terbitkan(JenisDokumenTerbit.LKJIP, TAHUN, null, null));
        publikService.terbitkan(new Terbitkan(
                JenisDokumenTerbit.PERJANJIAN_KINERJA,
                TahunUji.tahunIni(),
                null,
                LocalDate.now(ctx.getBean(Clock.class))));
        MasukSebagai.keluar();
    }

    private void masuk(String username) {
        MasukSebagai.pengguna(userDetailsService, username);
    }

    private long indikator(String kode) {
        return jdbc.queryForObject(
                "select i.id from indikator i join instansi n on n.id = i.instansi_id where n.kode = ? and i.kode = ?",
                Long.class,
                KODE,
                kode);
    }

    private void target(String kode, String nilai) {
        targetService.simpan(new SimpanTarget(
                indikator(kode), TAHUN, Map.of(PeriodeTarget.TAHUNAN, new BigDecimal(nilai)), Map.of(), null));
    }

    private long draf(String kode, int triwulan, Map<String, String> nilai) {
        Map<String, BigDecimal> angka = new HashMap<>();
        nilai.forEach((komponen, teks) -> angka.put(komponen, new BigDecimal(teks)));
        return realisasiService
                .simpanDraf(new SimpanDraf(
                        indikator(kode),
                        new Periode(TAHUN, Triwulan.dari(triwulan)),
                        angka,
                        "kendala draf rahasia",
                        "keterangan draf rahasia",
                        null))
                .realisasiId();
    }
}
