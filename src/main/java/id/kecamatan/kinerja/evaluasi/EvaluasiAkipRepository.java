package id.kecamatan.kinerja.evaluasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluasiAkipRepository extends JpaRepository<EvaluasiAkip, Long> {

    Optional<EvaluasiAkip> findByInstansiIdAndTahun(Long instansiId, int tahun);
}
