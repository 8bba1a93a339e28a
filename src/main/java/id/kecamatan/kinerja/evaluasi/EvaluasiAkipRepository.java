package id.kecamatan.kinerja.evaluasi;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EvaluasiAkipRepository extends JpaRepository<EvaluasiAkip, Long> {

    Optional<EvaluasiAkip> findByInstansiIdAndTahun(Long instansiId, int tahun);

    /** The evaluation locked until the transaction ends: two uploads of one file name follow each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EvaluasiAkip e where e.id = :id")
    Optional<EvaluasiAkip> findTerkunci(Long id);
}
