package id.kecamatan.kinerja.renstra;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TujuanRepository extends JpaRepository<Tujuan, Long> {

    @Query("select t from Tujuan t join fetch t.misi m where m.instansi.id = :instansiId order by m.nomor, t.urutan")
    List<Tujuan> findByInstansi(Long instansiId);
}
