package id.kecamatan.kinerja.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Numbers as an Indonesian office writes them: 1.234,5 and 56,86. */
public final class FormatAngka {

    private static final BigDecimal KB = BigDecimal.valueOf(1024);
    private static final BigDecimal MB = BigDecimal.valueOf(1024 * 1024);

    /** Digits with optional thousands dots in groups of three, then an optional decimal comma. */
    private static final Pattern ANGKA = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?|\\d+(,\\d+)?");
    /** Only digits, dots and commas, but not in a valid arrangement: a format mistake, not a word. */
    private static final Pattern TANDA_ANGKA = Pattern.compile("[\\d.,]+");

    /**
     * Units of things counted one by one (lower case): a figure in one of them is a whole number where it is one.
     * Every other unit (%, nilai, indeks, km, rupiah, …) is written with two decimals.
     */
    private static final Set<String> SATUAN_CACAH = Set.of(
            "dokumen",
            "orang",
            "kk",
            "data",
            "kegiatan",
            "laporan",
            "kali",
            "unit",
            "buah",
            "desa",
            "kelurahan",
            "rt",
            "rw",
            "jiwa",
            "keluarga",
            "berkas",
            "surat",
            "paket",
            "lokasi",
            "titik",
            "rumah",
            "sekolah");

    private FormatAngka() {}

    /**
     * A figure as it stands in a column or beside others of its kind: two decimals (92,50 · 88,00), or a whole number
     * for a whole count in a unit of things counted one by one (12 dokumen). Empty shows as "–", never as 0.
     */
    public static String nilai(@Nullable BigDecimal nilai, @Nullable String satuan) {
        if (nilai == null) {
            return "–";
        }
        return tetap(nilai, desimal(nilai, satuan));
    }

    /** How many decimals {@link #nilai} writes a figure with: 0 or 2 (for a spreadsheet cell's format too). */
    public static int desimal(BigDecimal nilai, @Nullable String satuan) {
        boolean cacah = satuan != null && SATUAN_CACAH.contains(satuan.strip().toLowerCase(Locale.ROOT));
        return cacah && nilai.stripTrailingZeros().scale() <= 0 ? 0 : 2;
    }

    /** Exactly {@code desimal} decimals (0 or more), rounded HALF_UP: 1.234 · 92,50. */
    public static String tetap(BigDecimal nilai, int desimal) {
        DecimalFormat format = new DecimalFormat(
                desimal == 0 ? "#,##0" : "#,##0." + "0".repeat(desimal),
                DecimalFormatSymbols.getInstance(PesanProvider.INDONESIA));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(nilai);
    }

    /** Up to two decimals, no trailing zeros: 56,86 · 53 · 1.234,5. Empty shows as "–", never as 0. */
    public static String format(@Nullable BigDecimal nilai) {
        if (nilai == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(PesanProvider.INDONESIA));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(nilai);
    }

    /** Always two decimals, for figures that stand in a column or beside each other: 92,50 · 1.250.000,00. */
    public static String duaDesimal(@Nullable BigDecimal nilai) {
        return nilai == null ? "–" : tetap(nilai, 2);
    }

    /** As typed in a form: every decimal kept (1.234,5678), so editing a value does not round it. */
    public static String formatIsian(@Nullable BigDecimal nilai) {
        if (nilai == null) {
            return "";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(PesanProvider.INDONESIA));
        return format.format(nilai);
    }

    /**
     * Reads a number typed the Indonesian way ("56,86", "1.234,5"). Blank is empty (null), never 0.
     * Anything else is refused with the key of a message that says what is wrong.
     */
    public static @Nullable BigDecimal parse(@Nullable String teks) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        String bersih = teks.strip().replace(" ", "");
        if (bersih.startsWith("-")) {
            throw new AturanDilanggar("angka.negatif");
        }
        if (!ANGKA.matcher(bersih).matches()) {
            throw new AturanDilanggar(TANDA_ANGKA.matcher(bersih).matches() ? "angka.format" : "angka.bukan-angka");
        }
        return new BigDecimal(bersih.replace(".", "").replace(',', '.'));
    }

    /** A file size as people read it: whole KB (rounded up, so a small file is never "0 KB") below 1 MB, else MB. */
    public static String ukuranBerkas(long jumlahByte) {
        BigDecimal angka = BigDecimal.valueOf(jumlahByte);
        return angka.compareTo(MB) < 0
                ? format(angka.divide(KB, 0, RoundingMode.CEILING)) + " KB"
                : format(angka.divide(MB, 1, RoundingMode.HALF_UP)) + " MB";
    }
}
