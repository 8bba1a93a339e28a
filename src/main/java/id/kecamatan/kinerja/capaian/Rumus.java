package id.kecamatan.kinerja.capaian;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Checks and evaluates RUMUS expressions with EvalEx (a parser, not a script engine). */
final class Rumus {

    // arrays and structures make no sense for komponen values and would only hide typos such as "a.b"
    private static final ExpressionConfiguration KONFIGURASI = ExpressionConfiguration.builder()
            .mathContext(Angka.MC)
            .arraysAllowed(false)
            .structuresAllowed(false)
            .build();

    private static final Pattern KODE_VARIABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Rumus() {}

    /** Throws IllegalArgumentException unless the rumus parses and uses exactly the given komponen. */
    static void periksa(@Nullable String rumus, List<DefinisiKomponen> komponen) {
        if (rumus == null || rumus.isBlank()) {
            throw new IllegalArgumentException("Formula RUMUS memerlukan rumus");
        }
        Set<String> kodeKomponen = new TreeSet<>();
        for (DefinisiKomponen k : komponen) {
            if (!KODE_VARIABEL.matcher(k.kode()).matches()) {
                throw new IllegalArgumentException("Kode komponen '" + k.kode() + "' tidak dapat dipakai dalam rumus: "
                        + "gunakan huruf, angka dan garis bawah, tidak diawali angka");
            }
            if (KONFIGURASI.getDefaultConstants().containsKey(k.kode().toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Kode komponen '" + k.kode() + "' tidak dapat dipakai dalam rumus "
                        + "karena sama dengan konstanta " + k.kode().toUpperCase(Locale.ROOT));
            }
            kodeKomponen.add(k.kode().toLowerCase(Locale.ROOT));
        }
        Set<String> dipakai;
        try {
            Expression ekspresi = new Expression(rumus, KONFIGURASI);
            ekspresi.validate();
            dipakai = ekspresi.getUsedVariables().stream()
                    .map(v -> v.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Rumus '" + rumus + "' tidak dapat dibaca (" + e.getMessage() + ")", e);
        }
        Set<String> tidakDikenal = new TreeSet<>(dipakai);
        tidakDikenal.removeAll(kodeKomponen);
        if (!tidakDikenal.isEmpty()) {
            throw new IllegalArgumentException(
                    "Rumus memakai kode yang bukan komponen indikator: " + String.join(", ", tidakDikenal));
        }
        // an unused komponen would still be asked for and could leave a quarter "belum diisi" for nothing
        Set<String> tidakDipakai = new TreeSet<>(kodeKomponen);
        tidakDipakai.removeAll(dipakai);
        if (!tidakDipakai.isEmpty()) {
            throw new IllegalArgumentException(
                    "Komponen tidak dipakai dalam rumus: " + String.join(", ", tidakDipakai));
        }
    }

    /** Evaluates a rumus already accepted by {@link #periksa}, with every komponen filled. */
    static Hasil hitung(String rumus, Map<String, BigDecimal> nilai) {
        try {
            EvaluationValue hasil =
                    new Expression(rumus, KONFIGURASI).withValues(nilai).evaluate();
            if (!hasil.isNumberValue()) {
                return new Hasil.TidakDapatDihitung("Hasil rumus bukan angka");
            }
            return new Hasil.Nilai(hasil.getNumberValue());
        } catch (EvaluationException e) {
            if ("Division by zero".equals(e.getMessage())) {
                return new Hasil.TidakDapatDihitung("Pembagian dengan 0 dalam rumus");
            }
            return new Hasil.TidakDapatDihitung("Rumus tidak dapat dihitung (" + e.getMessage() + ")");
        } catch (ParseException e) {
            // periksa() parsed the same text with the same configuration, so this means a bug, not bad input
            throw new IllegalStateException("Rumus yang sudah diperiksa gagal dibaca: " + rumus, e);
        }
    }
}
