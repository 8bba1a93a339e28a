package id.kecamatan.kinerja.organisasi;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PenugasanRepository extends JpaRepository<Penugasan, Long> {

    /** The assignments in force on a date, with their pegawai and jabatan. */
    @Query("""
            select p from Penugasan p join fetch p.pegawai join fetch p.jabatan j
            where j.instansi.id = :instansiId
              and (p.mulai is null or p.mulai <= :tanggal) and (p.selesai is null or p.selesai >= :tanggal)
            """)
    List<Penugasan> findBerlaku(Long instansiId, LocalDate tanggal);

    /** The assignments in force of the pegawai of an instansi, whichever instansi their jabatan is in. */
    @Query("""
            select p from Penugasan p join fetch p.pegawai join fetch p.jabatan j
            where p.pegawai.instansi.id = :instansiId
              and (p.mulai is null or p.mulai <= :tanggal) and (p.selesai is null or p.selesai >= :tanggal)
            """)
    List<Penugasan> findBerlakuPegawaiInstansi(Long instansiId, LocalDate tanggal);

    @Query("""
            select p from Penugasan p join fetch p.jabatan j left join fetch j.unitKerja
            where p.pegawai.id = :pegawaiId
              and (p.mulai is null or p.mulai <= :tanggal) and (p.selesai is null or p.selesai >= :tanggal)
            """)
    List<Penugasan> findBerlakuUntukPegawai(Long pegawaiId, LocalDate tanggal);

    /** Every assignment of an instansi, with its pegawai and jabatan. */
    @Query("""
            select p from Penugasan p join fetch p.pegawai join fetch p.jabatan j
            where j.instansi.id = :instansiId
            """)
    List<Penugasan> findByInstansi(Long instansiId);

    List<Penugasan> findByPegawaiIdAndJabatanId(Long pegawaiId, Long jabatanId);
}
