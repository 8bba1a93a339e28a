package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.JenisInstansi;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.PegawaiRepository;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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

    /** The jabatan of a kabupaten's accounts, in the kabupaten's own instansi. */
    public static final String KODE_JABATAN_KABUPATEN = "BAGIAN-ORGANISASI";

    /** A username: small letters, digits, dot, dash and underscore, as the demo accounts ("kasi.pemerintahan"). */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    private final AkunRepository akunRepository;
    private final PegawaiRepository pegawaiRepository;
    private final PenugasanRepository penugasanRepository;
    private final JabatanRepository jabatanRepository;
    private final InstansiRepository instansiRepository;
    private final PasswordEncoder passwordEncoder;
    private final PenggunaSaatIni penggunaSaatIni;
    private final Clock clock;
    private final SesiPengguna sesiPengguna;
    private final PencatatKeamanan pencatat;
    private final PenjagaAkses penjaga;

    AkunService(
            AkunRepository akunRepository,
            PegawaiRepository pegawaiRepository,
            PenugasanRepository penugasanRepository,
            JabatanRepository jabatanRepository,
            InstansiRepository instansiRepository,
            PasswordEncoder passwordEncoder,
            PenggunaSaatIni penggunaSaatIni,
            Clock clock,
            SesiPengguna sesiPengguna,
            PencatatKeamanan pencatat,
            PenjagaAkses penjaga) {
        this.akunRepository = akunRepository;
        this.pegawaiRepository = pegawaiRepository;
        this.penugasanRepository = penugasanRepository;
        this.jabatanRepository = jabatanRepository;
        this.instansiRepository = instansiRepository;
        this.passwordEncoder = passwordEncoder;
        this.penggunaSaatIni = penggunaSaatIni;
        this.clock = clock;
        this.sesiPengguna = sesiPengguna;
        this.pencatat = pencatat;
        this.penjaga = penjaga;
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
                // by the pegawai's instansi: the kabupaten's accounts this Admin made hold a jabatan of the kabupaten
                penugasanRepository.findBerlakuPegawaiInstansi(instansiId, LocalDate.now(clock)).stream()
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
        instansiSendiri("AkunService.buatAkun", pegawai.getInstansi(), "pegawai");
        instansiSendiri("AkunService.buatAkun", jabatan.getInstansi(), "jabatan");
        simpanAkun(username, passwordMentah, harusGantiPassword, pegawai, jabatan);
    }

    /** The account, its pegawai and the assignment from today, for a caller that has checked whose they are. */
    private void simpanAkun(
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
        instansiSendiri("AkunService.buatAkunUntukPegawai", pegawai.getInstansi(), "pegawai");
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
        instansiSendiri("AkunService.jabatanOperator", instansi, "instansi");
        return jabatanRepository
                .findByInstansiIdAndKode(instansi.idTersimpan(), KODE_JABATAN_OPERATOR)
                .orElseGet(() -> jabatanRepository.save(
                        new Jabatan(instansi, KODE_JABATAN_OPERATOR, "Operator Sistem", Peran.ADMIN, 999)));
    }

    /** The evaluator's jabatan of an instansi (the Inspektorat's APIP), created with the first evaluator account. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Jabatan jabatanEvaluator(Instansi instansi) {
        instansiSendiri("AkunService.jabatanEvaluator", instansi, "instansi");
        return jabatanRepository
                .findByInstansiIdAndKode(instansi.idTersimpan(), KODE_JABATAN_EVALUATOR)
                .orElseGet(() -> jabatanRepository.save(new Jabatan(
                        instansi, KODE_JABATAN_EVALUATOR, "Evaluator APIP (Inspektorat)", Peran.EVALUATOR, 998)));
    }

    /**
     * The jabatan of the accounts of the kabupaten an instansi belongs to, in the kabupaten's own instansi; both are
     * created the first time an account needs them. An instansi without a kabupaten has none to compare it.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Jabatan jabatanKabupaten(Instansi kecamatan) {
        instansiSendiri("AkunService.jabatanKabupaten", kecamatan, "instansi");
        String nama = kecamatan.getKabupaten();
        if (nama == null || nama.isBlank()) {
            throw new AturanDilanggar("pengguna.kabupaten-tidak-ada");
        }
        Instansi kabupaten = instansiRepository
                .findFirstByJenisAndNama(JenisInstansi.KABUPATEN, nama)
                .orElseGet(() -> instansiRepository.save(
                        Instansi.kabupaten(kodeKabupaten(nama), nama, kecamatan.getProvinsi())));
        return jabatanRepository
                .findByInstansiIdAndKode(kabupaten.idTersimpan(), KODE_JABATAN_KABUPATEN)
                .orElseGet(() -> jabatanRepository.save(new Jabatan(
                        kabupaten, KODE_JABATAN_KABUPATEN, "Bagian Organisasi Setda " + nama, Peran.KABUPATEN, 997)));
    }

    /** "Kabupaten Karimun" → "KAB-KARIMUN", within the 40 characters of an instansi kode. */
    static String kodeKabupaten(String nama) {
        String inti = nama.strip().replaceFirst("(?i)^kabupaten\\s+", "");
        String kode = "KAB-" + inti.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
        return kode.length() > 40 ? kode.substring(0, 40) : kode;
    }

    /**
     * Creates an account for an evaluator of the kabupaten's Inspektorat, who evaluates this office's Evaluasi
     * AKIP; returns the one-time password, shown once to the Admin and changed at the first login.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String buatAkunEvaluator(String username, String nama) {
        return buatAkunPortal(username, nama, this::jabatanEvaluator);
    }

    /**
     * Creates an account for the kabupaten's Bagian Organisasi or Inspektorat, who compares its kecamatan; returns the
     * one-time password. The Admin keeps it in the account list (its pegawai is this office's).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String buatAkunKabupaten(String username, String nama) {
        return buatAkunPortal(username, nama, this::jabatanKabupaten);
    }

    /** An account of a jabatan of the portal's (evaluator, kabupaten) for someone outside the office. */
    private String buatAkunPortal(String username, String nama, Function<Instansi, Jabatan> jabatan) {
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
        // the jabatan comes from the Admin's own instansi: its own, or its kabupaten's for the kabupaten's account
        simpanAkun(u, password, true, new Pegawai(instansi, nama.strip(), null, false), jabatan.apply(instansi));
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
        Akun akun = bukanDiriSendiri(akunDiInstansiSaya("AkunService.resetPassword", username));
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
        Akun akun = bukanDiriSendiri(akunDiInstansiSaya("AkunService.nonaktifkan", username));
        akun.setAktif(false);
        akunRepository.akhiriSesi(username);
        int sesi = sesiPengguna.akhiri(username);
        catatOlehAdmin(Peristiwa.AKUN_DINONAKTIFKAN, username, sesi);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void aktifkan(String username) {
        akunDiInstansiSaya("AkunService.aktifkan", username).setAktif(true);
        catatOlehAdmin(Peristiwa.AKUN_DIAKTIFKAN, username, 0);
    }

    /**
     * An account of the Admin's own instansi; another instansi's is refused and logged, and so is a name no account
     * has, so that the two cannot be told apart.
     */
    private Akun akunDiInstansiSaya(String metode, String username) {
        Akun akun =
                akunRepository.findByUsername(username).orElseThrow(() -> penjaga.tidakAda(metode, "akun", username));
        penjaga.instansiSendiri(metode, akun.getPegawai().getInstansi().idTersimpan(), "akun", username);
        return akun;
    }

    /**
     * Accounts, and the jabatan they are placed in, are made in the signed-in Admin's own instansi; another
     * instansi's row is refused and logged. Only the portal itself ({@link SebagaiSistem}: the start-up tasks, and
     * the first Admin of a kecamatan imported as new) makes them in any instansi.
     */
    private void instansiSendiri(String metode, Instansi instansi, String apa) {
        if (penggunaSaatIni.cari().isPresent()) {
            penjaga.instansiSendiri(metode, instansi.idTersimpan(), apa + " dari instansi", instansi.idTersimpan());
        }
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
