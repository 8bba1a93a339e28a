package id.kecamatan.kinerja.renstra;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SasaranRepository extends JpaRepository<Sasaran, Long> {

    @Query("select s from Sasaran s left join fetch s.tujuan where s.instansi.id = :instansiId order by s.urutan")
    List<Sasaran> findByInstansi(Long instansiId);
}
