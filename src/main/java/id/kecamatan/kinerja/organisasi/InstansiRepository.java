package id.kecamatan.kinerja.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstansiRepository extends JpaRepository<Instansi, Long> {

    Optional<Instansi> findByKode(String kode);

    Optional<Instansi> findFirstByJenisAndNama(JenisInstansi jenis, String nama);

    /** The kecamatan of a kabupaten: those that name it as their kabupaten. */
    List<Instansi> findByJenisAndKabupatenOrderByNama(JenisInstansi jenis, String kabupaten);
}
