package id.kecamatan.kinerja.organisasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstansiRepository extends JpaRepository<Instansi, Long> {

    Optional<Instansi> findByKode(String kode);
}
