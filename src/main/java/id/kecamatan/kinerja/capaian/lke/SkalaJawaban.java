package id.kecamatan.kinerja.capaian.lke;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A scale a kriteria is answered on, e.g. {@code YT} (Y 1, T 0) or {@code AE} (A 1 … E 0): each answer letter with
 * its value between 0 and 1. "One step up" is the answer with the next higher value.
 *
 * @param kode    e.g. {@code YT}
 * @param jawaban answer → value, in the order written; values distinct, so that a step up is well defined
 */
public record SkalaJawaban(String kode, Map<String, BigDecimal> jawaban) {

    public SkalaJawaban {
        if (kode.isBlank()) {
            throw new IllegalArgumentException("Kode skala wajib diisi");
        }
        if (jawaban.isEmpty()) {
            throw new IllegalArgumentException("Skala " + kode + " tidak memiliki jawaban");
        }
        Set<BigDecimal> nilai = new HashSet<>();
        for (Map.Entry<String, BigDecimal> e : jawaban.entrySet()) {
            if (e.getKey().isBlank()) {
                throw new IllegalArgumentException("Skala " + kode + ": jawaban kosong");
            }
            if (e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(
                        "Skala " + kode + ": nilai jawaban " + e.getKey() + " harus 0 sampai 1");
            }
            if (!nilai.add(e.getValue().stripTrailingZeros())) {
                throw new IllegalArgumentException(
                        "Skala " + kode + ": nilai " + e.getValue().toPlainString() + " dipakai lebih dari sekali");
            }
        }
        jawaban = Collections.unmodifiableMap(new LinkedHashMap<>(jawaban));
    }

    /** The value of an answer, none when the answer is not on this scale. */
    public @Nullable BigDecimal nilai(String jawaban) {
        return this.jawaban.get(jawaban);
    }

    /** The answer one step above, none at the top of the scale (or for an answer not on it). */
    public @Nullable String naikSatu(String jawaban) {
        BigDecimal sekarang = nilai(jawaban);
        if (sekarang == null) {
            return null;
        }
        String berikut = null;
        BigDecimal nilaiBerikut = null;
        for (Map.Entry<String, BigDecimal> e : this.jawaban.entrySet()) {
            if (e.getValue().compareTo(sekarang) > 0
                    && (nilaiBerikut == null || e.getValue().compareTo(nilaiBerikut) < 0)) {
                berikut = e.getKey();
                nilaiBerikut = e.getValue();
            }
        }
        return berikut;
    }

    /** The answers from the highest value to the lowest, e.g. for a choice list. */
    public List<String> urutan() {
        List<Map.Entry<String, BigDecimal>> entri = new ArrayList<>(jawaban.entrySet());
        entri.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()));
        return entri.stream().map(Map.Entry::getKey).toList();
    }
}
