package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.InfoBukti;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BuktiDukungRepository extends JpaRepository<BuktiDukung, Long> {

    /** The files of a realisasi, oldest first, without reading their content. */
    @Query("""
            select new id.kecamatan.kinerja.base.InfoBukti(b.id, b.namaFile, b.tipeKonten, b.ukuran, b.sha256,
                b.diunggahOleh, b.diunggahPada, b.digantiPada)
            from BuktiDukung b where b.realisasi.id = :realisasiId order by b.diunggahPada, b.id
            """)
    List<InfoBukti> findInfo(Long realisasiId);

    /** Marks the current file of that name, in any letter case, as replaced; without loading its content. */
    @Modifying
    @Query("""
            update BuktiDukung b set b.digantiPada = :pada
            where b.realisasi.id = :realisasiId and lower(b.namaFile) = lower(:namaFile) and b.digantiPada is null
            """)
    int tandaiDiganti(Long realisasiId, String namaFile, Instant pada);
}
