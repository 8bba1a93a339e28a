package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.IsianTriwulan;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the rollup reads from the database for some instansi and a range of years: the indicators with their
 * definitions, the cascade, the targets in force and the komponen values of APPROVED realisasi only.
 *
 * @param indikator  per instansi, its indicators in plan order
 * @param cascade    per IKU id, the IKI cascaded to it
 * @param target     per indicator id and year, the targets in force
 * @param isian      per indicator id and year, the approved quarters (any order)
 * @param batasAtas  per instansi id, its own cap where one is set
 * @param predikat   per instansi id, its own band tables where set
 * @param konvensiNegatif per instansi id, how its NEGATIF indicators are measured
 */
public record DataRollup(
        Map<Long, List<IndikatorRollup>> indikator,
        Map<Long, List<TautanCascade>> cascade,
        Map<Long, Map<Integer, TargetPeriode>> target,
        Map<Long, Map<Integer, List<IsianTriwulan>>> isian,
        Map<Long, BigDecimal> batasAtas,
        Map<Long, Map<JenisPredikat, List<PitaData>>> predikat,
        Map<Long, KonvensiNegatif> konvensiNegatif) {

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
            DefinisiIndikator definisi,
            BigDecimal bobot,
            long pemilikId,
            @Nullable Long unitKerjaId,
            long sasaranId) {}

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
