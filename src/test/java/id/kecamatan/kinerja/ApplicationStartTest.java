package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.organisasi.InstansiRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ApplicationStartTest {

    @Autowired
    InstansiRepository instansiRepository;

    @Test
    void startsOnEmbeddedMariaDbWithMeralPlan() {
        assertThat(instansiRepository.findByKode("MERAL")).isPresent();
    }
}
