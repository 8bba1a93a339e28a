package id.kecamatan.kinerja.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.notifikasi.NotifikasiService.ItemNotifikasi;
import id.kecamatan.kinerja.notifikasi.PengaturanSurelService.SimpanPengaturan;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications and e-mail on the real database, sent to an in-process SMTP server (GreenMail): what each workflow
 * transition records and mails (in Bahasa Indonesia), the digest, the deadline reminders, no double sending across
 * runs and instances, retry after a failure without touching the user's action, nothing sent when off, opted out or
 * without an address, the test e-mail's messages, and ownership of notifications.
 * <p>
 * The settings row and the demo accounts' e-mail profiles are shared with every other test, so each test sets what
 * it needs and {@link #kembalikanKeadaan()} switches e-mail off and removes the addresses again. Mails are picked by
 * recipient and subject: other test classes' transitions of today may also reach the same accounts' bells.
 */
@SpringBootTest
@ActiveProfiles("test")
class NotifikasiServiceTest {

    /** Realisasi of the workflow tests: one quarter each. */
    private static final int TAHUN_ALUR = TahunUji.milik(NotifikasiServiceTest.class, 2034);
    /** The Rencana Aksi test. */
    private static final int TAHUN_RENCANA = TahunUji.milik(NotifikasiServiceTest.class, 2035);
    /** The deadline reminders: no one else writes this year's realisasi. */
    private static final int TAHUN_TENGGAT = TahunUji.milik(NotifikasiServiceTest.class, 2036);
    /** Failures, retries and the lock. */
    private static final int TAHUN_GAGAL = TahunUji.milik(NotifikasiServiceTest.class, 2037);

    private static final String KASI = "kasi.pemerintahan";
    private static final String ALAMAT_KASI = "kasi.pemerintahan@meral.test";
    private static final String ALAMAT_SEKCAM = "sekcam@meral.test";
    private static final String EKTP = "IKI-KASI-PEM-1";
    private static final Map<String, String> NILAI_EKTP = Map.of("PENDUDUK_REKAM_EKTP", "45", "JUMLAH_PENDUDUK", "50");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("portal", "rahasia-smtp"));

    @Autowired
    ApplicationContext ctx;

    @Autowired
    NotifikasiService service;

    @Autowired
    PengaturanSurelService pengaturanService;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    RencanaAksiService rencanaAksiService;

    @Autowired
    PekerjaanNotifikasi pekerjaan;

    @Autowired
    PesanSurel pesanSurel;

    @Autowired
    SurelKeluarRepository surelRepository;

    @Autowired
    ProfilNotifikasiRepository profilRepository;

    @Autowired
    PengaturanSurelRepository pengaturanRepository;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ZoneId zona;

    @BeforeEach
    void mulaiBersih() {
        kembalikanKeadaan();
    }

    @AfterEach
    void kembalikanKeadaan() {
        MasukSebagai.pengguna(userDetailsService, "admin");
        pengaturanService.simpan(new SimpanPengaturan(
                false, null, 587, KeamananSmtp.STARTTLS, null, null, true, null, PengaturanSurel.HARI_PENGINGAT_BAKU));
        profilRepository.deleteAll();
        MasukSebagai.keluar();
    }

    @Test
    void pengembalianTampilDiLoncengDanDikirimSekaliDenganCatatanTanpaMenungguSmtp() throws Exception {
        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        profil(KASI, ALAMAT_KASI, true);
        profil("sekcam", ALAMAT_SEKCAM, true);
        long id = realisasi(new Periode(TAHUN_ALUR, Triwulan.I), StatusRealisasi.DRAF);

        sebagai(KASI);
        realisasiService.ajukan(List.of(id));
        sebagai("sekcam");
        assertThat(service.daftarSaya())
                .as("the verifikator's bell shows the submission at once")
                .anySatisfy(n -> {
                    assertThat(n.jenis()).isEqualTo(JenisNotifikasi.REALISASI_DIAJUKAN);
                    assertThat(n.tahun()).isEqualTo(TAHUN_ALUR);
                    assertThat(n.tautan()).isEqualTo("persetujuan");
                });
        realisasiService.kembalikan(id, "Lampirkan rekap Disdukcapil");
        assertThat(greenMail.getReceivedMessages())
                .as("the user's action does not send: the job does")
                .isEmpty();

        sebagai(KASI);
        long belumDibaca = service.jumlahBelumDibaca();
        ItemNotifikasi kembali = service.daftarSaya().getFirst();
        assertThat(kembali.jenis()).isEqualTo(JenisNotifikasi.REALISASI_DIKEMBALIKAN);
        assertThat(kembali.catatan()).isEqualTo("Lampirkan rekap Disdukcapil");
        assertThat(kembali.oleh()).isEqualTo(nama("sekcam"));
        assertThat(kembali.dibaca()).isFalse();
        assertThat(belumDibaca).isPositive();
        service.tandaiDibaca(kembali.id());
        assertThat(service.jumlahBelumDibaca()).isEqualTo(belumDibaca - 1);
        MasukSebagai.keluar();

        jalankan(clock.instant());
        jalankan(clock.instant());

        List<MimeMessage> surel = surel(ALAMAT_KASI, "Realisasi dikembalikan");
        assertThat(surel).as("one e-mail for one return, after two runs").hasSize(1);
        String isi = GreenMailUtil.getBody(surel.getFirst());
        assertThat(surel.getFirst().getSubject())
                .isEqualTo("Realisasi dikembalikan: " + namaIndikator(EKTP) + " (Triwulan I " + TAHUN_ALUR + ")");
        assertThat(isi)
                .contains("Yth. " + nama(KASI))
                .contains("dikembalikan oleh " + nama("sekcam") + " dengan catatan")
                .contains("Lampirkan rekap Disdukcapil")
                .contains("halaman Kinerja Saya");
        assertThat(surel(ALAMAT_SEKCAM, "Realisasi"))
                .as("a submission reaches the verifikator's e-mail only in the digest")
                .isEmpty();
        SurelKeluar baris = baris(surel.getFirst().getSubject());
        assertThat(baris.getStatus()).isEqualTo(StatusSurel.TERKIRIM);
        assertThat(baris.getAlamat()).isEqualTo(ALAMAT_KASI);
        assertThat(baris.getTerkirimPada()).isNotNull();
    }

    @Test
    void persetujuanRealisasiDanRencanaAksiDikirimKePemilik() throws Exception {
        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        profil(KASI, ALAMAT_KASI, true);
        long id = realisasi(new Periode(TAHUN_ALUR, Triwulan.II), StatusRealisasi.DIAJUKAN);
        long rencana = RealisasiUji.rencanaAksi(ctx, indikator(EKTP), TAHUN_RENCANA, StatusRealisasi.DIAJUKAN);

        sebagai("sekcam");
        realisasiService.setujui(List.of(id));
        rencanaAksiService.kembalikan(rencana, "Tambahkan kegiatan triwulan II");
        MasukSebagai.keluar();
        jalankan(clock.instant());

        List<MimeMessage> setuju = surel(ALAMAT_KASI, "Realisasi disetujui");
        assertThat(setuju).hasSize(1);
        assertThat(setuju.getFirst().getSubject())
                .isEqualTo("Realisasi disetujui: " + namaIndikator(EKTP) + " (Triwulan II " + TAHUN_ALUR + ")");
        assertThat(GreenMailUtil.getBody(setuju.getFirst())).contains("telah disetujui oleh " + nama("sekcam"));
        List<MimeMessage> rencanaKembali = surel(ALAMAT_KASI, "Rencana Aksi dikembalikan");
        assertThat(rencanaKembali).hasSize(1);
        assertThat(rencanaKembali.getFirst().getSubject())
                .isEqualTo("Rencana Aksi dikembalikan: " + namaIndikator(EKTP) + " (tahun " + TAHUN_RENCANA + ")");
        assertThat(GreenMailUtil.getBody(rencanaKembali.getFirst())).contains("Tambahkan kegiatan triwulan II");

        sebagai(KASI);
        assertThat(service.daftarSaya())
                .extracting(ItemNotifikasi::jenis)
                .contains(JenisNotifikasi.REALISASI_DISETUJUI, JenisNotifikasi.RENCANA_DIKEMBALIKAN);
    }

    @Test
    void ringkasanHarianPengajuanSatuSurelPerVerifikatorPerHari() throws Exception {
        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        profil("sekcam", ALAMAT_SEKCAM, true);
        long tw3 = realisasi(new Periode(TAHUN_ALUR, Triwulan.III), StatusRealisasi.DRAF);
        long tw4 = realisasi(new Periode(TAHUN_ALUR, Triwulan.IV), StatusRealisasi.DRAF);
        sebagai(KASI);
        realisasiService.ajukan(List.of(tw3, tw4));
        MasukSebagai.keluar();

        jalankan(clock.instant());
        assertThat(surel(ALAMAT_SEKCAM, "Ringkasan pengajuan"))
                .as("today's digest waits for the day to end")
                .isEmpty();

        Instant besok = clock.instant()
                .atZone(zona)
                .toLocalDate()
                .plusDays(1)
                .atTime(6, 0)
                .atZone(zona)
                .toInstant();
        jalankan(besok);
        jalankan(besok.plus(Duration.ofHours(1)));

        LocalDate hariIni = clock.instant().atZone(zona).toLocalDate();
        List<MimeMessage> ringkasan = surel(ALAMAT_SEKCAM, "Ringkasan pengajuan");
        assertThat(ringkasan).as("one digest per verifikator and day").hasSize(1);
        assertThat(ringkasan.getFirst().getSubject())
                .startsWith("Ringkasan pengajuan " + PesanSurel.tanggal(hariIni) + ": ")
                .endsWith(" menunggu persetujuan");
        assertThat(GreenMailUtil.getBody(ringkasan.getFirst()))
                .contains("Yth. " + nama("sekcam"))
                .contains("Realisasi \"" + namaIndikator(EKTP) + "\", Triwulan III " + TAHUN_ALUR + ", diajukan oleh "
                        + nama(KASI))
                .contains("Realisasi \"" + namaIndikator(EKTP) + "\", Triwulan IV " + TAHUN_ALUR)
                .contains("halaman Persetujuan");
    }

    @Test
    void pengingatTenggatSekaliPerPemilikPerTriwulan() throws Exception {
        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        profil(KASI, ALAMAT_KASI, true);
        realisasi(new Periode(TAHUN_TENGGAT, Triwulan.I), StatusRealisasi.DIAJUKAN);
        int milikKasi = jdbc.queryForObject(
                "select count(*) from indikator i join jabatan j on j.id = i.pemilik_id"
                        + " join instansi s on s.id = i.instansi_id where s.kode = 'MERAL' and j.kode = ?",
                Integer.class,
                jabatanKode(KASI));
        // tenggat of triwulan I is 10 April; the Admin's default is 7 days before
        Instant delapanHari =
                LocalDate.of(TAHUN_TENGGAT, 4, 2).atTime(7, 0).atZone(zona).toInstant();
        Instant tujuhHari =
                LocalDate.of(TAHUN_TENGGAT, 4, 3).atTime(7, 0).atZone(zona).toInstant();

        assertThat(jalankan(delapanHari).pengingat())
                .as("8 days before: not yet")
                .isZero();
        assertThat(jalankan(tujuhHari).pengingat()).isPositive();
        assertThat(jalankan(tujuhHari.plus(Duration.ofDays(2))).pengingat())
                .as("once per owner and triwulan")
                .isZero();

        List<MimeMessage> pengingat = surel(ALAMAT_KASI, "Pengingat");
        assertThat(pengingat).hasSize(1);
        assertThat(pengingat.getFirst().getSubject())
                .isEqualTo("Pengingat: tenggat realisasi Triwulan I " + TAHUN_TENGGAT + " tanggal 10 April "
                        + TAHUN_TENGGAT);
        assertThat(GreenMailUtil.getBody(pengingat.getFirst()))
                .as("the submitted indicator does not count")
                .contains((milikKasi - 1) + " indikator Anda untuk Triwulan I " + TAHUN_TENGGAT + " belum diajukan")
                .contains("Tenggat pengajuan adalah 10 April " + TAHUN_TENGGAT);
        sebagai(KASI);
        assertThat(service.daftarSaya())
                .filteredOn(n -> n.jenis() == JenisNotifikasi.PENGINGAT_TENGGAT && n.tahun() == TAHUN_TENGGAT)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.jumlah()).isEqualTo(milikKasi - 1);
                    assertThat(n.tenggat()).isEqualTo(LocalDate.of(TAHUN_TENGGAT, 4, 10));
                });
    }

    @Test
    void gagalSmtpTidakMenggagalkanTindakanDanDicobaLagiDenganJeda() throws Exception {
        int portMati = portBebas();
        smtpAktif(portMati, KeamananSmtp.TIDAK_ADA);
        profil(KASI, ALAMAT_KASI, true);
        long id = realisasi(new Periode(TAHUN_GAGAL, Triwulan.I), StatusRealisasi.DIAJUKAN);

        sebagai("sekcam");
        assertThatCode(() -> realisasiService.setujui(List.of(id)))
                .as("the approval does not wait for, nor fail with, the SMTP server")
                .doesNotThrowAnyException();
        MasukSebagai.keluar();
        String subjek = "Realisasi disetujui: " + namaIndikator(EKTP) + " (Triwulan I " + TAHUN_GAGAL + ")";

        // as the database keeps it (datetime(6))
        Instant sekarang = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        PekerjaanNotifikasi.HasilJalan pertama = jalankan(sekarang);
        assertThat(pertama.gagal()).isEqualTo(1);
        SurelKeluar gagal = baris(subjek);
        assertThat(gagal.getStatus()).isEqualTo(StatusSurel.MENUNGGU);
        assertThat(gagal.getPercobaan()).isEqualTo(1);
        assertThat(gagal.getGalat()).contains("ConnectException");
        assertThat(gagal.getBerikutnya()).isEqualTo(sekarang.plus(PekerjaanNotifikasi.JEDA_AWAL));

        assertThat(jalankan(sekarang.plusSeconds(60)).gagal())
                .as("not tried again before its time")
                .isZero();
        assertThat(baris(subjek).getPercobaan()).isEqualTo(1);

        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        jalankan(sekarang.plus(PekerjaanNotifikasi.JEDA_AWAL));
        assertThat(surel(ALAMAT_KASI, subjek)).hasSize(1);
        SurelKeluar terkirim = baris(subjek);
        assertThat(terkirim.getStatus()).isEqualTo(StatusSurel.TERKIRIM);
        assertThat(terkirim.getPercobaan()).isEqualTo(1);
    }

    @Test
    void setelahPercobaanTerakhirSurelDinyatakanGagal() throws Exception {
        smtpAktif(portBebas(), KeamananSmtp.TIDAK_ADA);
        profil(KASI, ALAMAT_KASI, true);
        long id = realisasi(new Periode(TAHUN_GAGAL, Triwulan.II), StatusRealisasi.DIAJUKAN);
        sebagai("sekcam");
        realisasiService.kembalikan(id, "Perbaiki angka");
        MasukSebagai.keluar();
        String subjek = "Realisasi dikembalikan: " + namaIndikator(EKTP) + " (Triwulan II " + TAHUN_GAGAL + ")";

        Instant sekarang = clock.instant();
        for (int i = 0; i < PekerjaanNotifikasi.PERCOBAAN_MAKS; i++) {
            jalankan(sekarang.plus(Duration.ofHours(3L * i)));
        }
        SurelKeluar gagal = baris(subjek);
        assertThat(gagal.getStatus()).isEqualTo(StatusSurel.GAGAL);
        assertThat(gagal.getPercobaan()).isEqualTo(PekerjaanNotifikasi.PERCOBAAN_MAKS);

        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        jalankan(sekarang.plus(Duration.ofHours(20)));
        assertThat(surel(ALAMAT_KASI, subjek)).as("given up is given up").isEmpty();
    }

    @Test
    void keduaInstansiTidakMengirimSelamaKunciDipegang() throws Exception {
        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        profil(KASI, ALAMAT_KASI, true);
        long id = realisasi(new Periode(TAHUN_GAGAL, Triwulan.III), StatusRealisasi.DIAJUKAN);
        sebagai("sekcam");
        realisasiService.setujui(List.of(id));
        MasukSebagai.keluar();
        String subjek = "Realisasi disetujui: " + namaIndikator(EKTP) + " (Triwulan III " + TAHUN_GAGAL + ")";

        try (Connection instansiLain = dataSource.getConnection()) {
            String kunci = "kinerja.notifikasi." + instansiLain.getCatalog();
            assertThat(kunci(instansiLain, "select get_lock(?, 0)", kunci)).isTrue();
            assertThat(pekerjaan.jalankan(clock.instant()))
                    .as("another instance holds the lock: this one skips")
                    .isEmpty();
            assertThat(surel(ALAMAT_KASI, subjek)).isEmpty();
            kunci(instansiLain, "select release_lock(?)", kunci);
        }
        jalankan(clock.instant());
        jalankan(clock.instant());
        assertThat(surel(ALAMAT_KASI, subjek)).hasSize(1);
    }

    @Test
    void tidakAdaSurelSaatNonaktifAtauPenggunaMenolakAtauTanpaAlamat() throws Exception {
        profil(KASI, ALAMAT_KASI, true);
        long nonaktif = realisasi(new Periode(TAHUN_GAGAL, Triwulan.IV), StatusRealisasi.DIAJUKAN);
        sebagai("sekcam");
        realisasiService.setujui(List.of(nonaktif));
        MasukSebagai.keluar();
        jalankan(clock.instant());
        assertThat(surel(ALAMAT_KASI, "Realisasi disetujui"))
                .as("e-mail off until configured")
                .isEmpty();
        sebagai(KASI);
        assertThat(service.daftarSaya())
                .as("the bell shows it all the same")
                .anyMatch(n -> n.jenis() == JenisNotifikasi.REALISASI_DISETUJUI
                        && n.tahun() == TAHUN_GAGAL
                        && n.triwulan() == Triwulan.IV);

        // configured, but the Kasi switched e-mail off: nothing written
        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        profil(KASI, ALAMAT_KASI, false);
        long menolak = realisasi(new Periode(TAHUN_TENGGAT, Triwulan.II), StatusRealisasi.DIAJUKAN);
        sebagai("sekcam");
        realisasiService.kembalikan(menolak, "Periksa lagi");
        // no address at all
        profil(KASI, null, true);
        long tanpaAlamat = realisasi(new Periode(TAHUN_TENGGAT, Triwulan.III), StatusRealisasi.DIAJUKAN);
        sebagai("sekcam");
        realisasiService.kembalikan(tanpaAlamat, "Periksa lagi");
        // written while wanted, switched off before the job ran: cancelled, not sent
        profil(KASI, ALAMAT_KASI, true);
        long berubahPikiran = realisasi(new Periode(TAHUN_TENGGAT, Triwulan.IV), StatusRealisasi.DIAJUKAN);
        sebagai("sekcam");
        realisasiService.kembalikan(berubahPikiran, "Periksa lagi");
        profil(KASI, ALAMAT_KASI, false);
        MasukSebagai.keluar();

        PekerjaanNotifikasi.HasilJalan hasil = jalankan(clock.instant());
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(hasil.batal()).isEqualTo(1);
        assertThat(baris("Realisasi dikembalikan: " + namaIndikator(EKTP) + " (Triwulan IV " + TAHUN_TENGGAT + ")")
                        .getStatus())
                .isEqualTo(StatusSurel.BATAL);
        assertThat(surelRepository.findAll())
                .extracting(SurelKeluar::getSubjek)
                .doesNotContain(
                        "Realisasi dikembalikan: " + namaIndikator(EKTP) + " (Triwulan II " + TAHUN_TENGGAT + ")",
                        "Realisasi dikembalikan: " + namaIndikator(EKTP) + " (Triwulan III " + TAHUN_TENGGAT + ")");
    }

    @Test
    void notifikasiTercatatDalamTransaksiTindakanDanIkutBatal() {
        long id = realisasi(new Periode(TAHUN_RENCANA, Triwulan.I), StatusRealisasi.DIAJUKAN);
        sebagai("sekcam");
        long sebelum = jdbc.queryForObject("select count(*) from notifikasi", Long.class);
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            realisasiService.setujui(List.of(id));
            assertThat(jdbc.queryForObject("select count(*) from notifikasi", Long.class))
                    .as("recorded inside the action's transaction")
                    .isGreaterThan(sebelum);
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from notifikasi", Long.class))
                .as("and rolled back with it")
                .isEqualTo(sebelum);
    }

    @Test
    void notifikasiOrangLainTidakTerbacaAtauTertandai() {
        long milikSekcam = NotifikasiUji.untuk(ctx, "sekcam");
        sebagai(KASI);
        assertThat(service.daftarSaya()).extracting(ItemNotifikasi::id).doesNotContain(milikSekcam);
        assertThatThrownBy(() -> service.tandaiDibaca(milikSekcam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.tandaiDibaca(-1L)).isInstanceOf(AccessDeniedException.class);
        sebagai("sekcam");
        assertThat(service.daftarSaya())
                .filteredOn(n -> n.id() == milikSekcam)
                .singleElement()
                .extracting(ItemNotifikasi::dibaca)
                .isEqualTo(false);
        service.tandaiSemuaDibaca();
        assertThat(service.jumlahBelumDibaca()).isZero();
    }

    @Test
    void alamatSurelDiperiksa() {
        sebagai(KASI);
        assertThatThrownBy(() -> service.simpanProfilSaya("kasi pemerintahan@meral", true))
                .isInstanceOf(AturanDilanggar.class)
                .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                .isEqualTo("notifikasi.surel-tidak-sah");
        assertThatThrownBy(() -> service.simpanProfilSaya("kasi@meral", true)).isInstanceOf(AturanDilanggar.class);
        assertThat(service.simpanProfilSaya("  Kasi.Pem@Meral.go.id ", false))
                .isEqualTo(new NotifikasiService.ProfilSaya("Kasi.Pem@Meral.go.id", false, false));
        assertThat(service.simpanProfilSaya("", true).surel()).isNull();
    }

    @Test
    void surelUjiBerhasilAtauMenjelaskanGalatnya() throws Exception {
        sebagai("admin");
        assertThatThrownBy(() -> pengaturanService.kirimUji("admin@meral.test"))
                .as("nothing configured yet")
                .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                .isEqualTo("surel.belum-diatur");

        smtpAktif(greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA);
        pengaturanService.kirimUji("admin@meral.test");
        List<MimeMessage> uji = surel("admin@meral.test", "Surel uji");
        assertThat(uji).hasSize(1);
        assertThat(uji.getFirst().getSubject()).isEqualTo("Surel uji dari Kinerja Kecamatan");
        assertThat(uji.getFirst().getFrom()[0].toString()).isEqualTo("sakip@meral.test");
        assertThat(GreenMailUtil.getBody(uji.getFirst())).contains("pengaturan SMTP sudah benar");

        int portMati = portBebas();
        smtpAktif(portMati, KeamananSmtp.TIDAK_ADA);
        assertThatThrownBy(() -> pengaturanService.kirimUji("admin@meral.test"))
                .isInstanceOf(AturanDilanggar.class)
                .satisfies(e -> {
                    AturanDilanggar a = (AturanDilanggar) e;
                    assertThat(a.getKunciPesan()).isEqualTo("surel.galat.koneksi");
                    assertThat(a.getArgumen()).containsExactly("localhost", String.valueOf(portMati));
                });

        simpan(true, greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA, "portal", "salah");
        assertThatThrownBy(() -> pengaturanService.kirimUji("admin@meral.test"))
                .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                .isEqualTo("surel.galat.autentikasi");

        simpan(true, greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA, "portal", "rahasia-smtp");
        pengaturanService.kirimUji("admin@meral.test");
        assertThat(surel("admin@meral.test", "Surel uji")).hasSize(2);

        PengaturanSurelService.Pengaturan tersimpan = pengaturanService.pengaturan();
        assertThat(tersimpan.adaPassword()).isTrue();
        assertThat(tersimpan.toString()).doesNotContain("rahasia-smtp");
        assertThat(pengaturanRepository.findFirstByOrderByIdAsc().orElseThrow().toString())
                .doesNotContain("rahasia-smtp");
        // an empty password field keeps the stored one
        simpan(true, greenMail.getSmtp().getPort(), KeamananSmtp.TIDAK_ADA, "portal", "");
        pengaturanService.kirimUji("admin@meral.test");
        assertThat(surel("admin@meral.test", "Surel uji")).hasSize(3);

        assertThatThrownBy(() -> pengaturanService.simpan(
                        new SimpanPengaturan(true, null, 25, KeamananSmtp.TIDAK_ADA, null, null, false, null, 7)))
                .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                .isEqualTo("surel.belum-lengkap");
        assertThatThrownBy(() -> pengaturanService.simpan(new SimpanPengaturan(
                        false, "smtp.meral.test", 25, KeamananSmtp.TIDAK_ADA, null, null, false, "bukan alamat", 7)))
                .extracting(e -> ((AturanDilanggar) e).getKunciPesan())
                .isEqualTo("surel.pengirim-tidak-sah");
    }

    @Test
    void setiapJenisSurelPunyaTeksBahasaIndonesia() {
        for (JenisNotifikasi jenis : JenisNotifikasi.values()) {
            if (jenis.pengajuan()) {
                continue;
            }
            Notifikasi n = new Notifikasi(1L, "uji", jenis, "Indikator uji", clock.instant());
            n.setPeriode(TAHUN_ALUR, jenis.name().startsWith("RENCANA") ? null : Triwulan.II);
            n.setTenggat(LocalDate.of(TAHUN_ALUR, 7, 10));
            n.setJumlah(3);
            n.setOleh("Penguji");
            n.setCatatan("Catatan uji");
            PesanSurel.Surel surel = pesanSurel.untuk(n, "Penerima");
            assertThat(surel.isi()).as("%s", jenis).startsWith("Yth. Penerima,").contains("Kinerja Kecamatan");
            assertThat(surel.subjek() + surel.isi()).as("%s", jenis).doesNotContain("{", "}");
        }
        assertThat(pesanSurel
                        .untuk(notifikasi(JenisNotifikasi.RENCANA_DISETUJUI, TAHUN_RENCANA, null), "Penerima")
                        .subjek())
                .isEqualTo("Rencana Aksi disetujui: Indikator uji (tahun " + TAHUN_RENCANA + ")");
        assertThat(pesanSurel
                        .untuk(notifikasi(JenisNotifikasi.PENGINGAT_TENGGAT, TAHUN_ALUR, Triwulan.II), "P")
                        .isi())
                .contains("3 indikator Anda untuk Triwulan II " + TAHUN_ALUR + " belum diajukan")
                .contains("10 Juli " + TAHUN_ALUR);
    }

    private Notifikasi notifikasi(JenisNotifikasi jenis, int tahun, Triwulan triwulan) {
        Notifikasi n = new Notifikasi(1L, "uji", jenis, "Indikator uji", clock.instant());
        n.setPeriode(tahun, triwulan);
        n.setTenggat(LocalDate.of(tahun, 7, 10));
        n.setJumlah(3);
        n.setOleh("Penguji");
        return n;
    }

    // --- helpers

    private PekerjaanNotifikasi.HasilJalan jalankan(Instant sekarang) {
        return pekerjaan.jalankan(sekarang).orElseThrow(() -> new AssertionError("the lock was taken"));
    }

    private void smtpAktif(int port, KeamananSmtp keamanan) {
        simpan(true, port, keamanan, null, null);
    }

    private void simpan(boolean aktif, int port, KeamananSmtp keamanan, String username, String password) {
        var sebelumnya = org.springframework.security.core.context.SecurityContextHolder.getContext();
        MasukSebagai.pengguna(userDetailsService, "admin");
        pengaturanService.simpan(new SimpanPengaturan(
                aktif, "localhost", port, keamanan, username, password, false, "sakip@meral.test", 7));
        org.springframework.security.core.context.SecurityContextHolder.setContext(sebelumnya);
    }

    private void profil(String username, String alamat, boolean kirim) {
        var sebelumnya = org.springframework.security.core.context.SecurityContextHolder.getContext();
        MasukSebagai.pengguna(userDetailsService, username);
        service.simpanProfilSaya(alamat, kirim);
        org.springframework.security.core.context.SecurityContextHolder.setContext(sebelumnya);
    }

    private void sebagai(String username) {
        MasukSebagai.pengguna(userDetailsService, username);
    }

    private long realisasi(Periode periode, StatusRealisasi status) {
        return RealisasiUji.tulis(ctx, indikator(EKTP), periode, status, NILAI_EKTP);
    }

    private long indikator(String kode) {
        return jdbc.queryForObject(
                "select i.id from indikator i join instansi s on s.id = i.instansi_id where s.kode = 'MERAL' and i.kode = ?",
                Long.class,
                kode);
    }

    private String namaIndikator(String kode) {
        return jdbc.queryForObject(
                "select i.nama from indikator i join instansi s on s.id = i.instansi_id where s.kode = 'MERAL' and i.kode = ?",
                String.class,
                kode);
    }

    private String nama(String username) {
        return jdbc.queryForObject(
                "select p.nama from akun a join pegawai p on p.id = a.pegawai_id where a.username = ?",
                String.class,
                username);
    }

    private String jabatanKode(String username) {
        MasukSebagai.pengguna(userDetailsService, username);
        Long jabatanId = ((id.kecamatan.kinerja.base.PenggunaSaatIni)
                        ctx.getBean(id.kecamatan.kinerja.base.PenggunaSaatIni.class))
                .wajib()
                .jabatanId();
        MasukSebagai.keluar();
        return jdbc.queryForObject("select kode from jabatan where id = ?", String.class, jabatanId);
    }

    private SurelKeluar baris(String subjek) {
        return surelRepository.findAll().stream()
                .filter(s -> s.getSubjek().equals(subjek))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outbox row " + subjek));
    }

    /** The messages GreenMail received for one address whose subject starts with {@code awal}. */
    private static List<MimeMessage> surel(String alamat, String awal) throws Exception {
        return Arrays.stream(greenMail.getReceivedMessagesForDomain(alamat))
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith(awal);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static int portBebas() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean kunci(Connection koneksi, String sql, String kunci) throws Exception {
        try (PreparedStatement p = koneksi.prepareStatement(sql)) {
            p.setString(1, kunci);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        }
    }
}
