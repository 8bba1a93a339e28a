package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.Target;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kecamatan's plan, checked and ready to be saved by {@link ImporRencana}; references are by kode. Its readers (the
 * YAML plan file, the Excel template) hand their rows to {@link PemeriksaRencana} as a {@link RencanaMentah}, which
 * checks them and puts them together as this; the export writes it back to the template.
 *
 * <p>The rows' values are {@code @Nullable} because the readers use these records before anything is checked, with
 * null for a value that is missing or unreadable. In a plan {@link PemeriksaRencana} has checked, every value it
 * requires is there; {@link ImporRencana} relies on that and says so where it reads one.
 */
public record DokumenRencana(
        InstansiData instansi,
        @Nullable String visi,
        List<MisiData> misi,
        List<UnitData> unitKerja,
        List<JabatanData> jabatan,
        // every sasaran, each naming its tujuan if it has one (those of the Renstra first)
        List<SasaranData> sasaranKinerja,
        List<IndikatorData> indikator) {

    /** A reference to another row by its kode. */
    public record Ref(String kode) {}

    public record InstansiData(
            @Nullable String kode,
            @Nullable String nama,
            @Nullable String kabupaten,
            @Nullable String provinsi,
            @Nullable String tugas,
            @Nullable String tempatPenetapan,
            @Nullable String tanggalPenetapan,
            @Nullable Ref penandatangan) {}

    public record MisiData(
            @Nullable Integer nomor, @Nullable String teks, List<TujuanData> tujuan) {}

    public record TujuanData(
            @Nullable String kode, @Nullable String teks) {}

    public record SasaranData(
            @Nullable String kode,
            @Nullable String teks,
            @Nullable Ref tujuan) {}

    public record UnitData(@Nullable String kode, @Nullable String nama) {}

    public record JabatanData(
            @Nullable String kode,
            @Nullable String nama,
            @Nullable Peran peran,
            @Nullable Ref unit,
            @Nullable Ref atasan,
            @Nullable Ref verifikator,
            @Nullable String tugas,
            List<String> fungsi,
            @Nullable PemegangData pemegang) {

        /** The same jabatan without its holder: a plan copied to another kecamatan takes none of its people. */
        JabatanData tanpaPemegang() {
            return new JabatanData(kode, nama, peran, unit, atasan, verifikator, tugas, fungsi, null);
        }
    }

    public record PemegangData(
            @Nullable String nama, @Nullable String nip) {}

    public record IndikatorData(
            @Nullable String kode,
            @Nullable JenisIndikator jenis,
            @Nullable String nama,
            @Nullable Ref sasaran,
            @Nullable Ref pemilik,
            @Nullable String satuan,
            @Nullable Polaritas polaritas,
            @Nullable Agregasi agregasi,
            @Nullable JenisFormula jenisFormula,
            @Nullable String penjelasan,
            @Nullable String rumus,
            @Nullable String sumberData,
            @Nullable String catatan,
            List<KomponenData> komponen,
            List<TargetData> target,
            List<CascadeData> cascade,
            // "diisi dari Evaluasi AKIP" (indikator.AturanDariLke); a reader without the value gives false
            boolean dariLke) {}

    public record KomponenData(
            @Nullable String kode,
            @Nullable String nama,
            @Nullable String satuan,
            @Nullable PeranKomponen peran) {}

    /** A target as a plan file writes it: triwulan 1–4, or none for the year's target. */
    public record TargetData(
            @Nullable Integer tahun,
            @Nullable Integer triwulan,
            @Nullable BigDecimal nilai,
            @Nullable String teks) {

        /** A target of the portal written the plan file's way. */
        static TargetData dari(Target target) {
            Integer triwulan =
                    target.getPeriode().triwulan().map(Triwulan::nomor).orElse(null);
            return new TargetData(target.getTahun(), triwulan, target.getNilai(), target.getNilaiTeks());
        }

        /** What the target is for, once the plan has been checked (a triwulan 1–4, or none). */
        PeriodeTarget periode() {
            return triwulan == null ? PeriodeTarget.TAHUNAN : PeriodeTarget.dari(Triwulan.dari(triwulan));
        }
    }

    public record CascadeData(@Nullable Ref iku, @Nullable BigDecimal bobot) {}
}
