package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.PegawaiRepository;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created for a pegawai in a jabatan, listed for the Admin, and password changes. */
@Service
public class AkunService {

    /** The system jabatan of the portal's operator; not part of any plan document. */
    public static final String KODE_JABATAN_OPERATOR = "OPERATOR";

    public static final String KODE_JABATAN_EVALUATOR = "EVALUATOR-APIP";

    /** A username: small letters, digits, dot, dash and underscore, as the demo accounts ("kasi.pemerintahan"). */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final AkunRepository akunRepository;
    private final PegawaiRepository pegawaiRepository;
    private final PenugasanRepository penugasanRepository;
    private final JabatanRepository jabatanRepository;
    private final PasswordEncoder passwordEncoder;
    private final PenggunaSaatIni penggunaSaatIni;
    private final Clock clock;
    private final SesiPengguna sesiPengguna;
    private final PencatatKeamanan pencatat;

    AkunService(
            AkunRepository akunRepository,
            PegawaiRepository pegawaiRepository,
            PenugasanRepository penugasanRepository,
            JabatanRepository jabatanRepository,
            PasswordEncoder passwordEncoder,
            PenggunaSaatIni penggunaSaatIni,
            Clock clock,
            SesiPengguna sesiPengguna,
            PencatatKeamanan pencatat) {
        this.akunRepository = akunRepository;
        this.pegawaiRepository = pegawaiRepository;
        this.penugasanRepository = penugasanRepository;
        this.jabatanRepository = jabatanRepository;
        this.passwordEncoder = passwordEncoder;
        this.penggunaSaatIni = penggunaSaatIni;
        this.clock = clock;
        this.sesiPengguna = sesiPengguna;
        this.pencatat = pencatat;
    }

    /** One row of the Admin's account list; {@code terkunciSampai} only while a lock is in force. */
    public record BarisAkun(
            String username,
            String nama,
            @Nullable String nip,
            boolean dataContoh,
            @Nullable String jabatan,
            @Nullable Peran peran,
            boolean aktif,
            boolean harusGantiPassword,
            @Nullable Instant terkunciSampai) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<BarisAkun> daftarAkun() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Map<Long, Jabatan> jabatanPerPegawai =
                penugasanRepository.findBerlaku(instansiId, LocalDate.now(clock)).stream()
                        .collect(Collectors.toMap(p -> p.getPegawai().getId(), Penugasan::getJabatan, (a, b) -> b));
        return akunRepository.findByInstansi(instansiId).stream()
                .map(akun -> {
                    Pegawai pegawai = akun.getPegawai();
                    Jabatan jabatan = jabatanPerPegawai.get(pegawai.getId());
                    Instant kunci = akun.getTerkunciSampai();
                    return new BarisAkun(
                            akun.getUsername(),
                            pegawai.getNama(),
                            pegawai.getNip(),
                            pegawai.isDataContoh(),
                            jabatan == null ? null : jabatan.getNama(),
                            jabatan == null ? null : jabatan.getPeran(),
                            akun.isAktif(),
                            akun.isHarusGantiPassword(),
                            kunci != null && clock.instant().isBefore(kunci) ? kunci : null);
                })
                .toList();
    }

    /**
     * Creates an account for a new pegawai placed in the given jabatan (from today).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void buatAkun(
            String username, String passwordMentah, boolean harusGantiPassword, Pegawai pegawai, Jabatan jabatan) {
        KebijakanPassword.periksa(passwordMentah);
        pegawaiRepository.save(pegawai);
        penugasanRepository.save(new Penugasan(pegawai, jabatan, LocalDate.now(clock)));
        akunRepository.save(new Akun(username, hash(passwordMentah), pegawai, harusGantiPassword, clock.instant()));
    }

    /** Creates the account of a pegawai who already holds a jabatan (e.g. the Camat named in the plan). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void buatAkunUntukPegawai(String username, String passwordMentah, Pegawai pegawai) {
        KebijakanPassword.periksa(passwordMentah);
        akunRepository.save(new Akun(username, hash(passwordMentah), pegawai, false, clock.instant()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public boolean adaAkun(String username) {
        return akunRepository.existsByUsername(username);
    }

    /** The operator's jabatan of an instansi, created the first time an admin account needs it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Jabatan jabatanOperator(Instansi instansi) {
        return jabatanRepository
                .findByInstansiIdAndKode(instansi.idTersimpan(), KODE_JABATAN_OPERATOR)
                .orElseGet(() -> jabatanRepository.save(
                        new Jabatan(instansi, KODE_JABATAN_OPERATOR, "Operator Sistem", Peran.ADMIN, 999)));
    }

    /** The evaluator's jabatan of an instansi (the Inspektorat's APIP), created with the first evaluator account. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Jabatan jabatanEvaluator(Instansi instansi) {
        return jabatanRepository
                .findByInstansiIdAndKode(instansi.idTersimpan(), KODE_JABATAN_EVALUATOR)
                .orElseGet(() -> jabatanRepository.save(new Jabatan(
                        instansi, KODE_JABATAN_EVALUATOR, "Evaluator APIP (Inspektorat)", Peran.EVALUATOR, 998)));
    }

    /**
     * Creates an account for an evaluator of the kabupaten's Inspektorat, who evaluates this office's Evaluasi
     * AKIP; returns the one-time password, shown once to the Admin and changed at the first login.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String buatAkunEvaluator(String username, String nama) {
        String u = username.strip();
        if (!USERNAME.matcher(u).matches()) {
            throw new AturanDilanggar("pengguna.username-tidak-sah");
        }
        if (nama.isBlank()) {
            throw new AturanDilanggar("pengguna.nama-wajib");
        }
        if (akunRepository.existsByUsername(u)) {
            throw new AturanDilanggar("pengguna.username-dipakai", u);
        }
        Instansi instansi = jabatanRepository
                .findById(penggunaSaatIni.wajib().jabatanId())
                .orElseThrow()
                .getInstansi();
        String password = KebijakanPassword.bangkitkan();
        buatAkun(u, password, true, new Pegawai(instansi, nama.strip(), null, false), jabatanEvaluator(instansi));
        catatOlehAdmin(Peristiwa.AKUN_DIBUAT, u, 0);
        return password;
    }

    /** Changes the signed-in user's own password; the old one must be given. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void gantiPassword(String passwordLama, String passwordBaru) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        Akun akun = akunRepository.findById(pengguna.akunId()).orElseThrow();
        if (!passwordEncoder.matches(passwordLama, akun.getPasswordHash())) {
            throw new PasswordDitolak("password.lama-salah");
        }
        if (passwordEncoder.matches(passwordBaru, akun.getPasswordHash())) {
            throw new PasswordDitolak("password.sama");
        }
        KebijakanPassword.periksa(passwordBaru);
        akun.setPasswordHash(hash(passwordBaru));
        akun.setHarusGantiPassword(false);
        pencatat.catat(Peristiwa.PASSWORD_DIGANTI, pengguna.username(), PencatatKeamanan.alamatSaatIni(), null);
    }

    /**
     * The Admin gives an account a new one-time password, returned once to be shown to the Admin and never
     * stored in clear. The user must change it at the next login; open sessions of the account end and a lock
     * is lifted. Not for the Admin's own account.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(String username) {
        Akun akun = bukanDiriSendiri(akunDiInstansiSaya(username));
        String password = KebijakanPassword.bangkitkan();
        akun.setPasswordHash(hash(password));
        akun.setHarusGantiPassword(true);
        akunRepository.pulihkanLogin(username);
        akunRepository.akhiriSesi(username);
        int sesi = sesiPengguna.akhiri(username);
        catatOlehAdmin(Peristiwa.PASSWORD_DIRESET, username, sesi);
        return password;
    }

    /** Deactivates an account: no login from now on, and its open sessions end. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void nonaktifkan(String username) {
        Akun akun = bukanDiriSendiri(akunDiInstansiSaya(username));
        akun.setAktif(false);
        akunRepository.akhiriSesi(username);
        int sesi = sesiPengguna.akhiri(username);
        catatOlehAdmin(Peristiwa.AKUN_DINONAKTIFKAN, username, sesi);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void aktifkan(String username) {
        akunDiInstansiSaya(username).setAktif(true);
        catatOlehAdmin(Peristiwa.AKUN_DIAKTIFKAN, username, 0);
    }

    /** An account of the Admin's own instansi; any other name is refused like an unknown one. */
    private Akun akunDiInstansiSaya(String username) {
        Pengguna admin = penggunaSaatIni.wajib();
        return akunRepository
                .findByUsername(username)
                .filter(a -> a.getPegawai().getInstansi().idTersimpan().equals(admin.instansiId()))
                .orElseThrow(() -> new AturanDilanggar("pengguna.tidak-ada", username));
    }

    /** The Admin's own account is changed through Ganti Password, never by ending the session in use. */
    private Akun bukanDiriSendiri(Akun akun) {
        if (akun.idTersimpan().equals(penggunaSaatIni.wajib().akunId())) {
            throw new AturanDilanggar("pengguna.diri-sendiri");
        }
        return akun;
    }

    /** The encoder gives no hash only for no password. */
    private String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password));
    }

    private void catatOlehAdmin(Peristiwa peristiwa, String username, int sesiBerakhir) {
        pencatat.catat(
                peristiwa,
                username,
                PencatatKeamanan.alamatSaatIni(),
                "oleh " + penggunaSaatIni.wajib().username() + "; sesi diakhiri: " + sesiBerakhir);
    }

    /** A password refused by the rules; the message is a key of the message bundle. */
    public static class PasswordDitolak extends RuntimeException {

        public PasswordDitolak(String kunciPesan) {
            super(kunciPesan);
        }
    }
}
