package id.kecamatan.kinerja.organisasi;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PegawaiRepository extends JpaRepository<Pegawai, Long> {}
