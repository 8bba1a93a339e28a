package id.kecamatan.kinerja.notifikasi;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurelKeluarRepository extends JpaRepository<SurelKeluar, Long> {

    boolean existsByAkunIdAndKunci(Long akunId, String kunci);

    /** What is due now, the longest waiting first. */
    @Query("""
            select s from SurelKeluar s
            where s.status = id.kecamatan.kinerja.notifikasi.StatusSurel.MENUNGGU and s.berikutnya <= :sekarang
            order by s.berikutnya, s.id
            """)
    List<SurelKeluar> findJatuhTempo(Instant sekarang, Limit limit);

    long countByStatus(StatusSurel status);

    /** The last failed attempt, for the Admin: the newest row with an error that is not cancelled. */
    @Query("""
            select s from SurelKeluar s
            where s.galat is not null and s.status <> id.kecamatan.kinerja.notifikasi.StatusSurel.BATAL
            order by s.id desc
            """)
    List<SurelKeluar> findGalatTerakhir(Limit limit);
}
