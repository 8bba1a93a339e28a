package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one place of the rules of an indicator "diisi dari Evaluasi AKIP" ({@code Indikator.dariLke}): its realisasi is
 * the evaluation's total, one number, so only an IKU with formula NILAI and exactly one ISIAN komponen, and at most
 * one such indicator per instansi (the total of a year is proposed to one IKU). The plan checker and the indicator
 * settings both ask {@link #periksa}; each words the answer its own way (a line of the file, a message key).
 */
public enum AturanDariLke {
    BUKAN_IKU,
    BUKAN_NILAI,
    BUKAN_SATU_ISIAN,
    SUDAH_ADA;

    /**
     * What keeps an indicator from being marked, if anything. {@code lainDitandai}: the kode of another indicator of
     * the same instansi that is marked already (none: null).
     */
    public static Optional<AturanDariLke> periksa(
            @Nullable JenisIndikator jenis,
            @Nullable JenisFormula formula,
            List<? extends @Nullable PeranKomponen> komponen,
            @Nullable String lainDitandai) {
        if (jenis != JenisIndikator.IKU) {
            return Optional.of(BUKAN_IKU);
        }
        if (formula != JenisFormula.NILAI) {
            return Optional.of(BUKAN_NILAI);
        }
        if (komponen.size() != 1 || komponen.getFirst() != PeranKomponen.ISIAN) {
            return Optional.of(BUKAN_SATU_ISIAN);
        }
        return lainDitandai == null ? Optional.empty() : Optional.of(SUDAH_ADA);
    }

    /** The refusal of the settings (and of the Excel plan), naming the indicator. */
    public AturanDilanggar pelanggaran(String kode) {
        return switch (this) {
            case BUKAN_IKU -> new AturanDilanggar("indikator.dari-lke.bukan-iku", kode);
            case BUKAN_NILAI -> new AturanDilanggar("indikator.dari-lke.bukan-nilai", kode);
            case BUKAN_SATU_ISIAN -> new AturanDilanggar("indikator.dari-lke.bukan-satu-isian", kode);
            case SUDAH_ADA -> new AturanDilanggar("indikator.dari-lke.sudah-ada", kode);
        };
    }
}
