package id.kecamatan.kinerja.capaian.lke;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-komponen (in PermenPANRB 88/2021: Pemenuhan, Kualitas, Implementasi) with its kriteria.
 *
 * @param porsi its share of its komponen's bobot, in percent (0 < porsi ≤ 100)
 */
public record SubKomponenLke(String kode, String nama, BigDecimal porsi, List<KriteriaLke> kriteria) {

    public SubKomponenLke {
        if (kode.isBlank() || nama.isBlank()) {
            throw new IllegalArgumentException("Kode dan nama sub-komponen wajib diisi");
        }
        if (porsi.signum() <= 0 || porsi.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Porsi sub-komponen " + kode + " harus lebih dari 0 sampai 100");
        }
        // a mean over no kriteria has no value
        if (kriteria.isEmpty()) {
            throw new IllegalArgumentException("Sub-komponen " + kode + " tidak memiliki kriteria");
        }
        kriteria = List.copyOf(kriteria);
    }
}
