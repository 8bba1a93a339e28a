package id.kecamatan.kinerja.indikator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CascadeRepository extends JpaRepository<Cascade, Long> {

    @Query("select c from Cascade c join fetch c.iku where c.iki.instansi.id = :instansiId")
    List<Cascade> findByInstansi(Long instansiId);
}
