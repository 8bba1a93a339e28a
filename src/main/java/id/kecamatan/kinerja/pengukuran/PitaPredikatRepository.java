package id.kecamatan.kinerja.pengukuran;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PitaPredikatRepository extends JpaRepository<PitaPredikat, Long> {

    List<PitaPredikat> findByInstansiIdAndJenis(Long instansiId, JenisPredikat jenis);
}
