package id.kecamatan.kinerja.capaian;

import id.kecamatan.kinerja.base.Triwulan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Realisasi and capaian of an indicator: the only place where they are computed.
 * Every {@link Hasil.Nilai} returned is rounded to 2 decimals (see the package documentation).
 */
public final class Perhitungan {

    private Perhitungan() {}

    /**
     * The value of one quarter.
     *
     * @param isian value per komponen kode; a missing key or {@code null} value is "belum diisi"
     * @return the value; {@link Hasil.BelumDiisi} if any komponen is empty;
     *         {@link Hasil.TidakDapatDihitung} on a division by zero
     */
    public static Hasil nilaiTriwulan(DefinisiIndikator definisi, Map<String, ? extends @Nullable BigDecimal> isian) {
        wajib(definisi, isian);
        return Angka.bulatkan(lengkap(definisi, isian) ? hitung(definisi, isian) : new Hasil.BelumDiisi());
    }

    /**
     * The value of several quarters combined by the indicator's {@link Agregasi}. A quarter counts only
     * when all its komponen are filled; other quarters are skipped, never read as zero.
     *
     * @param triwulan the quarters that count (e.g. the approved ones up to the reporting quarter), any order
     * @return {@link Hasil.BelumDiisi} if no quarter is filled
     */
    public static Hasil nilaiAgregat(DefinisiIndikator definisi, List<IsianTriwulan> triwulan) {
        wajib(definisi, triwulan);
        List<IsianTriwulan> terisi = new ArrayList<>();
        Set<Triwulan> sudahAda = EnumSet.noneOf(Triwulan.class);
        for (IsianTriwulan tw : triwulan) {
            if (!sudahAda.add(tw.triwulan())) {
                throw new IllegalArgumentException(
                        "Triwulan " + tw.triwulan().romawi() + " diberikan lebih dari sekali");
            }
            if (lengkap(definisi, tw.komponen())) {
                terisi.add(tw);
            }
        }
        if (terisi.isEmpty()) {
            return new Hasil.BelumDiisi();
        }
        terisi.sort(Comparator.comparing(IsianTriwulan::triwulan));
        Hasil hasil = switch (definisi.agregasi()) {
            case KUMULATIF -> hitung(definisi, jumlahPerKomponen(terisi));
            case TERAKHIR -> hitung(definisi, terisi.getLast().komponen());
            case RATA_RATA -> rataRata(definisi, terisi);
        };
        return Angka.bulatkan(hasil);
    }

    /**
     * Capaian in percent: POSITIF R / T × 100; NEGATIF by the instansi's {@link KonvensiNegatif}, CERMIN
     * (2T − R) / T × 100 floored at 0, KEBALIKAN T / R × 100. The raw figure is returned, so it may exceed 100;
     * the cap belongs to {@link Skor}.
     *
     * @param konvensi  how a NEGATIF indicator is measured (ignored for POSITIF)
     * @param target    the target T, {@code null} if none is set
     * @param realisasi R as returned by {@link #nilaiTriwulan} or {@link #nilaiAgregat}
     * @return {@link Hasil.TidakDapatDihitung} if the target is missing or 0 (checked first, as it is a
     *         planning defect that blocks every quarter); otherwise a non-value realisasi is passed through;
     *         KEBALIKAN with R = 0 or below is {@link Hasil.TidakDapatDihitung}
     */
    public static Hasil capaian(
            Polaritas polaritas, KonvensiNegatif konvensi, @Nullable BigDecimal target, Hasil realisasi) {
        if (polaritas == null || konvensi == null || realisasi == null) {
            throw new IllegalArgumentException("Polaritas, konvensi negatif dan realisasi wajib diberikan");
        }
        if (target == null) {
            return new Hasil.TidakDapatDihitung("Target belum ditetapkan");
        }
        if (target.signum() == 0) {
            return new Hasil.TidakDapatDihitung("Target bernilai 0");
        }
        if (!(realisasi instanceof Hasil.Nilai(BigDecimal r))) {
            return realisasi;
        }
        if (polaritas == Polaritas.POSITIF) {
            return new Hasil.Nilai(Angka.bulatkan(persen(r, target)));
        }
        return switch (konvensi) {
            case CERMIN ->
                new Hasil.Nilai(Angka.bulatkan(
                        persen(target.add(target).subtract(r), target).max(BigDecimal.ZERO)));
            case KEBALIKAN -> {
                if (r.signum() == 0) {
                    yield new Hasil.TidakDapatDihitung("Realisasi bernilai 0: T/R tidak terdefinisi");
                }
                // T / R grows as R shrinks only for R above 0; a negative R would read as a negative capaian
                yield r.signum() < 0
                        ? new Hasil.TidakDapatDihitung("Realisasi negatif: T/R tidak bermakna")
                        : new Hasil.Nilai(Angka.bulatkan(persen(target, r)));
            }
        };
    }

    /** The unrounded value of komponen that are all filled. */
    private static Hasil hitung(DefinisiIndikator definisi, Map<String, ? extends @Nullable BigDecimal> isian) {
        return switch (definisi.formula()) {
            case RASIO -> {
                BigDecimal penyebut = jumlah(definisi, isian, PeranKomponen.PENYEBUT);
                yield penyebut.signum() == 0
                        ? new Hasil.TidakDapatDihitung("Penyebut bernilai 0")
                        : new Hasil.Nilai(persen(jumlah(definisi, isian, PeranKomponen.PEMBILANG), penyebut));
            }
            case JUMLAH, NILAI -> new Hasil.Nilai(jumlah(definisi, isian, PeranKomponen.ISIAN));
            // the constructor of DefinisiIndikator refuses a RUMUS without its rumus
            case RUMUS ->
                Rumus.hitung(
                        Objects.requireNonNull(definisi.rumus(), "RUMUS tanpa rumus"), nilaiKomponen(definisi, isian));
        };
    }

    private static Hasil rataRata(DefinisiIndikator definisi, List<IsianTriwulan> terisi) {
        BigDecimal total = BigDecimal.ZERO;
        for (IsianTriwulan tw : terisi) {
            // the quarters' values as shown, so the mean can be checked against the report
            switch (Angka.bulatkan(hitung(definisi, tw.komponen()))) {
                case Hasil.Nilai(BigDecimal nilai) -> total = total.add(nilai, Angka.MC);
                // skipping it would quietly average over fewer quarters than were filled
                case Hasil.TidakDapatDihitung(String alasan) -> {
                    return new Hasil.TidakDapatDihitung(
                            "Triwulan " + tw.triwulan().romawi() + ": " + alasan);
                }
                case Hasil.BelumDiisi() -> throw new IllegalStateException("Triwulan terisi tanpa nilai");
            }
        }
        return new Hasil.Nilai(total.divide(BigDecimal.valueOf(terisi.size()), Angka.MC));
    }

    private static Map<String, BigDecimal> jumlahPerKomponen(List<IsianTriwulan> terisi) {
        Map<String, BigDecimal> total = new HashMap<>();
        for (IsianTriwulan tw : terisi) {
            tw.komponen().forEach((kode, nilai) -> total.merge(kode, nilai, (a, b) -> a.add(b, Angka.MC)));
        }
        return total;
    }

    /** Only the indicator's own komponen, so stray keys of the caller never reach the expression. */
    private static Map<String, BigDecimal> nilaiKomponen(
            DefinisiIndikator definisi, Map<String, ? extends @Nullable BigDecimal> isian) {
        Map<String, BigDecimal> nilai = new HashMap<>();
        definisi.komponen().forEach(k -> nilai.put(k.kode(), isian.get(k.kode())));
        return nilai;
    }

    private static boolean lengkap(DefinisiIndikator definisi, Map<String, ? extends @Nullable BigDecimal> isian) {
        return definisi.komponen().stream().allMatch(k -> isian.get(k.kode()) != null);
    }

    private static BigDecimal jumlah(
            DefinisiIndikator definisi, Map<String, ? extends @Nullable BigDecimal> isian, PeranKomponen peran) {
        BigDecimal total = BigDecimal.ZERO;
        for (DefinisiKomponen k : definisi.komponen()) {
            if (k.peran() == peran) {
                total = total.add(isian.get(k.kode()), Angka.MC);
            }
        }
        return total;
    }

    /** a / b × 100, multiplying first so that e.g. 1/3 keeps its full precision. */
    private static BigDecimal persen(BigDecimal a, BigDecimal b) {
        return a.multiply(Angka.SERATUS, Angka.MC).divide(b, Angka.MC);
    }

    private static void wajib(DefinisiIndikator definisi, Object isian) {
        if (definisi == null || isian == null) {
            throw new IllegalArgumentException("Definisi indikator dan isian wajib diberikan");
        }
    }
}
