package id.kecamatan.kinerja;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The registry behind {@link TahunUji} and {@link InstansiUji}: which test class owns which year of Meral, which
 * indicator of Meral in a year, and which instansi kode. One instance ({@link #SEMUA}) lives as long as the test JVM
 * (surefire runs every test class in one JVM, one after the other), so a claim stays until the end of the run,
 * whatever order the classes run in. Claims are made in static fields, so they happen when a class is first used,
 * and a class that claims what another class owns fails at once, with a message naming both.
 * <p>
 * Package-private: tests use the two facades; {@code TahunUjiTest} makes instances of its own.
 */
final class DaftarMilik {

    /** The registry of the test JVM. */
    static final DaftarMilik SEMUA = new DaftarMilik(
            TahunUji.TERTUA,
            TahunUji.BEBAS_PERTAMA,
            TahunUji.BEBAS_TERAKHIR,
            new DataContohMenulis(),
            TahunUji.INSTANSI_BERSAMA);

    private final int tertua;
    private final int bebasPertama;
    private final int bebasTerakhir;
    private final IntPredicate ditulisDataContoh;
    private final String instansiBersama;

    /** Year → the class owning all of Meral's data of that year. */
    private final Map<Integer, Class<?>> tahun = new TreeMap<>();
    /** Year → indicator kode → the class owning that indicator's realisasi in that year. */
    private final Map<Integer, Map<String, Class<?>>> indikator = new TreeMap<>();
    /** Instansi kode (upper case) → its owner. */
    private final Map<String, Class<?>> instansi = new HashMap<>();

    private int bebasBerikut;

    DaftarMilik(
            int tertua, int bebasPertama, int bebasTerakhir, IntPredicate ditulisDataContoh, String instansiBersama) {
        this.tertua = tertua;
        this.bebasPertama = bebasPertama;
        this.bebasTerakhir = bebasTerakhir;
        this.ditulisDataContoh = ditulisDataContoh;
        this.instansiBersama = instansiBersama;
        this.bebasBerikut = bebasPertama;
    }

    /** All of Meral's data of {@code tahun} (targets and realisasi of every indicator) for {@code kelas}. */
    synchronized int milik(Class<?> kelas, int tahun) {
        periksaRentang(kelas, tahun);
        if (ditulisDataContoh.test(tahun)) {
            throw new IllegalStateException(nama(kelas) + " claims the year " + tahun
                    + ", but the sample data of the default run (demo/DataContoh) writes Meral's targets or realisasi"
                    + " in that year, and its tests (DataContohTest, DataContohViewTest) expect no real target there."
                    + " Claim another year, or only the realisasi of some indicators with TahunUji.indikator.");
        }
        Class<?> pemilik = this.tahun.get(tahun);
        if (pemilik != null && pemilik != kelas) {
            throw bentrok("the year " + tahun + " of Meral", pemilik, kelas);
        }
        for (var e : indikator.getOrDefault(tahun, Map.of()).entrySet()) {
            if (e.getValue() != kelas) {
                throw bentrok(
                        "the year " + tahun + " of Meral (" + nama(e.getValue()) + " owns " + e.getKey() + " in it)",
                        e.getValue(),
                        kelas);
            }
        }
        this.tahun.put(tahun, kelas);
        return tahun;
    }

    /**
     * The realisasi of the given indicators of Meral in {@code tahun} for {@code kelas}. Allowed in the sample data's
     * years: the generator keeps a real realisasi where it finds one, and its tests count such rows in.
     */
    synchronized int indikator(Class<?> kelas, int tahun, String... kode) {
        periksaRentang(kelas, tahun);
        if (kode.length == 0) {
            throw new IllegalArgumentException(nama(kelas) + " claims no indicator in " + tahun);
        }
        Class<?> pemilikTahun = this.tahun.get(tahun);
        if (pemilikTahun != null && pemilikTahun != kelas) {
            throw bentrok("the year " + tahun + " of Meral", pemilikTahun, kelas);
        }
        Map<String, Class<?>> perKode = indikator.computeIfAbsent(tahun, t -> new TreeMap<>());
        for (String k : kode) {
            Class<?> pemilik = perKode.get(k);
            if (pemilik != null && pemilik != kelas) {
                throw bentrok(k + " in " + tahun, pemilik, kelas);
            }
        }
        for (String k : kode) {
            perKode.put(k, kelas);
        }
        return tahun;
    }

    /**
     * A year of its own for {@code kelas}, from the years kept for handing out, which no fixed claim may take: each
     * call a new one, in the order the calls come. These years have not started.
     */
    synchronized int bebas(Class<?> kelas) {
        if (bebasBerikut > bebasTerakhir) {
            throw new IllegalStateException("No free year left for " + nama(kelas) + ": the years " + bebasPertama + "–"
                    + bebasTerakhir + " are all handed out (" + pemilikTahun(bebasPertama, bebasTerakhir) + ")");
        }
        int tahunBebas = bebasBerikut++;
        this.tahun.put(tahunBebas, kelas);
        return tahunBebas;
    }

    /** An instansi kode for {@code kelas} alone (a test kecamatan the class imports or makes). */
    synchronized String instansi(Class<?> kelas, String kode) {
        String kunci = kode.toUpperCase(Locale.ROOT);
        if (kunci.equals(instansiBersama)) {
            throw new IllegalStateException(
                    nama(kelas) + " claims " + kode + ", the plan every test shares; claim a kode of its own");
        }
        Class<?> pemilik = instansi.get(kunci);
        if (pemilik != null && pemilik != kelas) {
            throw bentrok("the instansi " + kode, pemilik, kelas);
        }
        instansi.put(kunci, kelas);
        return kode;
    }

    /** Every claim, one line each, for a reader of a failure. */
    synchronized List<String> daftar() {
        List<String> baris = new ArrayList<>();
        tahun.forEach((t, k) -> baris.add(t + ": " + nama(k)));
        indikator.forEach((t, perKode) -> perKode.forEach((kode, k) -> baris.add(t + " " + kode + ": " + nama(k))));
        new TreeMap<>(instansi).forEach((kode, k) -> baris.add(kode + ": " + nama(k)));
        return baris;
    }

    private void periksaRentang(Class<?> kelas, int tahun) {
        if (tahun < tertua || tahun >= bebasPertama) {
            throw new IllegalArgumentException(nama(kelas) + " claims the year " + tahun + ": a fixed claim lies in "
                    + tertua + "–" + (bebasPertama - 1) + " (realisasi start in " + tertua + "; the years from "
                    + bebasPertama + " are handed out by TahunUji.bebas)");
        }
    }

    private String pemilikTahun(int dari, int sampai) {
        List<String> baris = new ArrayList<>();
        tahun.forEach((t, k) -> {
            if (t >= dari && t <= sampai) {
                baris.add(t + " " + nama(k));
            }
        });
        return String.join(", ", baris);
    }

    private static IllegalStateException bentrok(String apa, Class<?> pemilik, Class<?> kelas) {
        return new IllegalStateException(nama(kelas) + " claims " + apa + ", which " + nama(pemilik)
                + " already owns. Tests share one database: give one of them another year (TahunUji.bebas, or a fixed"
                + " year no class claims) or another instansi.");
    }

    private static String nama(Class<?> kelas) {
        return kelas.getName().replaceFirst("^id\\.kecamatan\\.kinerja\\.", "");
    }

    /** The years demo/DataContoh writes in, as of the current year in the office's zone. */
    private static final class DataContohMenulis implements IntPredicate {

        @Override
        public boolean test(int tahun) {
            return TahunUji.ditulisDataContoh(tahun, TahunUji.tahunIni());
        }
    }
}
