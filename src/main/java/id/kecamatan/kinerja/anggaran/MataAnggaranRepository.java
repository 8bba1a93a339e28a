package id.kecamatan.kinerja.anggaran;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MataAnggaranRepository extends JpaRepository<MataAnggaran, Long> {

    /** A year's budget of an instansi with the sasaran and indicator each row names. */
    @Query("""
            select m from MataAnggaran m left join fetch m.sasaran left join fetch m.indikator
            where m.instansi.id = :instansiId and m.tahun = :tahun
            """)
    List<MataAnggaran> findByInstansiDanTahun(Long instansiId, int tahun);

    boolean existsByInstansiIdAndTahunAndKode(Long instansiId, int tahun, String kode);

    boolean existsByIndukId(Long indukId);
}
