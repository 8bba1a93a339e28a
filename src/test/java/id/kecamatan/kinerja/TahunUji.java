package id.kecamatan.kinerja;

import id.kecamatan.kinerja.demo.TahunDataContoh;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The years of Meral a test class writes in, claimed so that no two classes write in the same one. The tests share
 * one database with Meral's plan and only add rows (see {@link UjiTerpadu}); a class that writes Meral's realisasi
 * or targets claims its years once, in static fields, and uses only those:
 *
 * <pre>{@code
 * private static final int TAHUN = TahunUji.milik(BuktiDukungViewTest.class, 2015);
 * private static final int TAHUN_TARGET = TahunUji.bebas(TargetServiceTest.class);
 * }</pre>
 *
 * A class that claims what another class owns fails when it is first used, with an error naming both (the claims
 * live as long as the test JVM, so this holds in any order); {@code TahunUjiTest} loads every test class, so a full
 * run always meets every claim.
 * <ul>
 *   <li>{@link #milik}: a fixed year, where the clock matters: a past year (every triwulan has started, every
 *       deadline has passed, so the services accept a realisasi in it), or a year an assertion names. Fixed years
 *       lie in {@value #TERTUA}–{@value #BEBAS_PERTAMA}&nbsp;−&nbsp;1, outside the years the sample data of the
 *       default run writes in ({@link TahunDataContoh}: its tests expect no real target there).</li>
 *   <li>{@link #bebas}: a year of its own, handed out from {@value #BEBAS_PERTAMA}–{@value #BEBAS_TERAKHIR}, which
 *       no fixed claim may take. These have not started and no year picker reaches them: for what the repositories
 *       or the target service write whatever the year, and for checks that a year has not started.</li>
 *   <li>{@link #indikator}: only the realisasi of some indicators in a year, for screens whose year picker offers
 *       only this year and the four before it (all years the sample data writes in). Those years are relative to
 *       {@link #tahunIni()}, so the test keeps working as the years pass.</li>
 * </ul>
 * A kecamatan of the test's own (a plan imported under another kode) is claimed with {@link InstansiUji}; its
 * years are then free.
 */
public final class TahunUji {

    /** The first year the realisasi service accepts. */
    public static final int TERTUA = 2000;

    public static final int BEBAS_PERTAMA = 2050;
    public static final int BEBAS_TERAKHIR = 2099;

    /** The office's zone in the test profile (kinerja.zona-waktu's default), which "this year" is read in. */
    public static final ZoneId ZONA = ZoneId.of("Asia/Jakarta");

    /** The plan every test shares, which no class may claim. */
    static final String INSTANSI_BERSAMA = TahunDataContoh.INSTANSI;

    private TahunUji() {}

    /** Claims all of Meral's data of {@code tahun} for {@code kelas}; returns the year. */
    public static int milik(Class<?> kelas, int tahun) {
        return DaftarMilik.SEMUA.milik(kelas, tahun);
    }

    /** A new year for {@code kelas} alone, from {@value #BEBAS_PERTAMA} on: a year that has not started. */
    public static int bebas(Class<?> kelas) {
        return DaftarMilik.SEMUA.bebas(kelas);
    }

    /** Claims the realisasi of the given indicators of Meral (by kode) in {@code tahun}; returns the year. */
    public static int indikator(Class<?> kelas, int tahun, String... kode) {
        return DaftarMilik.SEMUA.indikator(kelas, tahun, kode);
    }

    /** This year in the office's zone, as the portal's clock has it. */
    public static int tahunIni() {
        return LocalDate.now(ZONA).getYear();
    }

    /** Whether the sample data of the default run writes Meral's targets or realisasi in {@code tahun}. */
    static boolean ditulisDataContoh(int tahun, int tahunIni) {
        return tahun >= TahunDataContoh.pertama() && tahun <= TahunDataContoh.terakhir(tahunIni);
    }
}
