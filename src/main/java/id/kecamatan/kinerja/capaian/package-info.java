/**
 * The calculation core of capaian: indicator values from komponen, aggregation over triwulan,
 * capaian by polarity, scores, rollups and predikat. Pure Java (EvalEx for RUMUS, no framework),
 * so that it can be tested against tables of worked examples. Nothing else computes a capaian.
 *
 * <h2>Empty is not zero</h2>
 * A value that cannot be given is a {@link id.kecamatan.kinerja.capaian.Hasil.BelumDiisi} (an input is
 * missing) or a {@link id.kecamatan.kinerja.capaian.Hasil.TidakDapatDihitung} with a reason in Bahasa
 * Indonesia (e.g. a denominator or target of 0). Neither ever counts as 0 or as achieved.
 *
 * <h2>Precision and rounding</h2>
 * All arithmetic is {@link java.math.BigDecimal} with {@link java.math.MathContext#DECIMAL64}
 * (16 significant digits) for every intermediate step, ratios multiplying by 100 before dividing.
 * Every number this package returns (realisasi value, capaian, score, weighted mean) is rounded once,
 * at the end of its own calculation, to 2 decimals {@link java.math.RoundingMode#HALF_UP}, so it is
 * exactly the figure shown. A figure built from other figures uses them as shown: a capaian comes from
 * the realisasi as shown (33.33, not 33.333…), a RATA_RATA from the quarters' values as shown, so
 * anyone can redo it by hand from the report. Komponen values as entered are never rounded; a
 * KUMULATIF sums them before its single rounding. Rounding lives in {@code Angka}, nowhere else (the LKE
 * scoring of {@code capaian.lke} uses it too).
 */
@NullMarked
package id.kecamatan.kinerja.capaian;

import org.jspecify.annotations.NullMarked;
