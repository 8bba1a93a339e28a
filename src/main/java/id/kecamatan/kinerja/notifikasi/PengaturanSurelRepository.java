package id.kecamatan.kinerja.notifikasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PengaturanSurelRepository extends JpaRepository<PengaturanSurel, Long> {

    /** The installation's row, if the Admin has saved one. */
    Optional<PengaturanSurel> findFirstByOrderByIdAsc();
}
