package id.kecamatan.kinerja.base;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers as an Indonesian office writes them: 1.234,5 and 56,86. */
public final class FormatAngka {

    private FormatAngka() {
    }

    /** Up to two decimals, no trailing zeros: 56,86 · 53 · 1.234,5. Empty shows as "–", never as 0. */
    public static String format(BigDecimal nilai) {
        if (nilai == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(PesanProvider.INDONESIA));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(nilai);
    }
}
