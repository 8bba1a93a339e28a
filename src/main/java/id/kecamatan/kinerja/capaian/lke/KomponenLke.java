package id.kecamatan.kinerja.capaian.lke;

import java.math.BigDecimal;
import java.util.List;

/**
 * A komponen of the LKE (e.g. Perencanaan Kinerja) with its sub-komponen, whose shares sum to 100 %.
 *
 * @param bobot its weight in points of the total 100
 */
public record KomponenLke(String kode, String nama, BigDecimal bobot, List<SubKomponenLke> subKomponen) {

    public KomponenLke {
        if (kode.isBlank() || nama.isBlank()) {
            throw new IllegalArgumentException("Kode dan nama komponen wajib diisi");
        }
        if (bobot.signum() <= 0) {
            throw new IllegalArgumentException("Bobot komponen " + kode + " harus lebih dari 0");
        }
        BigDecimal porsi = subKomponen.stream().map(SubKomponenLke::porsi).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (porsi.compareTo(Lke.SERATUS) != 0) {
            throw new IllegalArgumentException(
                    "Porsi sub-komponen " + kode + " berjumlah " + porsi.toPlainString() + " %, seharusnya 100 %");
        }
        subKomponen = List.copyOf(subKomponen);
    }

    /** The weight in points of one of its sub-komponen: bobot × porsi / 100, exact. */
    public BigDecimal bobot(SubKomponenLke sub) {
        return bobot.multiply(sub.porsi()).divide(Lke.SERATUS);
    }
}
