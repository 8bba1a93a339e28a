package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Triwulan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own notifications (the bell) and e-mail settings. Every method acts on the caller's own
 * account only: a notification of someone else, asked for by id, is refused and logged like one that does not exist.
 */
@Service
public class NotifikasiService {

    /** How many of the newest notifications the list shows. */
    static final int BATAS_DAFTAR = 100;

    static final int PANJANG_SUREL_MAKS = 254;

    /** A plain address: something, one @, a domain with a dot; no spaces. Checked further by the SMTP server. */
    private static final Pattern ALAMAT = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final NotifikasiRepository notifikasiRepository;
    private final ProfilNotifikasiRepository profilRepository;
    private final PengaturanSurelRepository pengaturanRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    NotifikasiService(
            NotifikasiRepository notifikasiRepository,
            ProfilNotifikasiRepository profilRepository,
            PengaturanSurelRepository pengaturanRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.notifikasiRepository = notifikasiRepository;
        this.profilRepository = profilRepository;
        this.pengaturanRepository = pengaturanRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** One notification as the list shows it; the screen writes its sentence from {@code jenis} and the fields. */
    public record ItemNotifikasi(
            Long id,
            JenisNotifikasi jenis,
            String judul,
            @Nullable Integer tahun,
            @Nullable Triwulan triwulan,
            @Nullable LocalDate tenggat,
            @Nullable Integer jumlah,
            @Nullable String catatan,
            @Nullable String oleh,
            @Nullable String tautan,
            Instant dibuatPada,
            boolean dibaca) {}

    /**
     * The caller's e-mail settings; {@code surelAktif}: the Admin has configured and switched on the sending, so the
     * screen can say whether e-mail goes out at all.
     */
    public record ProfilSaya(@Nullable String surel, boolean kirimSurel, boolean surelAktif) {}

    /** The caller's newest notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ItemNotifikasi> daftarSaya() {
        Long akunId = penggunaSaatIni.wajib().akunId();
        return notifikasiRepository.findByAkunIdOrderByDibuatPadaDescIdDesc(akunId, Limit.of(BATAS_DAFTAR)).stream()
                .map(n -> new ItemNotifikasi(
                        java.util.Objects.requireNonNull(n.getId()),
                        n.getJenis(),
                        n.getJudul(),
                        n.getTahun(),
                        n.getTriwulan(),
                        n.getTenggat(),
                        n.getJumlah(),
                        n.getCatatan(),
                        n.getOleh(),
                        n.getTautan(),
                        n.getDibuatPada(),
                        n.getDibacaPada() != null))
                .toList();
    }

    /** The number on the bell. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long jumlahBelumDibaca() {
        return notifikasiRepository.countByAkunIdAndDibacaPadaIsNull(
                penggunaSaatIni.wajib().akunId());
    }

    /** Marks one of the caller's notifications read; another user's, or an id of nothing, is refused. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void tandaiDibaca(Long notifikasiId) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        Notifikasi n = notifikasiRepository
                .findById(notifikasiId)
                .orElseThrow(() -> penjaga.tidakAda("NotifikasiService.tandaiDibaca", "notifikasi", notifikasiId));
        if (!n.getAkunId().equals(pengguna.akunId())) {
            throw penjaga.tolak("NotifikasiService.tandaiDibaca", "notifikasi " + notifikasiId + " milik akun lain");
        }
        n.dibaca(clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int tandaiSemuaDibaca() {
        return notifikasiRepository.tandaiSemuaDibaca(penggunaSaatIni.wajib().akunId(), clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ProfilSaya profilSaya() {
        Long akunId = penggunaSaatIni.wajib().akunId();
        boolean aktif = pengaturanRepository
                .findFirstByOrderByIdAsc()
                .map(PengaturanSurel::siapKirim)
                .orElse(false);
        return profilRepository
                .findByAkunId(akunId)
                .map(p -> new ProfilSaya(p.getSurel(), p.isKirimSurel(), aktif))
                .orElseGet(() -> new ProfilSaya(null, true, aktif));
    }

    /**
     * Saves the caller's own address (empty: none) and whether they want e-mail. An address that is not one is
     * refused with {@code notifikasi.surel-tidak-sah}.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ProfilSaya simpanProfilSaya(@Nullable String surel, boolean kirimSurel) {
        String alamat = alamatSah(surel, "notifikasi.surel-tidak-sah");
        Long akunId = penggunaSaatIni.wajib().akunId();
        ProfilNotifikasi profil = profilRepository.findByAkunId(akunId).orElseGet(() -> new ProfilNotifikasi(akunId));
        profil.setSurel(alamat);
        profil.setKirimSurel(kirimSurel);
        profilRepository.save(profil);
        return profilSaya();
    }

    /** Trimmed, or null when empty; refused with {@code kunci} when it is not an e-mail address. */
    static @Nullable String alamatSah(@Nullable String surel, String kunci) {
        if (surel == null || surel.isBlank()) {
            return null;
        }
        String alamat = surel.strip();
        if (alamat.length() > PANJANG_SUREL_MAKS || !ALAMAT.matcher(alamat).matches()) {
            throw new AturanDilanggar(kunci, alamat);
        }
        return alamat;
    }
}
