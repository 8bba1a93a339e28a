package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.Peran;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotifikasiRepository extends JpaRepository<Notifikasi, Long> {

    boolean existsByAkunIdAndKunci(Long akunId, String kunci);

    List<Notifikasi> findByAkunIdOrderByDibuatPadaDescIdDesc(Long akunId, Limit limit);

    long countByAkunIdAndDibacaPadaIsNull(Long akunId);

    @Modifying
    @Query("update Notifikasi n set n.dibacaPada = :pada where n.akunId = :akunId and n.dibacaPada is null")
    int tandaiSemuaDibaca(Long akunId, Instant pada);

    /** Submissions recorded for verifikator in a time window: the content of their digests. */
    @Query("""
            select n from Notifikasi n
            where n.jenis in :jenis and n.dibuatPada >= :dari and n.dibuatPada < :sampai
            order by n.akunId, n.dibuatPada, n.id
            """)
    List<Notifikasi> findPengajuan(Collection<JenisNotifikasi> jenis, Instant dari, Instant sampai);

    /**
     * The active accounts holding a jabatan on a date (definitive, Plt. or Plh.): who an event of that jabatan
     * reaches.
     */
    @Query("""
            select distinct a.id from Akun a, Penugasan p
            where p.pegawai = a.pegawai and p.jabatan.id = :jabatanId and a.aktif = true
              and (p.mulai is null or p.mulai <= :tanggal) and (p.selesai is null or p.selesai >= :tanggal)
            """)
    List<Long> findAkunPemegang(Long jabatanId, LocalDate tanggal);

    /** The jabatan of an instansi with a role: the Camat's, who verifies where a jabatan names no verifikator. */
    @Query("select j.id from Jabatan j where j.instansi.id = :instansiId and j.peran = :peran")
    List<Long> findJabatanDenganPeran(Long instansiId, Peran peran);

    @Query("select a.pegawai.nama from Akun a where a.id = :akunId")
    Optional<String> findNamaPegawai(Long akunId);

    @Query("select i.id from Instansi i order by i.id")
    List<Long> findSemuaInstansi();

    /**
     * Per jabatan of an instansi, its indicators whose realisasi of a triwulan is neither submitted nor approved
     * (none saved, a draft, or returned): what a deadline reminder counts. Rows: [jabatan id, count].
     */
    @Query("""
            select i.pemilik.id, count(i) from Indikator i
            where i.instansi.id = :instansiId
              and not exists (select r.id from Realisasi r where r.indikator = i and r.tahun = :tahun
                              and r.triwulan = :triwulan
                              and r.status in (id.kecamatan.kinerja.realisasi.StatusRealisasi.DIAJUKAN,
                                               id.kecamatan.kinerja.realisasi.StatusRealisasi.DISETUJUI))
            group by i.pemilik.id
            """)
    List<Object[]> findBelumDiajukanPerJabatan(Long instansiId, int tahun, id.kecamatan.kinerja.base.Triwulan triwulan);
}
