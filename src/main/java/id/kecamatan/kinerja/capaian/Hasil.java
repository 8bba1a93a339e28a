package id.kecamatan.kinerja.capaian;

import java.math.BigDecimal;

/**
 * The outcome of a calculation: a number, or the reason there is none. Empty is never zero, so a
 * missing input is {@link BelumDiisi} and an impossible division is {@link TidakDapatDihitung}.
 */
public sealed interface Hasil {

    /** A computed number, rounded as described in the package documentation. */
    record Nilai(BigDecimal nilai) implements Hasil {
        public Nilai {
            if (nilai == null) {
                throw new IllegalArgumentException("Nilai wajib diisi; gunakan BelumDiisi untuk nilai kosong");
            }
        }
    }

    /** An input needed for the calculation has not been entered ("belum diisi"). */
    record BelumDiisi() implements Hasil {}

    /** Every input is there but no number follows from it, e.g. "Penyebut bernilai 0". */
    record TidakDapatDihitung(String alasan) implements Hasil {
        public TidakDapatDihitung {
            if (alasan == null || alasan.isBlank()) {
                throw new IllegalArgumentException("Alasan wajib diisi");
            }
        }
    }
}
