package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Number fields typed the Indonesian way, read together: every field checked, each wrong one marked with why. */
final class IsianAngka {

    private IsianAngka() {}

    /**
     * Asks a phone for its number keyboard in the field (inputmode "decimal": digits and the decimal comma), on every
     * attach, once the field has made its input element.
     */
    static void papanAngka(TextField field) {
        field.addAttachListener(e -> field.getElement()
                .executeJs("requestAnimationFrame(() => {"
                        + " const input = this.inputElement || this.querySelector('input');"
                        + " if (input) input.inputMode = 'decimal'; })"));
    }

    /**
     * The numbers typed, by key (an empty field is null, never 0); null when any field does not hold a valid number,
     * negative ones included, and then each such field shows its error.
     */
    static <K> @Nullable Map<K, @Nullable BigDecimal> baca(Map<K, TextField> isian) {
        Map<K, @Nullable BigDecimal> nilai = new LinkedHashMap<>();
        boolean semuaSah = true;
        for (var entri : isian.entrySet()) {
            TextField field = entri.getValue();
            try {
                nilai.put(entri.getKey(), FormatAngka.parse(field.getValue()));
                field.setInvalid(false);
            } catch (AturanDilanggar e) {
                field.setErrorMessage(field.getTranslation(e.getKunciPesan(), e.getArgumen()));
                field.setInvalid(true);
                semuaSah = false;
            }
        }
        return semuaSah ? nilai : null;
    }
}
