package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.security.SebagaiSistem;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** Imports the plan files listed in {@code kinerja.seed.files} at every start; each import is idempotent. */
@Component
@Order(1)
class ImporRencanaSaatMulai implements ApplicationRunner {

    private final ImporRencana imporRencana;
    private final ResourceLoader resourceLoader;
    private final List<String> berkas;

    ImporRencanaSaatMulai(
            ImporRencana imporRencana,
            ResourceLoader resourceLoader,
            @Value("${kinerja.seed.files:}") List<String> berkas) {
        this.imporRencana = imporRencana;
        this.resourceLoader = resourceLoader;
        this.berkas = berkas;
    }

    @Override
    public void run(ApplicationArguments args) {
        SebagaiSistem.jalankan(() -> {
            for (String lokasi : berkas) {
                if (!lokasi.isBlank()) {
                    imporRencana.impor(resourceLoader.getResource(lokasi.strip()));
                }
            }
            return null;
        });
    }
}
