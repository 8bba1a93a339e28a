package id.kecamatan.kinerja;

/**
 * An instansi kode a test class imports or makes a kecamatan under (RencanaContoh, KecamatanUji, an Excel plan
 * with a new kode), claimed so that no two classes share it: its indicators, accounts and realisasi are then the
 * class's alone, in any year. A second class claiming the same kode fails when it is first used, naming both, as
 * with {@link TahunUji}.
 *
 * <pre>{@code
 * private static final String KODE = InstansiUji.milik(ImporRealisasiExcelTest.class, "UJI-RL");
 * }</pre>
 */
public final class InstansiUji {

    private InstansiUji() {}

    /** Claims {@code kode} for {@code kelas} (case-insensitive, as instansi kodes are compared); returns it. */
    public static String milik(Class<?> kelas, String kode) {
        return DaftarMilik.SEMUA.instansi(kelas, kode);
    }
}
