package id.kecamatan.kinerja.realisasi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RencanaAksiRepository extends JpaRepository<RencanaAksi, Long> {

    Optional<RencanaAksi> findByIndikatorIdAndTahun(Long indikatorId, int tahun);

    @Query("""
            select distinct r from RencanaAksi r left join fetch r.kegiatan
            where r.indikator.id in :indikatorIds and r.tahun = :tahun
            """)
    List<RencanaAksi> findByIndikatorDanTahun(Collection<Long> indikatorIds, int tahun);

    /** Approved plans of an instansi's indicators for a year, with their indicator and its owner. */
    @Query("""
            select r from RencanaAksi r join fetch r.indikator i join fetch i.pemilik
            where i.instansi.id = :instansiId and r.tahun = :tahun
              and r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DISETUJUI
            order by i.urutan
            """)
    List<RencanaAksi> findDisetujui(Long instansiId, int tahun);

    /** Submitted plans whose owner's verifikator is the given jabatan. */
    @Query("""
            select r from RencanaAksi r join fetch r.indikator i join fetch i.pemilik p
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN and p.verifikator.id = :jabatanId
            order by p.urutan, i.urutan, r.tahun
            """)
    List<RencanaAksi> findMenungguVerifikator(Long jabatanId);

    /** Submitted plans of jabatan with no verifikator (the Camat's own), which the Camat approves. */
    @Query("""
            select r from RencanaAksi r join fetch r.indikator i join fetch i.pemilik p
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN and p.verifikator is null
              and i.instansi.id = :instansiId
            order by i.urutan, r.tahun
            """)
    List<RencanaAksi> findMenungguTanpaVerifikator(Long instansiId);

    @Query("""
            select count(r) from RencanaAksi r
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN
              and r.indikator.pemilik.verifikator.id = :jabatanId
            """)
    int countMenungguVerifikator(Long jabatanId);

    @Query("""
            select count(r) from RencanaAksi r
            where r.status = id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN
              and r.indikator.pemilik.verifikator is null and r.indikator.instansi.id = :instansiId
            """)
    int countMenungguTanpaVerifikator(Long instansiId);

    /** The owner's plans in a status, for the menu count of returned work. */
    int countByIndikatorPemilikIdAndStatus(Long jabatanId, StatusRealisasi status);
}
