package id.kecamatan.kinerja.laporan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeksLkjipRepository extends JpaRepository<TeksLkjip, Long> {

    /** The text in force of every section of a year: the newest row of each. */
    @Query("select t from TeksLkjip t where t.instansi.id = :instansiId and t.tahun = :tahun and t.nomor = "
            + "(select max(u.nomor) from TeksLkjip u where u.instansi.id = t.instansi.id and u.tahun = t.tahun "
            + "and u.kunci = t.kunci)")
    List<TeksLkjip> findBerlaku(Long instansiId, int tahun);

    /** A section's history, newest first. */
    List<TeksLkjip> findByInstansiIdAndTahunAndKunciOrderByNomorDesc(Long instansiId, int tahun, String kunci);
}
