package id.kecamatan.kinerja.publik;

import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.publik.PublikService.DokumenPublik;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DokumenTerbitRepository extends JpaRepository<DokumenTerbit, Long> {

    /** An instansi's documents in force, newest year first, without their bytes. */
    @Query("""
            select new id.kecamatan.kinerja.publik.PublikService$DokumenPublik(d.id, d.jenis, d.tahun, d.triwulan,
                d.namaBerkas, d.ukuran, d.sha256, d.diterbitkanPada)
            from DokumenTerbit d
            where d.instansi.id = :instansiId and d.ditarikPada is null
            order by d.tahun desc, d.jenis, d.triwulan desc""")
    List<DokumenPublik> findBerlaku(Long instansiId);

    /** The document in force of the same kind, year and triwulan, which a new one replaces. */
    @Query("""
            select d from DokumenTerbit d
            where d.instansi.id = :instansiId and d.jenis = :jenis and d.tahun = :tahun
                and (d.triwulan = :triwulan or (d.triwulan is null and :triwulan is null)) and d.ditarikPada is null""")
    List<DokumenTerbit> findSama(Long instansiId, JenisDokumenTerbit jenis, int tahun, @Nullable Triwulan triwulan);

    /** The file of a document in force of the instansi. */
    @Query("""
            select new id.kecamatan.kinerja.publik.PublikService$IsiDokumen(d.namaBerkas, d.sha256, d.isi)
            from DokumenTerbit d
            where d.id = :id and d.instansi.id = :instansiId and d.ditarikPada is null""")
    Optional<PublikService.IsiDokumen> findIsi(Long id, Long instansiId);
}
