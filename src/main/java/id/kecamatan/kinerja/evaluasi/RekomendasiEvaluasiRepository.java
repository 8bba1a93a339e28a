package id.kecamatan.kinerja.evaluasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RekomendasiEvaluasiRepository extends JpaRepository<RekomendasiEvaluasi, Long> {

    List<RekomendasiEvaluasi> findByEvaluasiIdOrderById(Long evaluasiId);
}
