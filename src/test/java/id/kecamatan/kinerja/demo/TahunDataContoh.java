package id.kecamatan.kinerja.demo;

/**
 * The years the sample data of the default run ({@link DataContoh}) writes in, for the test helpers outside this
 * package: Meral's yearly targets of {@value #TARGET_PERTAMA}–{@value #TARGET_TERAKHIR}, and realisasi from
 * {@value #REALISASI_PERTAMA} up to the current year. Read from DataContoh's own constants, so a change there moves
 * the guard of {@code TahunUji} with it.
 */
public final class TahunDataContoh {

    public static final int TARGET_PERTAMA = DataContoh.TAHUN_TARGET_PERTAMA;
    public static final int TARGET_TERAKHIR = DataContoh.TAHUN_TARGET_TERAKHIR;
    public static final int REALISASI_PERTAMA = DataContoh.TAHUN_REALISASI_PERTAMA;

    /** The instansi the sample data is written for. */
    public static final String INSTANSI = DemoData.INSTANSI;

    private TahunDataContoh() {}

    /** The first year the sample data writes anything in. */
    public static int pertama() {
        return Math.min(TARGET_PERTAMA, REALISASI_PERTAMA);
    }

    /** The last year the sample data writes anything in, when this year is {@code tahunIni}. */
    public static int terakhir(int tahunIni) {
        return Math.max(TARGET_TERAKHIR, tahunIni);
    }
}
