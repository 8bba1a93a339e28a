package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production start: makes sure each instansi has an admin account. Its password comes from
 * KINERJA_ADMIN_PASSWORD or is generated once and printed to the log, and must be changed at first login.
 * The default run gets its admin from the demo accounts instead.
 */
@Component
@Order(3)
class AdminAwal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAwal.class);
    static final String USERNAME = "admin";

    private final AkunService akunService;
    private final InstansiRepository instansiRepository;
    private final boolean demo;
    private final String passwordDariLingkungan;

    AdminAwal(
            AkunService akunService,
            InstansiRepository instansiRepository,
            @Value("${kinerja.demo.enabled:false}") boolean demo,
            @Value("${KINERJA_ADMIN_PASSWORD:}") String passwordDariLingkungan) {
        this.akunService = akunService;
        this.instansiRepository = instansiRepository;
        this.demo = demo;
        this.passwordDariLingkungan = passwordDariLingkungan;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        SebagaiSistem.jalankan(() -> {
            if (akunService.adaAkun(USERNAME)) {
                return null;
            }
            Instansi instansi = instansiRepository.findAll().stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Belum ada instansi: periksa kinerja.seed.files"));
            boolean dibangkitkan = passwordDariLingkungan.isBlank();
            String password = dibangkitkan ? KebijakanPassword.bangkitkan() : passwordDariLingkungan;
            akunService.buatAkun(
                    USERNAME,
                    password,
                    true,
                    new Pegawai(instansi, "Administrator", null, false),
                    akunService.jabatanOperator(instansi));
            if (dibangkitkan) {
                log.warn("Akun admin dibuat. Password awal (wajib diganti saat masuk pertama): {}", password);
            } else {
                log.info(
                        "Akun admin dibuat dengan password dari KINERJA_ADMIN_PASSWORD (wajib diganti saat masuk pertama)");
            }
            return null;
        });
    }
}
