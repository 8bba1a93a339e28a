package id.kecamatan.kinerja.renstra;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MisiRepository extends JpaRepository<Misi, Long> {

    List<Misi> findByInstansiIdOrderByNomor(Long instansiId);
}
