package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.notifikasi.PesanSurel.Surel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled job of the notifications ({@code kinerja.notifikasi.jadwal}, every 5 minutes by default; "-"
 * switches it off): records today's deadline reminders and yesterday's digests, then sends the outbox's due e-mails.
 * <p>
 * One instance runs it at a time: it holds MariaDB's named lock {@code kinerja.notifikasi.<database>}
 * ({@code GET_LOCK(name, 0)}, as the backups do) on a connection of its own and skips the run when another instance
 * holds it. An e-mail is marked sent, with the time and address, in a transaction of its own right after the server
 * took it; a failure records the error and tries again later ({@link #JEDA_AWAL} doubled at each attempt, up to
 * {@link #PERCOBAAN_MAKS} attempts), and stops the run, as the next e-mails would meet the same server. Nothing of
 * this runs in a user's request.
 */
@Component
class PekerjaanNotifikasi {

    private static final Logger log = LoggerFactory.getLogger(PekerjaanNotifikasi.class);

    static final int PERCOBAAN_MAKS = 5;
    static final Duration JEDA_AWAL = Duration.ofMinutes(5);
    /** An e-mail not sent within this time is cancelled: a reminder days late helps no one. */
    static final Duration KEDALUWARSA = Duration.ofDays(3);

    static final int BATAS_PER_JALAN = 50;

    private final DataSource dataSource;
    private final TransactionTemplate transaksi;
    private final PencatatNotifikasi pencatat;
    private final SurelKeluarRepository surelRepository;
    private final ProfilNotifikasiRepository profilRepository;
    private final PengaturanSurelRepository pengaturanRepository;
    private final KlienSmtp klien;
    private final Clock clock;

    PekerjaanNotifikasi(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            PencatatNotifikasi pencatat,
            SurelKeluarRepository surelRepository,
            ProfilNotifikasiRepository profilRepository,
            PengaturanSurelRepository pengaturanRepository,
            KlienSmtp klien,
            Clock clock) {
        this.dataSource = dataSource;
        this.transaksi = new TransactionTemplate(transactionManager);
        this.pencatat = pencatat;
        this.surelRepository = surelRepository;
        this.profilRepository = profilRepository;
        this.pengaturanRepository = pengaturanRepository;
        this.klien = klien;
        this.clock = clock;
    }

    /** What one run did. */
    record HasilJalan(int pengingat, int ringkasan, int terkirim, int gagal, int batal) {}

    @Scheduled(cron = "${kinerja.notifikasi.jadwal:0 */5 * * * *}")
    void terjadwal() {
        try {
            jalankan(clock.instant()).ifPresent(h -> {
                if (h.terkirim() + h.gagal() + h.pengingat() + h.ringkasan() > 0) {
                    log.info("Notifikasi: {}", h);
                }
            });
        } catch (RuntimeException e) {
            log.error("Pekerjaan notifikasi gagal", e);
        }
    }

    /** One run as of {@code sekarang}; empty when another instance holds the lock. */
    Optional<HasilJalan> jalankan(Instant sekarang) {
        return denganKunci(() -> kerja(sekarang));
    }

    private HasilJalan kerja(Instant sekarang) {
        int pengingat = dalamTransaksi(() -> pencatat.pengingatTenggat(sekarang));
        int ringkasan = dalamTransaksi(() -> pencatat.ringkasanPengajuan(sekarang));
        @Nullable
        PengaturanSurel pengaturan = dalamTransaksi(
                () -> pengaturanRepository.findFirstByOrderByIdAsc().orElse(null));
        if (pengaturan == null || !pengaturan.siapKirim()) {
            // off until configured: the outbox waits (and what waits too long is cancelled once it is on)
            return new HasilJalan(pengingat, ringkasan, 0, 0, 0);
        }
        List<SurelKeluar> jatuhTempo =
                dalamTransaksi(() -> surelRepository.findJatuhTempo(sekarang, Limit.of(BATAS_PER_JALAN)));
        JavaMailSenderImpl pengirim = klien.pengirim(pengaturan);
        int terkirim = 0;
        int gagal = 0;
        int batal = 0;
        for (SurelKeluar s : jatuhTempo) {
            Long id = Objects.requireNonNull(s.getId());
            if (s.getDibuatPada().plus(KEDALUWARSA).isBefore(sekarang)) {
                ubah(id, r -> r.batal("kedaluwarsa"));
                batal++;
                continue;
            }
            String alamat = dalamTransaksi(() -> pencatat.alamat(s.getAkunId(), pengaturan));
            if (alamat == null) {
                // switched off or address removed since it was written
                ubah(id, r -> r.batal("penerima tidak menerima surel"));
                batal++;
                continue;
            }
            try {
                klien.kirim(pengirim, pengaturan, alamat, s.getSubjek(), s.getIsi());
            } catch (MailException e) {
                int percobaan = s.getPercobaan() + 1;
                Instant lagi = percobaan >= PERCOBAAN_MAKS
                        ? null
                        : sekarang.plus(JEDA_AWAL.multipliedBy(1L << (percobaan - 1)));
                String galat = KlienSmtp.ringkas(e);
                ubah(id, r -> r.gagal(galat, lagi));
                log.warn("Surel {} ke akun {} gagal (percobaan {}): {}", id, s.getAkunId(), percobaan, galat);
                gagal++;
                break;
            }
            ubah(id, r -> r.terkirim(alamat, clock.instant()));
            terkirim++;
        }
        return new HasilJalan(pengingat, ringkasan, terkirim, gagal, batal);
    }

    /** Sends the test e-mail with the given settings, now; throws the server's failure. */
    void kirimUji(PengaturanSurel pengaturan, String alamat, Surel surel) {
        klien.kirim(klien.pengirim(pengaturan), pengaturan, alamat, surel.subjek(), surel.isi());
    }

    private void ubah(Long id, Consumer<SurelKeluar> perubahan) {
        transaksi.executeWithoutResult(s -> surelRepository.findById(id).ifPresent(perubahan));
    }

    private <T> T dalamTransaksi(Supplier<T> kerja) {
        return transaksi.execute(s -> kerja.get());
    }

    /** Runs the work holding the named lock on a connection of its own; empty when another holds it. */
    private <T> Optional<T> denganKunci(Supplier<T> kerja) {
        try (Connection koneksi = dataSource.getConnection()) {
            String kunci = "kinerja.notifikasi." + koneksi.getCatalog();
            if (!perintahKunci(koneksi, "select get_lock(?, 0)", kunci)) {
                log.debug("Kunci {} dipegang proses lain; pengiriman notifikasi ini dilewati", kunci);
                return Optional.empty();
            }
            try {
                return Optional.of(kerja.get());
            } finally {
                perintahKunci(koneksi, "select release_lock(?)", kunci);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kunci notifikasi tidak dapat diambil: " + e.getMessage(), e);
        }
    }

    private static boolean perintahKunci(Connection koneksi, String sql, String kunci) throws SQLException {
        try (PreparedStatement perintah = koneksi.prepareStatement(sql)) {
            perintah.setString(1, kunci);
            try (ResultSet hasil = perintah.executeQuery()) {
                return hasil.next() && hasil.getInt(1) == 1;
            }
        }
    }
}
