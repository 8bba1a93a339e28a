package id.kecamatan.kinerja.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AkunRepository extends JpaRepository<Akun, Long> {

    @Query("select a from Akun a join fetch a.pegawai where a.username = :username")
    Optional<Akun> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a from Akun a join fetch a.pegawai p where p.instansi.id = :instansiId order by a.username")
    List<Akun> findByInstansi(Long instansiId);
}
