package id.kecamatan.kinerja.realisasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RealisasiRepository extends JpaRepository<Realisasi, Long> {

    Optional<Realisasi> findByIndikatorIdAndTahunAndTriwulan(Long indikatorId, int tahun, int triwulan);
}
