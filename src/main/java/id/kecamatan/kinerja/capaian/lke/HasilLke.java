package id.kecamatan.kinerja.capaian.lke;

import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The score of one set of answers ({@link PenilaianLke#nilai}). Each figure is computed exactly from the answers and
 * rounded once, to 2 decimals; so the shown komponen may not add up to the shown total to the last digit.
 *
 * @param nilai          the total 0–100, or {@link Hasil.BelumDiisi} while any kriteria is belum dinilai
 * @param predikat       the grade of the total as shown; none while the total is not a number
 * @param jumlahKriteria how many kriteria the LKE has
 * @param belumDinilai   how many of them have no answer
 */
public record HasilLke(
        Hasil nilai,
        TabelPredikat.@Nullable Pita predikat,
        int jumlahKriteria,
        int belumDinilai,
        List<HasilKomponen> komponen) {

    public HasilLke {
        komponen = List.copyOf(komponen);
    }

    /** Every kriteria is answered, so every figure is a number. */
    public boolean lengkap() {
        return belumDinilai == 0;
    }

    /** A komponen's score: the sum of its sub-komponen, or {@link Hasil.BelumDiisi}. */
    public record HasilKomponen(
            KomponenLke komponen,
            Hasil nilai,
            int jumlahKriteria,
            int belumDinilai,
            List<HasilSubKomponen> subKomponen) {

        public HasilKomponen {
            subKomponen = List.copyOf(subKomponen);
        }
    }

    /** A sub-komponen's score: the mean of its kriteria values × its weight, or {@link Hasil.BelumDiisi}. */
    public record HasilSubKomponen(SubKomponenLke subKomponen, Hasil nilai, int jumlahKriteria, int belumDinilai) {}
}
