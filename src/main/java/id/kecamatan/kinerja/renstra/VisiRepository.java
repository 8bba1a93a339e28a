package id.kecamatan.kinerja.renstra;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisiRepository extends JpaRepository<Visi, Long> {

    Optional<Visi> findByInstansiId(Long instansiId);
}
