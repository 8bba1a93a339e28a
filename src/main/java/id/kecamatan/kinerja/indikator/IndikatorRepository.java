package id.kecamatan.kinerja.indikator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndikatorRepository extends JpaRepository<Indikator, Long> {

    @Query("""
            select distinct i from Indikator i join fetch i.sasaran join fetch i.pemilik left join fetch i.komponen
            where i.instansi.id = :instansiId and i.jenis = :jenis order by i.urutan
            """)
    List<Indikator> findByInstansiAndJenis(Long instansiId, JenisIndikator jenis);

    @Query("""
            select distinct i from Indikator i join fetch i.sasaran left join fetch i.komponen
            where i.pemilik.id = :jabatanId order by i.urutan
            """)
    List<Indikator> findByPemilik(Long jabatanId);

    @Query("select i.id from Indikator i where i.pemilik.id = :jabatanId")
    List<Long> findIdByPemilik(Long jabatanId);

    @Query("""
            select distinct i from Indikator i join fetch i.pemilik p left join fetch i.komponen
            where p.unitKerja.id = :unitKerjaId order by p.urutan, i.urutan
            """)
    List<Indikator> findByUnitKerja(Long unitKerjaId);

    /** Those of the given ids that are indicators of the instansi. */
    @Query("select i.id from Indikator i where i.id in :ids and i.instansi.id = :instansiId")
    List<Long> findIdDiInstansi(Collection<Long> ids, Long instansiId);

    @Query("select i.pemilik.id from Indikator i where i.instansi.id = :instansiId")
    List<Long> findPemilikIds(Long instansiId);

    List<Indikator> findByInstansiIdOrderByKode(Long instansiId);

    /** The indicator of the instansi marked "diisi dari Evaluasi AKIP" (at most one: AturanDariLke). */
    @Query("""
            select i from Indikator i join fetch i.pemilik left join fetch i.komponen
            where i.instansi.id = :instansiId and i.dariLke = true
            """)
    Optional<Indikator> findDariLke(Long instansiId);
}
