package id.kecamatan.kinerja.demo;

import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kabupaten of the default run: beside Meral, the other thirteen kecamatan of Kabupaten Karimun (whose demo
 * account {@code kabupaten} {@link DemoData} makes) as sample kecamatan, each named "(data contoh)", with Meral's
 * plan (without its people) and sample figures of their own ({@link DataContoh.Varian}). Each kecamatan is made once,
 * in its own transaction, so a stop half-way leaves whole kecamatan and the next start makes the rest. Runs with the
 * demo accounts (never in prod) unless {@code kinerja.demo.kecamatan-contoh=false}.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class KecamatanContoh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KecamatanContoh.class);

    static final String BERKAS_MERAL = "classpath:seed/kecamatan-meral.yaml";

    /**
     * Karimun's kecamatan besides Meral (Ungar, Belat and Meral Barat since 2012; Sugie Besar and Selat Gelam since
     * 2022), each with how much of its targets its sample figures reach.
     */
    static final List<Contoh> KECAMATAN = List.of(
            new Contoh("Karimun", 1.00),
            new Contoh("Tebing", 0.97),
            new Contoh("Buru", 0.90),
            new Contoh("Kundur", 0.95),
            new Contoh("Kundur Utara", 0.88),
            new Contoh("Kundur Barat", 0.92),
            new Contoh("Moro", 0.85),
            new Contoh("Durai", 0.80),
            new Contoh("Ungar", 0.93),
            new Contoh("Belat", 0.86),
            new Contoh("Meral Barat", 0.98),
            new Contoh("Sugie Besar", 0.83),
            new Contoh("Selat Gelam", 0.78));

    record Contoh(String nama, double faktor) {

        String kode() {
            return "CONTOH-" + nama.toUpperCase(Locale.ROOT).replace(' ', '-');
        }

        String namaInstansi() {
            return "Kecamatan " + nama + " (data contoh)";
        }
    }

    private final ImporRencana imporRencana;
    private final DataContoh dataContoh;
    private final InstansiRepository instansiRepository;
    private final ResourceLoader resourceLoader;
    private final TransactionTemplate transaksi;
    private final Clock clock;
    private final boolean aktif;

    KecamatanContoh(
            ImporRencana imporRencana,
            DataContoh dataContoh,
            InstansiRepository instansiRepository,
            ResourceLoader resourceLoader,
            TransactionTemplate transaksi,
            Clock clock,
            @Value("${kinerja.demo.kecamatan-contoh:true}") boolean aktif) {
        this.imporRencana = imporRencana;
        this.dataContoh = dataContoh;
        this.instansiRepository = instansiRepository;
        this.resourceLoader = resourceLoader;
        this.transaksi = transaksi;
        this.clock = clock;
        this.aktif = aktif;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (aktif) {
            SebagaiSistem.jalankan(() -> {
                buat(clock.instant());
                return null;
            });
        }
    }

    /** Makes each sample kecamatan not made yet. */
    void buat(Instant sekarang) {
        Instansi meral = instansiRepository.findByKode(DemoData.INSTANSI).orElse(null);
        if (meral == null) {
            log.warn("Kecamatan contoh tidak dibuat: rencana {} belum diimpor", DemoData.INSTANSI);
            return;
        }
        int dibuat = 0;
        for (int i = 0; i < KECAMATAN.size(); i++) {
            Contoh contoh = KECAMATAN.get(i);
            int geser = i + 1;
            Boolean baru;
            try {
                baru = transaksi.execute(s -> {
                    ImporRencana.Hasil hasil = imporRencana.imporSalinan(
                            resourceLoader.getResource(BERKAS_MERAL),
                            contoh.kode(),
                            contoh.namaInstansi(),
                            contoh.nama());
                    if (hasil == ImporRencana.Hasil.SUDAH_ADA) {
                        return false;
                    }
                    Instansi instansi =
                            instansiRepository.findByKode(contoh.kode()).orElseThrow();
                    dataContoh.isi(
                            instansi, sekarang, new DataContoh.Varian(contoh.kode(), geser, contoh.faktor(), false));
                    return true;
                });
            } catch (DataIntegrityViolationException sudahDibuat) {
                // another instance starting at the same time made this kecamatan first
                baru = false;
            }
            dibuat += Boolean.TRUE.equals(baru) ? 1 : 0;
        }
        if (dibuat > 0) {
            log.info("{} kecamatan contoh Kabupaten Karimun dibuat", dibuat);
        }
    }
}
