package id.kecamatan.kinerja.capaian.lke;

import id.kecamatan.kinerja.capaian.Angka;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.capaian.lke.HasilLke.HasilKomponen;
import id.kecamatan.kinerja.capaian.lke.HasilLke.HasilSubKomponen;
import id.kecamatan.kinerja.capaian.lke.SaranKenaikan.Langkah;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The LKE score (ARCHITECTURE.md §4, "LKE scoring"): sub-komponen = mean of its kriteria values × its weight
 * (komponen bobot × porsi / 100); komponen = sum of its sub-komponen; total = sum of the komponen. Every step is
 * exact (a mean to 34 significant digits); each figure returned is rounded once, at the end, to 2 decimals HALF_UP.
 * A kriteria without an answer is belum dinilai: never 0, and every figure it belongs to has no number.
 */
public final class PenilaianLke {

    /** Enough digits that a mean of thirds or sevenths loses nothing visible after summing. */
    private static final MathContext MC = MathContext.DECIMAL128;

    private static final BigDecimal SEPERSERATUS = new BigDecimal("0.01");

    private PenilaianLke() {}

    /**
     * Scores a set of answers.
     *
     * @param jawaban kriteria kode → answer letter; a kriteria not in the map is belum dinilai
     * @param tabel   the instansi's AKIP predikat table, e.g. {@link TabelPredikat#NILAI_AKIP_BAKU}
     * @throws JawabanDiLuarSkala for an answer not on its kriteria's scale, or to a kriteria the LKE does not have
     */
    public static HasilLke nilai(Lke lke, Map<String, String> jawaban, TabelPredikat tabel) {
        Map<String, BigDecimal> nilaiKriteria = periksa(lke, jawaban);
        List<HasilKomponen> komponen = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int jumlahSemua = 0;
        int belumSemua = 0;
        for (KomponenLke k : lke.komponen()) {
            List<HasilSubKomponen> subKomponen = new ArrayList<>();
            BigDecimal nilaiKomponen = BigDecimal.ZERO;
            int jumlah = 0;
            int belum = 0;
            for (SubKomponenLke sub : k.subKomponen()) {
                int belumSub = 0;
                BigDecimal jumlahNilai = BigDecimal.ZERO;
                for (KriteriaLke kr : sub.kriteria()) {
                    BigDecimal v = nilaiKriteria.get(kr.kode());
                    if (v == null) {
                        belumSub++;
                    } else {
                        jumlahNilai = jumlahNilai.add(v);
                    }
                }
                BigDecimal tepat = jumlahNilai
                        .multiply(k.bobot(sub))
                        .divide(BigDecimal.valueOf(sub.kriteria().size()), MC);
                subKomponen.add(new HasilSubKomponen(
                        sub, hasil(belumSub, tepat), sub.kriteria().size(), belumSub));
                nilaiKomponen = nilaiKomponen.add(tepat);
                jumlah += sub.kriteria().size();
                belum += belumSub;
            }
            komponen.add(new HasilKomponen(k, hasil(belum, nilaiKomponen), jumlah, belum, subKomponen));
            total = total.add(nilaiKomponen);
            jumlahSemua += jumlah;
            belumSemua += belum;
        }
        Hasil nilaiTotal = hasil(belumSemua, total);
        TabelPredikat.@Nullable Pita predikat =
                nilaiTotal instanceof Hasil.Nilai(BigDecimal angka) ? tabel.predikat(angka) : null;
        return new HasilLke(nilaiTotal, predikat, jumlahSemua, belumSemua, komponen);
    }

    /**
     * What would raise the grade: each answered kriteria one step up its scale with the points that adds, the most
     * first (ties in the LKE's order), and the points missing to the next grade. While kriteria are belum dinilai the
     * steps are still given (their points do not depend on the missing answers) but the next grade is not: see
     * {@link SaranKenaikan}.
     *
     * @throws JawabanDiLuarSkala as {@link #nilai}
     */
    public static SaranKenaikan saranKenaikan(Lke lke, Map<String, String> jawaban, TabelPredikat tabel) {
        HasilLke hasil = nilai(lke, jawaban, tabel);
        List<Langkah> langkah = new ArrayList<>();
        for (KomponenLke k : lke.komponen()) {
            for (SubKomponenLke sub : k.subKomponen()) {
                BigDecimal perKriteria =
                        k.bobot(sub).divide(BigDecimal.valueOf(sub.kriteria().size()), MC);
                for (KriteriaLke kr : sub.kriteria()) {
                    String dari = jawaban.get(kr.kode());
                    @Nullable String ke = dari == null ? null : kr.skala().naikSatu(dari);
                    if (dari != null && ke != null) {
                        BigDecimal selisih = nilaiPada(kr, ke).subtract(nilaiPada(kr, dari));
                        langkah.add(new Langkah(kr, dari, ke, selisih.multiply(perKriteria, MC)));
                    }
                }
            }
        }
        // List.sort is stable: equal points keep the LKE's order
        langkah.sort(Comparator.comparing(Langkah::tambahanTepat).reversed());
        if (!(hasil.nilai() instanceof Hasil.Nilai(BigDecimal total)) || hasil.predikat() == null) {
            return new SaranKenaikan(langkah, hasil.belumDinilai(), null, null);
        }
        List<TabelPredikat.Pita> pita = tabel.pita();
        int sekarang = pita.indexOf(hasil.predikat());
        if (sekarang <= 0) {
            return new SaranKenaikan(langkah, 0, null, null);
        }
        TabelPredikat.Pita berikut = pita.get(sekarang - 1);
        return new SaranKenaikan(
                langkah,
                0,
                berikut,
                terendahYangMencapai(tabel, berikut, sekarang - 1).subtract(total));
    }

    /** The smallest total as shown (2 decimals) with the grade {@code pita} or better. */
    private static BigDecimal terendahYangMencapai(TabelPredikat tabel, TabelPredikat.Pita pita, int urutan) {
        BigDecimal calon = pita.batas().setScale(2, RoundingMode.CEILING);
        // a table whose bound must be exceeded (AKIP: AA > 90) is reached one hundredth above it
        return tabel.pita().indexOf(tabel.predikat(calon)) <= urutan ? calon : calon.add(SEPERSERATUS);
    }

    private static Hasil hasil(int belumDinilai, BigDecimal tepat) {
        return belumDinilai > 0 ? new Hasil.BelumDiisi() : new Hasil.Nilai(Angka.bulatkan(tepat));
    }

    private static Map<String, BigDecimal> periksa(Lke lke, Map<String, String> jawaban) {
        Map<String, KriteriaLke> kriteria = lke.kriteria();
        Map<String, BigDecimal> hasil = new HashMap<>();
        for (Map.Entry<String, String> e : jawaban.entrySet()) {
            KriteriaLke kr = kriteria.get(e.getKey());
            if (kr == null) {
                throw new JawabanDiLuarSkala(e.getKey(), e.getValue(), "");
            }
            BigDecimal nilai = kr.skala().nilai(e.getValue());
            if (nilai == null) {
                throw new JawabanDiLuarSkala(kr.kode(), e.getValue(), kr.skala().kode());
            }
            hasil.put(kr.kode(), nilai);
        }
        return hasil;
    }

    private static BigDecimal nilaiPada(KriteriaLke kriteria, String jawaban) {
        BigDecimal nilai = kriteria.skala().nilai(jawaban);
        if (nilai == null) {
            throw new JawabanDiLuarSkala(
                    kriteria.kode(), jawaban, kriteria.skala().kode());
        }
        return nilai;
    }
}
