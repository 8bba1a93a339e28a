package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.capaian.Efisiensi;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AturanSkorRepository extends JpaRepository<AturanSkor, Long> {

    Optional<AturanSkor> findByInstansiId(Long instansiId);

    /** The threshold of budget efficiency in force for an instansi: its own, else the default. */
    default BigDecimal ambangEfisiensi(Long instansiId) {
        return findByInstansiId(instansiId).map(AturanSkor::getAmbangEfisiensi).orElse(Efisiensi.AMBANG_BAKU);
    }
}
