package id.kecamatan.kinerja.indikator;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TargetRepository extends JpaRepository<Target, Long> {

    @Query("select t from Target t where t.indikator.instansi.id = :instansiId order by t.tahun, t.triwulan, t.revisi")
    List<Target> findByInstansi(Long instansiId);

    @Query("select t from Target t where t.indikator.id in :indikatorIds and t.tahun = :tahun")
    List<Target> findByIndikatorDanTahun(Collection<Long> indikatorIds, int tahun);

    boolean existsByDataContohTrue();
}
