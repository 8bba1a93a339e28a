package id.kecamatan.kinerja.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LogKeamananRepository extends JpaRepository<LogKeamanan, Long> {

    /** Newest first; a null filter matches everything. */
    @Query("""
            select l from LogKeamanan l
            where (:username is null or l.username = :username) and (:peristiwa is null or l.peristiwa = :peristiwa)
            order by l.waktu desc, l.id desc
            """)
    List<LogKeamanan> cari(@Nullable String username, @Nullable Peristiwa peristiwa, Pageable halaman);
}
