package id.kecamatan.kinerja.pengukuran;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AturanSkorRepository extends JpaRepository<AturanSkor, Long> {

    Optional<AturanSkor> findByInstansiId(Long instansiId);
}
