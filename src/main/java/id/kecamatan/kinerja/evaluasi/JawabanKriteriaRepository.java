package id.kecamatan.kinerja.evaluasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JawabanKriteriaRepository extends JpaRepository<JawabanKriteria, Long> {

    List<JawabanKriteria> findByEvaluasiId(Long evaluasiId);

    Optional<JawabanKriteria> findByEvaluasiIdAndKriteria(Long evaluasiId, String kriteria);
}
