package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.indikator.AturanDariLke;
import id.kecamatan.kinerja.rencana.RencanaMentah.Bagian;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the plan that a row breaks, as {@link PemeriksaRencana} finds it; each reader words it and places it
 * in its file (a line, a cell) its own way. An {@code isian} is the YAML key of the value ("formula.jenis" for a
 * key of a nested mapping), which the Excel reader maps to its column.
 */
sealed interface Pelanggaran {

    record Wajib(String isian) implements Pelanggaran {}

    record KodeGanda(Bagian bagian, String kode) implements Pelanggaran {}

    record NomorMisiGanda(int nomor) implements Pelanggaran {}

    record KodeInstansiTidakSah(String kode) implements Pelanggaran {}

    record RujukanTidakAda(String isian, Bagian bagian, String kode) implements Pelanggaran {}

    record MisiTidakAda(int nomor) implements Pelanggaran {}

    record KomponenGanda(String kode, String indikator) implements Pelanggaran {}

    record TanpaKomponen(String indikator) implements Pelanggaran {}

    record TahunDiLuar(int tahun) implements Pelanggaran {}

    /** A jabatan of the plan with a role of the portal's own jabatan (operator, evaluator), not an office's. */
    record PeranBukanKantor(Peran peran) implements Pelanggaran {}

    record TriwulanTidakSah(int triwulan) implements Pelanggaran {}

    record NilaiNegatif() implements Pelanggaran {}

    /** A target has a nilai (a number) or a teks (such as NA), never both nor neither. */
    record TargetSatuIsian() implements Pelanggaran {}

    record TargetGanda(
            String indikator, int tahun, @Nullable Integer triwulan) implements Pelanggaran {}

    record BobotTidakPositif() implements Pelanggaran {}

    record CascadeGanda(String iki, String iku) implements Pelanggaran {}

    /** The indicator a cascade hangs under is not an IKI of the plan. */
    record CascadeBukanDariIki(String indikator) implements Pelanggaran {}

    /** The formula does not fit its komponen; {@code alasan} is the calculation core's. */
    record FormulaTidakSah(String indikator, String alasan) implements Pelanggaran {}

    /**
     * The indicator may not be "diisi dari Evaluasi AKIP" for {@code aturan}; {@code lain}: the indicator of the plan
     * marked before it (for {@link AturanDariLke#SUDAH_ADA}).
     */
    record DariLkeTidakSah(
            String indikator,
            AturanDariLke aturan,
            @Nullable String lain) implements Pelanggaran {}
}
