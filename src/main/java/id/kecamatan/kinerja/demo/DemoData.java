package id.kecamatan.kinerja.demo;

import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts of the default run, one per jabatan of Kecamatan Meral, all with password
 * {@value #PASSWORD}. Where the plan names the holder (the Camat) the account is his; the other holders
 * are sample people, marked as such wherever they are shown. With the accounts, the Kasubbag Perencanaan is named
 * the penyusun LKjIP. Never active in the prod profile.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String PASSWORD = "meral-demo-2026";
    static final String INSTANSI = "MERAL";

    /** The jabatan that writes the LKjIP's texts besides the Sekcam: the Kasubbag Perencanaan dan Keuangan. */
    static final String PENYUSUN_LKJIP = "KASUBBAG-PK";

    /** Username → jabatan kode in kecamatan-meral.yaml. */
    static final Map<String, String> AKUN = new LinkedHashMap<>();

    static {
        AKUN.put("admin", AkunService.KODE_JABATAN_OPERATOR);
        AKUN.put("camat", "CAMAT");
        AKUN.put("sekcam", "SEKCAM");
        AKUN.put("kasi.pemerintahan", "KASI-PEM");
        AKUN.put("kasi.pmd", "KASI-PMD");
        AKUN.put("kasi.kesos", "KASI-KESOS");
        AKUN.put("kasi.lh", "KASI-LH");
        AKUN.put("kasi.trantib", "KASI-TRANTIB");
        AKUN.put("kasubbag.umum", "KASUBBAG-UMUM");
        AKUN.put("kasubbag.perencanaan", "KASUBBAG-PK");
        AKUN.put("bendahara", "BENDAHARA");
        AKUN.put("adm.keuangan", "ADM-KEU");
        AKUN.put("adm.perizinan", "ADM-IZIN");
        AKUN.put("evaluator", AkunService.KODE_JABATAN_EVALUATOR);
        // the kabupaten's Bagian Organisasi: its jabatan is Kabupaten Karimun's, its pegawai Meral's (Meral's Admin
        // keeps the account)
        AKUN.put("kabupaten", AkunService.KODE_JABATAN_KABUPATEN);
    }

    private final AkunService akunService;
    private final InstansiRepository instansiRepository;
    private final JabatanRepository jabatanRepository;
    private final PenugasanRepository penugasanRepository;
    private final Clock clock;

    DemoData(
            AkunService akunService,
            InstansiRepository instansiRepository,
            JabatanRepository jabatanRepository,
            PenugasanRepository penugasanRepository,
            Clock clock) {
        this.akunService = akunService;
        this.instansiRepository = instansiRepository;
        this.jabatanRepository = jabatanRepository;
        this.penugasanRepository = penugasanRepository;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SebagaiSistem.jalankan(() -> {
            Instansi instansi = instansiRepository.findByKode(INSTANSI).orElse(null);
            if (instansi == null) {
                log.warn("Akun demo tidak dibuat: rencana {} belum diimpor", INSTANSI);
                return null;
            }
            int dibuat = 0;
            for (var akun : AKUN.entrySet()) {
                if (!akunService.adaAkun(akun.getKey())) {
                    buatAkun(instansi, akun.getKey(), akun.getValue());
                    dibuat++;
                }
            }
            if (dibuat > 0) {
                log.info("{} akun demo dibuat (password {})", dibuat, PASSWORD);
                // set once, with the accounts: an office that later names no penyusun keeps its choice
                if (instansi.getPenyusunLkjip() == null) {
                    jabatanRepository
                            .findByInstansiIdAndKode(instansi.idTersimpan(), PENYUSUN_LKJIP)
                            .ifPresent(instansi::setPenyusunLkjip);
                }
            }
            return null;
        });
    }

    private void buatAkun(Instansi instansi, String username, String kodeJabatan) {
        Jabatan jabatan = switch (kodeJabatan) {
            case AkunService.KODE_JABATAN_OPERATOR -> akunService.jabatanOperator(instansi);
            case AkunService.KODE_JABATAN_EVALUATOR -> akunService.jabatanEvaluator(instansi);
            case AkunService.KODE_JABATAN_KABUPATEN -> akunService.jabatanKabupaten(instansi);
            default ->
                jabatanRepository
                        .findByInstansiIdAndKode(instansi.idTersimpan(), kodeJabatan)
                        .orElseThrow(() -> new IllegalStateException(
                                "Jabatan " + kodeJabatan + " tidak ada di rencana " + INSTANSI));
        };
        Pegawai pemegang = penugasanRepository.findBerlaku(instansi.idTersimpan(), LocalDate.now(clock)).stream()
                .filter(p -> p.getJabatan().equals(jabatan))
                .map(Penugasan::getPegawai)
                .findFirst()
                .orElse(null);
        if (pemegang != null) {
            akunService.buatAkunUntukPegawai(username, PASSWORD, pemegang);
        } else {
            akunService.buatAkun(
                    username,
                    PASSWORD,
                    false,
                    new Pegawai(instansi, "Pegawai Contoh (" + jabatan.getNama() + ")", null, true),
                    jabatan);
        }
    }
}
