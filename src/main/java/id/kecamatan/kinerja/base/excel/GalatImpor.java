package id.kecamatan.kinerja.base.excel;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem of an uploaded file: where it is (sheet, 1-based row as Excel shows it, column letter; row and
 * column are null for a whole sheet or file) and what is wrong, as a message key with its arguments.
 */
public record GalatImpor(
        @Nullable String lembar,
        @Nullable Integer baris,
        @Nullable String kolom,
        String kunci,
        List<Object> argumen) {

    public GalatImpor {
        argumen = List.copyOf(argumen);
    }

    public static GalatImpor di(
            @Nullable String lembar, @Nullable Integer baris, @Nullable String kolom, String kunci, Object... argumen) {
        return new GalatImpor(lembar, baris, kolom, kunci, List.of(argumen));
    }

    public Object[] argumenPesan() {
        return argumen.toArray();
    }
}
