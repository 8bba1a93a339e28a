package id.kecamatan.kinerja.realisasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiwayatRencanaAksiRepository extends JpaRepository<RiwayatRencanaAksi, Long> {

    List<RiwayatRencanaAksi> findByRencanaAksiIdOrderByPadaAscIdAsc(Long rencanaAksiId);
}
