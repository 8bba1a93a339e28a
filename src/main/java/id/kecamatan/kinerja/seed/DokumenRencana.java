package id.kecamatan.kinerja.seed;

import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import java.math.BigDecimal;
import java.util.List;

/** A kecamatan's plan as read from its file, checked and ready to be saved. References are by kode. */
record DokumenRencana(
        InstansiData instansi,
        String visi,
        List<MisiData> misi,
        List<UnitData> unitKerja,
        List<JabatanData> jabatan,
        List<SasaranData> sasaranKinerja,
        List<IndikatorData> indikator) {

    /** A reference to another row by its kode, with where it was written (for error messages). */
    record Ref(String kode, YamlNode letak) {
    }

    record InstansiData(String kode, String nama, String kabupaten, String provinsi, String tugas,
            String tempatPenetapan, String tanggalPenetapan, Ref penandatangan) {
    }

    record MisiData(int nomor, String teks, List<TujuanData> tujuan) {
    }

    record TujuanData(String kode, String teks, List<SasaranData> sasaran) {
    }

    record SasaranData(String kode, String teks, Ref tujuan) {
    }

    record UnitData(String kode, String nama) {
    }

    record JabatanData(String kode, String nama, Peran peran, Ref unit, Ref atasan, Ref verifikator, String tugas,
            List<String> fungsi, PemegangData pemegang) {
    }

    record PemegangData(String nama, String nip) {
    }

    record IndikatorData(String kode, JenisIndikator jenis, String nama, Ref sasaran, Ref pemilik, String satuan,
            Polaritas polaritas, Agregasi agregasi, JenisFormula jenisFormula, String penjelasan, String rumus,
            String sumberData, String catatan, List<KomponenData> komponen, List<TargetData> target,
            List<CascadeData> cascade) {
    }

    record KomponenData(String kode, String nama, String satuan, PeranKomponen peran) {
    }

    record TargetData(int tahun, Integer triwulan, BigDecimal nilai, String teks) {
    }

    record CascadeData(Ref iku, BigDecimal bobot) {
    }
}
