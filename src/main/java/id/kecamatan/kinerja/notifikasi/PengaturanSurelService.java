package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.notifikasi.PesanSurel.Surel;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Admin's SMTP settings (one for the installation) and the test e-mail. The password is write-only: it is
 * never returned (only whether one is stored), and an empty field on saving keeps the stored one.
 */
@Service
public class PengaturanSurelService {

    static final int HARI_PENGINGAT_MAKS = 60;

    private final PengaturanSurelRepository repository;
    private final SurelKeluarRepository surelRepository;
    private final PekerjaanNotifikasi pekerjaan;
    private final PesanSurel pesan;
    private final PenggunaSaatIni penggunaSaatIni;
    private final Clock clock;

    PengaturanSurelService(
            PengaturanSurelRepository repository,
            SurelKeluarRepository surelRepository,
            PekerjaanNotifikasi pekerjaan,
            PesanSurel pesan,
            PenggunaSaatIni penggunaSaatIni,
            Clock clock) {
        this.repository = repository;
        this.surelRepository = surelRepository;
        this.pekerjaan = pekerjaan;
        this.pesan = pesan;
        this.penggunaSaatIni = penggunaSaatIni;
        this.clock = clock;
    }

    /** The settings as the page shows them: no password, only whether one is stored. */
    public record Pengaturan(
            boolean aktif,
            @Nullable String host,
            int port,
            KeamananSmtp keamanan,
            @Nullable String username,
            boolean adaPassword,
            @Nullable String pengirim,
            int hariPengingat,
            @Nullable String diubahOleh,
            @Nullable Instant diubahPada) {}

    /** What the Admin saves; {@code passwordBaru} empty keeps the stored password, {@code hapusPassword} removes it. */
    public record SimpanPengaturan(
            boolean aktif,
            @Nullable String host,
            int port,
            KeamananSmtp keamanan,
            @Nullable String username,
            @Nullable String passwordBaru,
            boolean hapusPassword,
            @Nullable String pengirim,
            int hariPengingat) {}

    /** The outbox at a glance, for the Admin: waiting, sent, failed, and the last error. */
    public record Antrean(
            long menunggu,
            long terkirim,
            long gagal,
            @Nullable String galatTerakhir) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Pengaturan pengaturan() {
        PengaturanSurel p = repository.findFirstByOrderByIdAsc().orElseGet(PengaturanSurel::new);
        return new Pengaturan(
                p.isAktif(),
                p.getHost(),
                p.getPort(),
                p.getKeamanan(),
                p.getUsername(),
                p.getPassword() != null && !p.getPassword().isEmpty(),
                p.getPengirim(),
                p.getHariPengingat(),
                p.getDiubahOleh(),
                p.getDiubahPada());
    }

    /** Saves the settings. Switching the sending on needs a host and a sender address. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Pengaturan simpan(SimpanPengaturan perintah) {
        String host = kosongkan(perintah.host());
        if (host != null && (host.length() > 255 || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+"))) {
            throw new AturanDilanggar("surel.host-tidak-sah");
        }
        if (perintah.port() < 1 || perintah.port() > 65535) {
            throw new AturanDilanggar("surel.port-tidak-sah");
        }
        if (perintah.hariPengingat() < 1 || perintah.hariPengingat() > HARI_PENGINGAT_MAKS) {
            throw new AturanDilanggar("surel.hari-tidak-sah", HARI_PENGINGAT_MAKS);
        }
        String pengirim = NotifikasiService.alamatSah(perintah.pengirim(), "surel.pengirim-tidak-sah");
        if (perintah.aktif() && (host == null || pengirim == null)) {
            throw new AturanDilanggar("surel.belum-lengkap");
        }
        String username = kosongkan(perintah.username());
        if (username != null && username.length() > 255) {
            throw new AturanDilanggar("surel.username-tidak-sah");
        }
        PengaturanSurel p = repository.findFirstByOrderByIdAsc().orElseGet(PengaturanSurel::new);
        p.setAktif(perintah.aktif());
        p.setHost(host);
        p.setPort(perintah.port());
        p.setKeamanan(perintah.keamanan());
        p.setUsername(username);
        if (perintah.hapusPassword()) {
            p.setPassword(null);
        } else if (perintah.passwordBaru() != null && !perintah.passwordBaru().isEmpty()) {
            if (perintah.passwordBaru().length() > 255) {
                throw new AturanDilanggar("surel.password-tidak-sah");
            }
            p.setPassword(perintah.passwordBaru());
        }
        p.setPengirim(pengirim);
        p.setHariPengingat(perintah.hariPengingat());
        p.diubah(penggunaSaatIni.wajib().username(), clock.instant());
        repository.save(p);
        return pengaturan();
    }

    /**
     * Sends a test e-mail to {@code alamat} now with the saved settings, on or off, and waits for the server's
     * answer (up to the timeouts of {@link KlienSmtp}). A failure is an {@link AturanDilanggar} whose key says in the
     * user's language what went wrong (sign-in refused, server unreachable, TLS, address refused, other).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void kirimUji(String alamat) {
        String ke = NotifikasiService.alamatSah(alamat, "notifikasi.surel-tidak-sah");
        if (ke == null) {
            throw new AturanDilanggar("surel.uji-tanpa-alamat");
        }
        PengaturanSurel p = repository.findFirstByOrderByIdAsc().orElse(null);
        if (p == null || !p.dapatDihubungi()) {
            throw new AturanDilanggar("surel.belum-diatur");
        }
        Surel surel = pesan.uji();
        try {
            pekerjaan.kirimUji(p, Objects.requireNonNull(ke), surel);
        } catch (MailException e) {
            throw KlienSmtp.sebagaiPesan(e, p);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Antrean antrean() {
        String galat = surelRepository.findGalatTerakhir(Limit.of(1)).stream()
                .findFirst()
                .map(SurelKeluar::getGalat)
                .orElse(null);
        return new Antrean(
                surelRepository.countByStatus(StatusSurel.MENUNGGU),
                surelRepository.countByStatus(StatusSurel.TERKIRIM),
                surelRepository.countByStatus(StatusSurel.GAGAL),
                galat);
    }

    private static @Nullable String kosongkan(@Nullable String teks) {
        return teks == null || teks.isBlank() ? null : teks.strip();
    }
}
