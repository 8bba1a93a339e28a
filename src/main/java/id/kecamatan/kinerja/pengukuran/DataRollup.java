package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.IsianTriwulan;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the rollup reads from the database for some instansi and a range of years: the indicators with their
 * definitions, the cascade, the targets in force and the komponen values of APPROVED realisasi only; or, read from
 * the maintained aggregates ({@link SumberRollup#muatTersimpan}), the capaian of each indicator for one period
 * instead of the definitions, targets and values it was computed from.
 *
 * @param indikator  per instansi, its indicators in plan order
 * @param cascade    per IKU id, the IKI cascaded to it
 * @param target     per indicator id and year, the targets in force
 * @param isian      per indicator id and year, the approved quarters (any order)
 * @param batasAtas  per instansi id, its own cap where one is set
 * @param predikat   per instansi id, its own band tables where set
 * @param konvensiNegatif per instansi id, how its NEGATIF indicators are measured
 * @param definisi   per indicator id, how its capaian is computed (empty when read from the aggregates)
 * @param tersimpan  the aggregates of one period, when read from them (null: computed from the raw rows)
 */
public record DataRollup(
        Map<Long, List<IndikatorRollup>> indikator,
        Map<Long, List<TautanCascade>> cascade,
        Map<Long, Map<Integer, TargetPeriode>> target,
        Map<Long, Map<Integer, List<IsianTriwulan>>> isian,
        Map<Long, BigDecimal> batasAtas,
        Map<Long, Map<JenisPredikat, List<PitaData>>> predikat,
        Map<Long, KonvensiNegatif> konvensiNegatif,
        Map<Long, DefinisiIndikator> definisi,
        @Nullable Tersimpan tersimpan) {

    /** The instansi's convention; CERMIN, the column's default, for an instansi the data does not hold. */
    public KonvensiNegatif konvensi(long instansiId) {
        return konvensiNegatif.getOrDefault(instansiId, KonvensiNegatif.CERMIN);
    }

    /** An indicator as the rollup needs it; {@code unitKerjaId} is the owner's unit (null for the Camat). */
    public record IndikatorRollup(
            long id,
            long instansiId,
            String kode,
            JenisIndikator jenis,
            Polaritas polaritas,
            BigDecimal bobot,
            long pemilikId,
            @Nullable Long unitKerjaId,
            long sasaranId) {}

    /**
     * The maintained capaian of one indicator for a year up to a quarter (table agregat_capaian): what
     * {@link Rollup} computes from the raw rows, kept so that it is not recomputed on every read.
     */
    public record CapaianTersimpan(
            @Nullable BigDecimal target, Hasil realisasi, Hasil capaian, int triwulanDisetujui) {}

    /** The aggregates of one period, per indicator id; an indicator without a row has neither target nor data. */
    public record Tersimpan(Periode sampai, Map<Long, CapaianTersimpan> capaian) {}

    public record TautanCascade(long ikiId, BigDecimal bobot) {}

    /** The yearly target and the quarterly ones (none where not set), each the last revision. */
    public record TargetPeriode(@Nullable BigDecimal tahunan, Map<Triwulan, @Nullable BigDecimal> triwulan) {

        /** A period up to a quarter is measured against that quarter's own target where one is set. */
        public @Nullable BigDecimal sampai(Triwulan sampai) {
            BigDecimal sendiri = triwulan.get(sampai);
            return sendiri != null ? sendiri : tahunan;
        }
    }

    /** A predikat band; without a bound only while it is being entered (PengaturanSkorService refuses that). */
    public record PitaData(@Nullable BigDecimal batas, String nama) {}
}
