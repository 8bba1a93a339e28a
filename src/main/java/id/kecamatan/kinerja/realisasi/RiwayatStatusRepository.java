package id.kecamatan.kinerja.realisasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiwayatStatusRepository extends JpaRepository<RiwayatStatus, Long> {

    List<RiwayatStatus> findByRealisasiIdOrderByPadaAscIdAsc(Long realisasiId);
}
