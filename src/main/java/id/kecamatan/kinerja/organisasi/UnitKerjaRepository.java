package id.kecamatan.kinerja.organisasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitKerjaRepository extends JpaRepository<UnitKerja, Long> {

    List<UnitKerja> findByInstansiIdOrderByUrutan(Long instansiId);
}
