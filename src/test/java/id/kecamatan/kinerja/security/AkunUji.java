package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.rencana.RencanaContoh;
import java.util.UUID;

/**
 * Accounts for the login tests, in an instansi of their own (the sample plan under kode {@link #KODE}), so that
 * locking, resetting or deactivating them never touches the demo accounts other tests sign in with, nor the
 * account lists they count. The instansi is this helper's, shared by the classes using it: each account has a
 * name of its own, and none of them counts the instansi's accounts.
 */
public final class AkunUji {

    public static final String KODE = InstansiUji.milik(AkunUji.class, "AUTH-UJI");
    public static final String PASSWORD = "kunci-uji-tahan-lama";

    private final AkunService akunService;
    private final ImporRencana imporRencana;
    private final InstansiRepository instansiRepository;
    private final JabatanRepository jabatanRepository;

    public AkunUji(
            AkunService akunService,
            ImporRencana imporRencana,
            InstansiRepository instansiRepository,
            JabatanRepository jabatanRepository) {
        this.akunService = akunService;
        this.imporRencana = imporRencana;
        this.instansiRepository = instansiRepository;
        this.jabatanRepository = jabatanRepository;
    }

    public Instansi instansi() {
        RencanaContoh.impor(imporRencana, KODE);
        return instansiRepository.findByKode(KODE).orElseThrow();
    }

    /** A new Kasi account of the test instansi with {@link #PASSWORD}; returns its unique username. */
    public String kasi() {
        return buat("KASI-PELAYANAN", false);
    }

    /** A new Admin (operator) of the test instansi: its account list holds only test accounts. */
    public String admin() {
        return buat(null, false);
    }

    /**
     * Puts back an account's password hash exactly as it was, and clears the forced change: the undo of a password
     * change, through the repository (AkunService would hash a password anew).
     */
    public static void pulihkanPassword(AkunRepository akunRepository, String username, String passwordHash) {
        Akun akun = akunRepository.findByUsername(username).orElseThrow();
        akun.setPasswordHash(passwordHash);
        akun.setHarusGantiPassword(false);
        akunRepository.save(akun);
    }

    private String buat(String kodeJabatan, boolean harusGanti) {
        Instansi instansi = instansi();
        String username = "uji." + UUID.randomUUID().toString().substring(0, 8);
        SebagaiSistem.jalankan(() -> {
            var jabatan = kodeJabatan == null
                    ? akunService.jabatanOperator(instansi)
                    : jabatanRepository
                            .findByInstansiIdAndKode(instansi.getId(), kodeJabatan)
                            .orElseThrow();
            akunService.buatAkun(
                    username, PASSWORD, harusGanti, new Pegawai(instansi, "Pegawai " + username, null, false), jabatan);
            return null;
        });
        return username;
    }
}
