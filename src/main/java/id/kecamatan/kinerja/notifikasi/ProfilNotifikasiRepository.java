package id.kecamatan.kinerja.notifikasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfilNotifikasiRepository extends JpaRepository<ProfilNotifikasi, Long> {

    Optional<ProfilNotifikasi> findByAkunId(Long akunId);
}
