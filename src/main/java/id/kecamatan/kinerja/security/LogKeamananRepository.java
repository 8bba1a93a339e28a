package id.kecamatan.kinerja.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LogKeamananRepository extends JpaRepository<LogKeamanan, Long> {

    /**
     * Newest first; a null filter matches everything. Rows of another instansi's accounts are left out; rows of a
     * name no account has (a mistyped login, an anonymous visitor, the portal itself) belong to no instansi and stay.
     */
    @Query("""
            select l from LogKeamanan l
            where (:username is null or l.username = :username) and (:peristiwa is null or l.peristiwa = :peristiwa)
            and not exists (
                select a from Akun a where a.username = l.username and a.pegawai.instansi.id <> :instansiId)
            order by l.waktu desc, l.id desc
            """)
    List<LogKeamanan> cari(@Nullable String username, @Nullable Peristiwa peristiwa, Long instansiId, Pageable halaman);
}
