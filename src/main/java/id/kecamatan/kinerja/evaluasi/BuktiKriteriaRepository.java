package id.kecamatan.kinerja.evaluasi;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BuktiKriteriaRepository extends JpaRepository<BuktiKriteria, Long> {

    /** The files of every kriteria of an evaluation, oldest first, without reading their content. */
    @Query("""
            select new id.kecamatan.kinerja.evaluasi.InfoBuktiKriteria(b.kriteria, b.id,
                b.namaFile, b.tipeKonten, b.ukuran, b.sha256, b.diunggahOleh, b.diunggahPada, b.digantiPada)
            from BuktiKriteria b where b.evaluasi.id = :evaluasiId order by b.diunggahPada, b.id
            """)
    List<InfoBuktiKriteria> findInfo(Long evaluasiId);

    /** Marks the current file of that name of the kriteria, in any letter case, as replaced. */
    @Modifying
    @Query("""
            update BuktiKriteria b set b.digantiPada = :pada
            where b.evaluasi.id = :evaluasiId and b.kriteria = :kriteria and lower(b.namaFile) = lower(:namaFile)
                and b.digantiPada is null
            """)
    int tandaiDiganti(Long evaluasiId, String kriteria, String namaFile, Instant pada);
}
