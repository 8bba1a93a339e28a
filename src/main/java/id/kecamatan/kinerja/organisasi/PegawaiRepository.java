package id.kecamatan.kinerja.organisasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PegawaiRepository extends JpaRepository<Pegawai, Long> {

    List<Pegawai> findByInstansiIdOrderByNama(Long instansiId);
}
