package id.kecamatan.kinerja.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface AkunRepository extends JpaRepository<Akun, Long> {

    @Query("select a from Akun a join fetch a.pegawai where a.username = :username")
    Optional<Akun> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select a from Akun a join fetch a.pegawai p where p.instansi.id = :instansiId order by a.username")
    List<Akun> findByInstansi(Long instansiId);

    /*
     * The login counters change by single UPDATE statements: the row lock makes concurrent failures on several
     * instances each count. Each runs in a transaction of its own (a login has none).
     */

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Akun a set a.gagalBerturut = a.gagalBerturut + 1 where a.username = :username")
    int tambahGagal(String username);

    /** Locks the account once the count reaches the limit, and starts the count afresh for after the lock. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Akun a set a.terkunciSampai = :sampai, a.gagalBerturut = 0
            where a.username = :username and a.gagalBerturut >= :batas
            """)
    int kunciBilaMencapai(String username, int batas, Instant sampai);

    /**
     * Ends the account's sessions on every instance: each compares this number with the one its session's login
     * read. Runs in the caller's transaction, so the number changes with the deactivation or the new password.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Akun a set a.versiSesi = a.versiSesi + 1 where a.username = :username")
    int akhiriSesi(String username);

    /** The account's session number; empty when the account no longer exists. */
    @Query("select a.versiSesi from Akun a where a.id = :id")
    Optional<Integer> versiSesi(Long id);

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Akun a set a.gagalBerturut = 0, a.terkunciSampai = null
            where a.username = :username and (a.gagalBerturut <> 0 or a.terkunciSampai is not null)
            """)
    int pulihkanLogin(String username);
}
