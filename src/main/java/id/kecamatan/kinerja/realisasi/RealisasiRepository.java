package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.Triwulan;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RealisasiRepository extends JpaRepository<Realisasi, Long> {

    Optional<Realisasi> findByIndikatorIdAndTahunAndTriwulan(Long indikatorId, int tahun, Triwulan triwulan);

    boolean existsByDataContohTrue();

    /** The row locked until the transaction ends, so that a change of status waits for it (and the other way round). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Realisasi r where r.id = :id")
    Optional<Realisasi> findTerkunci(Long id);

    @Query("""
            select distinct r from Realisasi r left join fetch r.nilaiKomponen n left join fetch n.komponen
            where r.indikator.id in :indikatorIds and r.tahun = :tahun
            """)
    List<Realisasi> findByIndikatorDanTahun(Collection<Long> indikatorIds, int tahun);

    /** Submitted rows whose owner's verifikator is the given jabatan. */
    @Query("""
            select r from Realisasi r join fetch r.indikator i join fetch i.pemilik p
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN and p.verifikator.id = :jabatanId
            order by p.urutan, i.urutan, r.tahun, r.triwulan
            """)
    List<Realisasi> findMenungguVerifikator(Long jabatanId);

    /** Submitted rows of jabatan with no verifikator (the Camat's own), which the Camat approves. */
    @Query("""
            select r from Realisasi r join fetch r.indikator i join fetch i.pemilik p
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN and p.verifikator is null
              and i.instansi.id = :instansiId
            order by i.urutan, r.tahun, r.triwulan
            """)
    List<Realisasi> findMenungguTanpaVerifikator(Long instansiId);

    /** How many rows {@link #findMenungguVerifikator} finds, for the menu count on every page. */
    @Query("""
            select count(r) from Realisasi r
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN
              and r.indikator.pemilik.verifikator.id = :jabatanId
            """)
    int countMenungguVerifikator(Long jabatanId);

    /** How many rows {@link #findMenungguTanpaVerifikator} finds. */
    @Query("""
            select count(r) from Realisasi r
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN
              and r.indikator.pemilik.verifikator is null and r.indikator.instansi.id = :instansiId
            """)
    int countMenungguTanpaVerifikator(Long instansiId);

    /** The status of every saved quarter of one jabatan's indicators in the years, without loading the rows. */
    @Query("""
            select new id.kecamatan.kinerja.realisasi.StatusTriwulan(r.indikator.id, r.tahun, r.triwulan, r.status)
            from Realisasi r where r.indikator.pemilik.id = :jabatanId and r.tahun between :dariTahun and :sampaiTahun
            """)
    List<StatusTriwulan> findStatusMilik(Long jabatanId, int dariTahun, int sampaiTahun);
}
