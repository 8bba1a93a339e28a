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

/**
 * A kecamatan's plan, checked and ready to be saved by {@link ImporRencana}; references are by kode. Its readers (the
 * YAML plan file, the Excel template) hand their rows to {@link PemeriksaRencana} as a {@link RencanaMentah}, which
 * checks them and puts them together as this; the export writes it back to the template.
 */
public record DokumenRencana(
        InstansiData instansi,
        String visi,
        List<MisiData> misi,
        List<UnitData> unitKerja,
        List<JabatanData> jabatan,
        // every sasaran, each naming its tujuan if it has one (those of the Renstra first)
        List<SasaranData> sasaranKinerja,
        List<IndikatorData> indikator) {

    /** A reference to another row by its kode. */
    public record Ref(String kode) {}

    public record InstansiData(
            String kode,
            String nama,
            String kabupaten,
            String provinsi,
            String tugas,
            String tempatPenetapan,
            String tanggalPenetapan,
            Ref penandatangan) {}

    public record MisiData(Integer nomor, String teks, List<TujuanData> tujuan) {}

    public record TujuanData(String kode, String teks) {}

    public record SasaranData(String kode, String teks, Ref tujuan) {}

    public record UnitData(String kode, String nama) {}

    public record JabatanData(
            String kode,
            String nama,
            Peran peran,
            Ref unit,
            Ref atasan,
            Ref verifikator,
            String tugas,
            List<String> fungsi,
            PemegangData pemegang) {}

    public record PemegangData(String nama, String nip) {}

    public record IndikatorData(
            String kode,
            JenisIndikator jenis,
            String nama,
            Ref sasaran,
            Ref pemilik,
            String satuan,
            Polaritas polaritas,
            Agregasi agregasi,
            JenisFormula jenisFormula,
            String penjelasan,
            String rumus,
            String sumberData,
            String catatan,
            List<KomponenData> komponen,
            List<TargetData> target,
            List<CascadeData> cascade) {}

    public record KomponenData(String kode, String nama, String satuan, PeranKomponen peran) {}

    /** A target as a plan file writes it: triwulan 1–4, or none for the year's target. */
    public record TargetData(Integer tahun, Integer triwulan, BigDecimal nilai, String teks) {

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

    public record CascadeData(Ref iku, BigDecimal bobot) {}
}
