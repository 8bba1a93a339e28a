package id.kecamatan.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.EntriRiwayatRencana;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.KegiatanIsian;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.Penyimpangan;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.RencanaIndikator;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.SimpanRencana;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Rencana Aksi on the real database: its workflow and history as a realisasi's, the input it refuses, who may do
 * what, and a quarter behind its plan (cumulative or the quarter's own value, as the indicator's agregasi says).
 */
@SpringBootTest
@ActiveProfiles("test")
class RencanaAksiServiceTest {

    private static final int TAHUN_ALUR = TahunUji.milik(RencanaAksiServiceTest.class, 2001);
    private static final int TAHUN_PER_TRIWULAN = TahunUji.milik(RencanaAksiServiceTest.class, 2002);
    private static final int TAHUN_ISIAN_BURUK = TahunUji.milik(RencanaAksiServiceTest.class, 2003);
    private static final int TAHUN_DUA_PENYUNTING = TahunUji.milik(RencanaAksiServiceTest.class, 2004);

    /** KUMULATIF, one komponen: kegiatan kantrantibmas counted per quarter. */
    private static final String TRANTIB = "IKI-KASI-TRANTIB-1";
    /** TERAKHIR, a RASIO: e-KTP recorded / residents. */
    private static final String EKTP = "IKI-KASI-PEM-1";

    @Autowired
    RencanaAksiService service;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void kasiMenyusunSekcamMengembalikanLaluMenyetujuiDanRiwayatnyaLengkap() {
        sebagai("kasi.trantib");
        RencanaIndikator kosong = rencana(TAHUN_ALUR, TRANTIB);
        assertThat(kosong.rencanaId()).isNull();
        assertThat(kosong.dapatDiubah()).isTrue();

        RencanaIndikator draf = service.simpanDraf(new SimpanRencana(
                kosong.indikatorId(),
                TAHUN_ALUR,
                target("2", "5", null, "10"),
                List.of(
                        new KegiatanIsian(Triwulan.I, "Patroli gabungan", "Satpol PP"),
                        new KegiatanIsian(Triwulan.II, "Rapat koordinasi", "Kasi Trantib")),
                null));
        assertThat(draf.status()).isEqualTo(StatusRealisasi.DRAF);
        assertThat(draf.untuk(Triwulan.II).target()).isEqualByComparingTo("5");
        assertThat(draf.untuk(Triwulan.III).target())
                .as("a quarter without a target is belum direncanakan, never 0")
                .isNull();
        assertThat(draf.untuk(Triwulan.III).banding().menyimpang()).isFalse();
        assertThat(draf.untuk(Triwulan.I).kegiatan())
                .containsExactly(new KegiatanIsian(Triwulan.I, "Patroli gabungan", "Satpol PP"));
        Long id = draf.rencanaId();
        assertThat(id).isNotNull();

        sebagai("sekcam");
        int menungguSebelum = realisasiService.ringkasan().menungguPersetujuan();
        sebagai("kasi.trantib");
        service.ajukan(id);

        sebagai("sekcam");
        assertThat(realisasiService.ringkasan().menungguPersetujuan()).isEqualTo(menungguSebelum + 1);
        assertThat(service.kotakMasuk()).extracting(RencanaIndikator::rencanaId).contains(id);
        service.kembalikan(id, "Tambahkan kegiatan triwulan IV");

        sebagai("kasi.trantib");
        RencanaIndikator dikembalikan = rencana(TAHUN_ALUR, TRANTIB);
        assertThat(dikembalikan.status()).isEqualTo(StatusRealisasi.DIKEMBALIKAN);
        assertThat(dikembalikan.catatanVerifikator()).isEqualTo("Tambahkan kegiatan triwulan IV");
        service.simpanDraf(new SimpanRencana(
                dikembalikan.indikatorId(),
                TAHUN_ALUR,
                target("2", "5", null, "10"),
                List.of(
                        new KegiatanIsian(Triwulan.I, "Patroli gabungan", "Satpol PP"),
                        new KegiatanIsian(Triwulan.II, "Rapat koordinasi", "Kasi Trantib"),
                        new KegiatanIsian(Triwulan.IV, "Pengamanan malam tahun baru", "Satlinmas")),
                dikembalikan.versi()));
        service.ajukan(id);

        sebagai("sekcam");
        service.setujui(id);
        assertThat(service.kotakMasuk()).extracting(RencanaIndikator::rencanaId).doesNotContain(id);

        sebagai("kasi.trantib");
        RencanaIndikator disetujui = rencana(TAHUN_ALUR, TRANTIB);
        assertThat(disetujui.status()).isEqualTo(StatusRealisasi.DISETUJUI);
        assertThat(disetujui.dapatDiubah()).isFalse();
        assertThatThrownBy(() -> service.simpanDraf(new SimpanRencana(
                        disetujui.indikatorId(),
                        TAHUN_ALUR,
                        target("1", null, null, null),
                        List.of(),
                        disetujui.versi())))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("rencana-aksi.terkunci");

        List<EntriRiwayatRencana> riwayat = service.riwayat(id);
        assertThat(riwayat)
                .extracting(EntriRiwayatRencana::dari, EntriRiwayatRencana::ke, EntriRiwayatRencana::oleh)
                .containsExactly(
                        tuple(null, StatusRealisasi.DRAF, "kasi.trantib"),
                        tuple(StatusRealisasi.DRAF, StatusRealisasi.DIAJUKAN, "kasi.trantib"),
                        tuple(StatusRealisasi.DIAJUKAN, StatusRealisasi.DIKEMBALIKAN, "sekcam"),
                        tuple(StatusRealisasi.DIKEMBALIKAN, StatusRealisasi.DRAF, "kasi.trantib"),
                        tuple(StatusRealisasi.DRAF, StatusRealisasi.DIAJUKAN, "kasi.trantib"),
                        tuple(StatusRealisasi.DIAJUKAN, StatusRealisasi.DISETUJUI, "sekcam"));
        assertThat(riwayat.getFirst().perubahan())
                .contains("Target triwulan I: belum direncanakan → 2")
                .contains("Kegiatan triwulan I ditambah: Patroli gabungan (Satpol PP)")
                .doesNotContain("triwulan III");
        assertThat(riwayat.get(2).catatan()).isEqualTo("Tambahkan kegiatan triwulan IV");
        assertThat(riwayat.get(3).perubahan())
                .isEqualTo("Kegiatan triwulan IV ditambah: Pengamanan malam tahun baru (Satlinmas)");

        sebagai("kasi.lh");
        assertThatThrownBy(() -> service.riwayat(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.untukIndikator(disetujui.indikatorId(), TAHUN_ALUR)
                        .untuk(Triwulan.II)
                        .target())
                .as("an approved plan is read by everyone of the office")
                .isEqualByComparingTo("5");

        // realisasi: 1 kegiatan in I (plan 2), 4 more in II (cumulative 5 = plan 5)
        setujuiRealisasi("kasi.trantib", TRANTIB, TAHUN_ALUR, Triwulan.I, Map.of("KEGIATAN_KANTRANTIBMAS", "1"));
        setujuiRealisasi("kasi.trantib", TRANTIB, TAHUN_ALUR, Triwulan.II, Map.of("KEGIATAN_KANTRANTIBMAS", "4"));
        sebagai("camat");
        List<Penyimpangan> menyimpang = service.penyimpangan(new Periode(TAHUN_ALUR, Triwulan.IV)).stream()
                .filter(p -> p.kode().equals(TRANTIB))
                .toList();
        assertThat(menyimpang)
                .extracting(
                        p -> p.banding().triwulan(),
                        p -> p.banding().realisasi(),
                        p -> p.banding().capaian())
                .containsExactly(tuple(
                        Triwulan.I, new Hasil.Nilai(new BigDecimal("1.00")), new Hasil.Nilai(new BigDecimal("50.00"))));
        sebagai("kasi.trantib");
        RencanaIndikator dibandingkan = rencana(TAHUN_ALUR, TRANTIB);
        assertThat(dibandingkan.untuk(Triwulan.II).banding().realisasi())
                .as("a cumulative target is compared with everything approved up to the quarter")
                .isEqualTo(new Hasil.Nilai(new BigDecimal("5.00")));
        assertThat(dibandingkan.untuk(Triwulan.IV).banding().realisasi())
                .as("a quarter without approved realisasi is not judged")
                .isEqualTo(new Hasil.BelumDiisi());
        assertThat(service.penyimpangan(new Periode(TAHUN_ALUR, Triwulan.I)).stream()
                        .filter(p -> p.kode().equals(TRANTIB)))
                .hasSize(1);
    }

    @Test
    void indikatorTerakhirDibandingkanDenganNilaiTriwulanItuSendiri() {
        sebagai("kasi.pemerintahan");
        RencanaIndikator kosong = rencana(TAHUN_PER_TRIWULAN, EKTP);
        Long id = service.simpanDraf(new SimpanRencana(
                        kosong.indikatorId(),
                        TAHUN_PER_TRIWULAN,
                        target(null, "95", null, null),
                        List.of(new KegiatanIsian(Triwulan.II, "Perekaman keliling", "Kasi Pemerintahan")),
                        null))
                .rencanaId();
        assertThat(id).isNotNull();
        service.ajukan(id);
        sebagai("sekcam");
        service.setujui(id);

        setujuiRealisasi(
                "kasi.pemerintahan",
                EKTP,
                TAHUN_PER_TRIWULAN,
                Triwulan.I,
                Map.of("PENDUDUK_REKAM_EKTP", "45", "JUMLAH_PENDUDUK", "50"));
        setujuiRealisasi(
                "kasi.pemerintahan",
                EKTP,
                TAHUN_PER_TRIWULAN,
                Triwulan.II,
                Map.of("PENDUDUK_REKAM_EKTP", "46", "JUMLAH_PENDUDUK", "50"));

        sebagai("kasi.lh");
        List<Penyimpangan> menyimpang = service.penyimpangan(new Periode(TAHUN_PER_TRIWULAN, Triwulan.IV)).stream()
                .filter(p -> p.kode().equals(EKTP))
                .toList();
        // 46 / 50 = 92 % in II alone (both quarters summed would be 91 %), against the plan's 95
        assertThat(menyimpang)
                .extracting(
                        p -> p.banding().triwulan(),
                        p -> p.banding().realisasi(),
                        p -> p.banding().capaian())
                .containsExactly(tuple(
                        Triwulan.II,
                        new Hasil.Nilai(new BigDecimal("92.00")),
                        new Hasil.Nilai(new BigDecimal("96.84"))));
    }

    @Test
    void isianBurukDitolakDenganPesanDanTidakMenyimpanApaPun() {
        sebagai("kasi.trantib");
        Long indikator = rencana(TAHUN_ISIAN_BURUK, TRANTIB).indikatorId();
        assertThatThrownBy(() -> service.simpanDraf(new SimpanRencana(
                        indikator, TAHUN_ISIAN_BURUK, target("-1", null, null, null), List.of(), null)))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.nilai-negatif");
        assertThatThrownBy(() -> service.simpanDraf(new SimpanRencana(
                        indikator,
                        TAHUN_ISIAN_BURUK,
                        target("1", null, null, null),
                        List.of(new KegiatanIsian(Triwulan.I, "Patroli", "  ")),
                        null)))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("rencana-aksi.kegiatan-tidak-lengkap");
        assertThatThrownBy(() -> service.simpanDraf(new SimpanRencana(
                        indikator, TAHUN_ISIAN_BURUK, target("1.12345", null, null, null), List.of(), null)))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.desimal-terlalu-banyak");
        int terlaluJauh = LocalDate.now(TahunUji.ZONA).getYear() + 2;
        assertThatThrownBy(() -> service.simpanDraf(
                        new SimpanRencana(indikator, terlaluJauh, target("1", null, null, null), List.of(), null)))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("rencana-aksi.tahun-di-luar");
        assertThat(rencana(TAHUN_ISIAN_BURUK, TRANTIB).rencanaId())
                .as("nothing was saved")
                .isNull();

        RencanaIndikator tanpaKegiatan = service.simpanDraf(
                new SimpanRencana(indikator, TAHUN_ISIAN_BURUK, target("1", null, null, null), List.of(), null));
        Long id = tanpaKegiatan.rencanaId();
        assertThat(id).isNotNull();
        assertThatThrownBy(() -> service.ajukan(id))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("rencana-aksi.belum-lengkap");

        sebagai("kasi.lh");
        assertThatThrownBy(() -> service.simpanDraf(new SimpanRencana(
                        indikator, TAHUN_ISIAN_BURUK, target("9", null, null, null), List.of(), tanpaKegiatan.versi())))
                .as("only the indicator's owner writes its plan")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.untukIndikator(indikator, TAHUN_ISIAN_BURUK))
                .as("a plan not yet approved is closed to other Kasi")
                .satisfies(r -> {
                    assertThat(r.tertutup()).isTrue();
                    assertThat(r.rencanaId()).isNull();
                    assertThat(r.untuk(Triwulan.I).target()).isNull();
                });

        sebagai("kasi.trantib");
        service.simpanDraf(new SimpanRencana(
                indikator,
                TAHUN_ISIAN_BURUK,
                target("1", null, null, null),
                List.of(new KegiatanIsian(Triwulan.I, "Patroli", "Satpol PP")),
                tanpaKegiatan.versi()));
        service.ajukan(id);
        sebagai("kasi.lh");
        assertThatThrownBy(() -> service.setujui(id))
                .as("only the verifikator of the owner's jabatan approves")
                .isInstanceOf(AccessDeniedException.class);
        sebagai("sekcam");
        assertThatThrownBy(() -> service.kembalikan(id, " "))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("realisasi.catatan-wajib");
        service.setujui(id);
        assertThatThrownBy(() -> service.setujui(id))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("rencana-aksi.status-salah");
        service.bukaKembali(id, "Target berubah setelah APBD-P");
        sebagai("kasi.trantib");
        assertThat(rencana(TAHUN_ISIAN_BURUK, TRANTIB).status()).isEqualTo(StatusRealisasi.DIKEMBALIKAN);
    }

    @Test
    void duaPenyuntingBertemuSebagaiKonflikDanYangTersimpanTidakHilang() {
        sebagai("kasi.trantib");
        Long indikator = rencana(TAHUN_DUA_PENYUNTING, TRANTIB).indikatorId();
        RencanaIndikator pertama = service.simpanDraf(
                new SimpanRencana(indikator, TAHUN_DUA_PENYUNTING, target("3", null, null, null), List.of(), null));
        // two tabs loaded the same version; the first saves, the second must not overwrite it
        service.simpanDraf(new SimpanRencana(
                indikator, TAHUN_DUA_PENYUNTING, target("4", null, null, null), List.of(), pertama.versi()));
        assertThatThrownBy(() -> service.simpanDraf(new SimpanRencana(
                        indikator, TAHUN_DUA_PENYUNTING, target("7", null, null, null), List.of(), pertama.versi())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> service.simpanDraf(new SimpanRencana(
                        indikator, TAHUN_DUA_PENYUNTING, target("8", null, null, null), List.of(), null)))
                .as("a second first save")
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(rencana(TAHUN_DUA_PENYUNTING, TRANTIB).untuk(Triwulan.I).target())
                .isEqualByComparingTo("4");
    }

    private void setujuiRealisasi(
            String pemilik, String kode, int tahun, Triwulan triwulan, Map<String, String> nilai) {
        sebagai(pemilik);
        Map<String, BigDecimal> angka = new java.util.HashMap<>();
        nilai.forEach((k, v) -> angka.put(k, new BigDecimal(v)));
        SelTriwulan sel = realisasiService.simpanDraf(new SimpanDraf(
                rencana(tahun, kode).indikatorId(), new Periode(tahun, triwulan), angka, null, null, null));
        realisasiService.ajukan(List.of(sel.realisasiId()));
        sebagai("sekcam");
        realisasiService.setujui(List.of(sel.realisasiId()));
    }

    private RencanaIndikator rencana(int tahun, String kode) {
        return service.milikSaya(tahun).stream()
                .filter(r -> r.kode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    private static Map<Triwulan, @Nullable BigDecimal> target(
            @Nullable String i, @Nullable String ii, @Nullable String iii, @Nullable String iv) {
        Map<Triwulan, @Nullable BigDecimal> target = new EnumMap<>(Triwulan.class);
        String[] nilai = {i, ii, iii, iv};
        for (Triwulan tw : Triwulan.values()) {
            String n = nilai[tw.ordinal()];
            target.put(tw, n == null ? null : new BigDecimal(n));
        }
        return target;
    }

    private void sebagai(String username) {
        UserDetails pengguna = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(pengguna, null, pengguna.getAuthorities()));
    }
}
