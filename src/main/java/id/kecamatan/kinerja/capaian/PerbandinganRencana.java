package id.kecamatan.kinerja.capaian;

import id.kecamatan.kinerja.base.Triwulan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A triwulan of a Rencana Aksi beside what was achieved by its end, from approved realisasi only: for a KUMULATIF
 * indicator everything approved up to the quarter (its target is cumulative), otherwise the quarter's own value.
 *
 * @param target    the planned target; none = belum direncanakan
 * @param realisasi {@link Hasil.BelumDiisi} while the quarter itself has no approved realisasi
 * @param capaian   realisasi against the planned target, by the indicator's polaritas and the instansi's
 *                  {@link KonvensiNegatif}
 */
public record PerbandinganRencana(
        Triwulan triwulan, @Nullable BigDecimal target, Hasil realisasi, Hasil capaian) {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    /** Behind the plan: the quarter has an approved realisasi and reached less than its planned target. */
    public boolean menyimpang() {
        return capaian instanceof Hasil.Nilai(BigDecimal nilai) && nilai.compareTo(SERATUS) < 0;
    }

    /** {@code disetujui}: the komponen values of the year's approved quarters. */
    public static PerbandinganRencana hitung(
            DefinisiIndikator definisi,
            KonvensiNegatif konvensi,
            Triwulan triwulan,
            @Nullable BigDecimal target,
            Map<Triwulan, Map<String, BigDecimal>> disetujui) {
        Map<String, BigDecimal> sendiri = disetujui.get(triwulan);
        Hasil realisasi;
        if (sendiri == null) {
            realisasi = new Hasil.BelumDiisi();
        } else if (definisi.agregasi() == Agregasi.KUMULATIF) {
            List<IsianTriwulan> sampai = new ArrayList<>();
            disetujui.forEach((tw, nilai) -> {
                if (tw.compareTo(triwulan) <= 0) {
                    sampai.add(new IsianTriwulan(tw, nilai));
                }
            });
            realisasi = Perhitungan.nilaiAgregat(definisi, sampai);
        } else {
            realisasi = Perhitungan.nilaiTriwulan(definisi, sendiri);
        }
        Hasil capaian = target == null || realisasi instanceof Hasil.BelumDiisi
                ? new Hasil.BelumDiisi()
                : Perhitungan.capaian(definisi.polaritas(), konvensi, target, realisasi);
        return new PerbandinganRencana(triwulan, target, realisasi, capaian);
    }
}
