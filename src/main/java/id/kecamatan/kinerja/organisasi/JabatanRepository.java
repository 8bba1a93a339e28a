package id.kecamatan.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JabatanRepository extends JpaRepository<Jabatan, Long> {

    @EntityGraph(attributePaths = {"unitKerja", "atasan", "verifikator"})
    List<Jabatan> findByInstansiIdOrderByUrutan(Long instansiId);

    Optional<Jabatan> findByInstansiIdAndKode(Long instansiId, String kode);
}
