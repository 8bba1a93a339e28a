package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.BukuKerja.Baris;
import id.kecamatan.kinerja.base.excel.BukuKerja.Lembar;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.AturanDariLke;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.rencana.DokumenRencana.CascadeData;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import id.kecamatan.kinerja.rencana.DokumenRencana.InstansiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.JabatanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.KomponenData;
import id.kecamatan.kinerja.rencana.DokumenRencana.MisiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.PemegangData;
import id.kecamatan.kinerja.rencana.DokumenRencana.Ref;
import id.kecamatan.kinerja.rencana.DokumenRencana.SasaranData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TargetData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TujuanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.UnitData;
import id.kecamatan.kinerja.rencana.Pelanggaran.BobotTidakPositif;
import id.kecamatan.kinerja.rencana.Pelanggaran.CascadeBukanDariIki;
import id.kecamatan.kinerja.rencana.Pelanggaran.CascadeGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.DariLkeTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.FormulaTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.KodeGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.KodeInstansiTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.KomponenGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.MisiTidakAda;
import id.kecamatan.kinerja.rencana.Pelanggaran.NilaiNegatif;
import id.kecamatan.kinerja.rencana.Pelanggaran.NomorMisiGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.PeranBukanKantor;
import id.kecamatan.kinerja.rencana.Pelanggaran.RujukanTidakAda;
import id.kecamatan.kinerja.rencana.Pelanggaran.TahunDiLuar;
import id.kecamatan.kinerja.rencana.Pelanggaran.TanpaKomponen;
import id.kecamatan.kinerja.rencana.Pelanggaran.TargetGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.TargetSatuIsian;
import id.kecamatan.kinerja.rencana.Pelanggaran.TriwulanTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.Wajib;
import id.kecamatan.kinerja.rencana.RencanaMentah.Anak;
import id.kecamatan.kinerja.rencana.RencanaMentah.Bagian;
import id.kecamatan.kinerja.rencana.RencanaMentah.Elemen;
import id.kecamatan.kinerja.rencana.RencanaMentah.Letak;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plan template (TemplateRencana): its sheets and cells here, its rules in {@link PemeriksaRencana}.
 * Unlike the YAML reader it goes on after a problem, so the user gets every error of the file at once, each at its
 * sheet, row and column.
 */
final class PembacaRencanaExcel {

    /** The plan when the file is valid, otherwise null and the errors. */
    record Hasil(@Nullable DokumenRencana dokumen, List<GalatImpor> galat) {}

    private final List<GalatImpor> galat = new ArrayList<>();
    private final RencanaMentah rencana = new RencanaMentah();

    private PembacaRencanaExcel() {}

    static Hasil baca(byte[] isi) {
        Optional<Workbook> terbuka = BukuKerja.buka(isi);
        if (terbuka.isEmpty()) {
            return new Hasil(null, List.of(GalatImpor.di(null, null, null, "impor.bukan-excel")));
        }
        Workbook buku = terbuka.get();
        try (buku) {
            return new PembacaRencanaExcel().dokumen(buku);
        } catch (IOException e) {
            return new Hasil(null, List.of(GalatImpor.di(null, null, null, "impor.bukan-excel")));
        }
    }

    private Hasil dokumen(Workbook buku) {
        instansi(buku);
        for (Baris b : baris(buku, TemplateRencana.MISI)) {
            LetakBaris l = new LetakBaris(b);
            rencana.misi.add(
                    new Elemen<>(new MisiData(l.bilangan("nomor", "Nomor"), l.teks("teks", "Teks"), List.of()), l));
        }
        for (Baris b : baris(buku, TemplateRencana.TUJUAN)) {
            LetakBaris l = new LetakBaris(b);
            rencana.tujuan.add(new Anak<>(
                    l.bilangan("misi", "Nomor misi"),
                    new TujuanData(l.teks("kode", TemplateRencana.KODE), l.teks("teks", "Teks")),
                    l));
        }
        for (Baris b : baris(buku, TemplateRencana.SASARAN)) {
            LetakBaris l = new LetakBaris(b);
            rencana.sasaran.add(new Elemen<>(
                    new SasaranData(
                            l.teks("kode", TemplateRencana.KODE),
                            l.teks("teks", "Teks"),
                            l.ref("tujuan", "Kode tujuan")),
                    l));
        }
        for (Baris b : baris(buku, TemplateRencana.UNIT)) {
            LetakBaris l = new LetakBaris(b);
            rencana.unitKerja.add(
                    new Elemen<>(new UnitData(l.teks("kode", TemplateRencana.KODE), l.teks("nama", "Nama")), l));
        }
        for (Baris b : baris(buku, TemplateRencana.JABATAN)) {
            jabatan(b);
        }
        for (Baris b : baris(buku, TemplateRencana.FUNGSI)) {
            LetakBaris l = new LetakBaris(b);
            rencana.fungsi.add(new Anak<>(l.teks("jabatan", "Kode jabatan"), l.teks("fungsi", "Fungsi"), l));
        }
        for (Baris b : baris(buku, TemplateRencana.IKU)) {
            indikator(b, JenisIndikator.IKU);
        }
        for (Baris b : baris(buku, TemplateRencana.IKI)) {
            indikator(b, JenisIndikator.IKI);
        }
        for (Baris b : baris(buku, TemplateRencana.KOMPONEN)) {
            LetakBaris l = new LetakBaris(b);
            rencana.komponen.add(new Anak<>(
                    l.teks("indikator", "Kode indikator"),
                    new KomponenData(
                            l.teks("kode", TemplateRencana.KODE),
                            l.teks("nama", "Nama"),
                            l.teks("satuan", "Satuan"),
                            l.pilihan("peran", "Peran", PeranKomponen.class)),
                    l));
        }
        for (Baris b : baris(buku, TemplateRencana.TARGET)) {
            LetakBaris l = new LetakBaris(b);
            rencana.target.add(new Anak<>(
                    l.teks("indikator", "Kode indikator"),
                    new TargetData(
                            l.bilangan("tahun", "Tahun"),
                            l.bilangan("triwulan", "Triwulan"),
                            l.angka("nilai", "Nilai"),
                            l.teks("teks", "Teks")),
                    l));
        }
        for (Baris b : baris(buku, TemplateRencana.CASCADE)) {
            LetakBaris l = new LetakBaris(b);
            rencana.cascade.add(new Anak<>(
                    l.teks("iki", "Kode IKI"),
                    new CascadeData(l.ref("iku", "Kode IKU"), l.angka("bobot", "Bobot")),
                    l));
        }
        DokumenRencana dokumen = PemeriksaRencana.periksa(rencana).orElse(null);
        if (!galat.isEmpty()) {
            return new Hasil(null, BukuKerja.urutkan(galat, TemplateRencana.SEMUA));
        }
        return new Hasil(dokumen, List.of());
    }

    /** The rows of a sheet; none when it is missing or its titles are wrong (reported), and then its part is incomplete. */
    private List<Baris> baris(Workbook buku, Lembar lembar) {
        Optional<List<Baris>> hasil = BukuKerja.baca(buku, lembar, galat);
        if (hasil.isPresent()) {
            return hasil.get();
        }
        for (Bagian bagian : Bagian.values()) {
            if (lembar.equals(lembar(bagian))) {
                rencana.tidakLengkap.add(bagian);
            }
        }
        return List.of();
    }

    private void instansi(Workbook buku) {
        Optional<List<Baris>> terbaca = BukuKerja.baca(buku, TemplateRencana.INSTANSI, galat);
        if (terbaca.isEmpty()) {
            return;
        }
        List<Baris> baris = terbaca.get();
        if (baris.size() != 1) {
            galat.add(GalatImpor.di(TemplateRencana.INSTANSI.nama(), null, null, "impor.instansi-satu-baris"));
            return;
        }
        Baris b = baris.getFirst();
        LetakBaris l = new LetakBaris(b);
        rencana.instansi = new Elemen<>(
                new InstansiData(
                        l.teks("kode", TemplateRencana.KODE),
                        l.teks("nama", "Nama"),
                        b.teks("Kabupaten"),
                        b.teks("Provinsi"),
                        b.teks("Tugas"),
                        b.teks("Tempat penetapan"),
                        b.teks("Tanggal penetapan"),
                        l.ref("penandatangan", "Penandatangan")),
                l);
        rencana.visi = new Elemen<>(l.teks("teks", "Visi"), l);
    }

    private void jabatan(Baris b) {
        LetakBaris l = new LetakBaris(b);
        String kode = l.teks("kode", TemplateRencana.KODE);
        String nama = l.teks("nama", "Nama");
        Peran peran = l.pilihan("peran", "Peran", Peran.class);
        Ref unit = l.ref("unit", "Unit kerja");
        Ref atasan = l.ref("atasan", "Atasan");
        Ref verifikator = l.ref("verifikator", "Verifikator");
        String tugas = b.teks("Tugas");
        String namaPemegang = l.teks("pemegang.nama", "Nama pemegang");
        String nip = b.teks("NIP pemegang");
        PemegangData pemegang = namaPemegang == null && nip == null ? null : new PemegangData(namaPemegang, nip);
        rencana.jabatan.add(new Elemen<>(
                new JabatanData(kode, nama, peran, unit, atasan, verifikator, tugas, List.of(), pemegang), l));
    }

    private void indikator(Baris b, JenisIndikator jenis) {
        LetakBaris l = new LetakBaris(b);
        rencana.indikator.add(new Elemen<>(
                new IndikatorData(
                        l.teks("kode", TemplateRencana.KODE),
                        jenis,
                        l.teks("nama", "Nama"),
                        l.ref("sasaran", "Sasaran"),
                        l.ref("pemilik", "Pemilik"),
                        l.teks("satuan", "Satuan"),
                        l.pilihan("polaritas", "Polaritas", Polaritas.class),
                        l.pilihan("agregasi", "Agregasi", Agregasi.class),
                        l.pilihan("formula.jenis", "Jenis formula", JenisFormula.class),
                        b.teks("Penjelasan formula"),
                        b.teks("Rumus"),
                        b.teks("Sumber data"),
                        b.teks("Catatan"),
                        List.of(),
                        List.of(),
                        List.of(),
                        jenis == JenisIndikator.IKU && l.ya("dariLke", TemplateRencana.DARI_LKE)),
                l));
    }

    /** The sheet of a part; null for the indicators, which two sheets hold. */
    private static @Nullable Lembar lembar(Bagian bagian) {
        return switch (bagian) {
            case MISI -> TemplateRencana.MISI;
            case TUJUAN -> TemplateRencana.TUJUAN;
            case SASARAN -> TemplateRencana.SASARAN;
            case UNIT -> TemplateRencana.UNIT;
            case JABATAN -> TemplateRencana.JABATAN;
            case INDIKATOR -> null;
            case IKU -> TemplateRencana.IKU;
            case IKI -> TemplateRencana.IKI;
            case KOMPONEN -> TemplateRencana.KOMPONEN;
        };
    }

    /**
     * A row of a sheet as the checker sees it: the column of each value it may report about (named as the YAML
     * key), and the values whose cells could not be read (already reported). Each cell is read once.
     */
    private static final class LetakBaris implements Letak {

        private final Baris baris;
        private final Map<String, String> judul = new HashMap<>();
        private final Set<String> tidakTerbaca = new HashSet<>();

        LetakBaris(Baris baris) {
            this.baris = baris;
        }

        @Nullable
        String teks(String isian, String judul) {
            return baca(isian, judul, baris::teks);
        }

        @Nullable
        Integer bilangan(String isian, String judul) {
            return baca(isian, judul, baris::bilangan);
        }

        @Nullable
        BigDecimal angka(String isian, String judul) {
            return baca(isian, judul, baris::angka);
        }

        <E extends Enum<E>> @Nullable E pilihan(String isian, String judul, Class<E> jenis) {
            // an empty cell is for the checker to report; Baris.pilihan would call it required itself
            return baca(isian, judul, j -> baris.teks(j) == null ? null : baris.pilihan(j, jenis));
        }

        /** YA or empty (no); anything else is reported and read as no. */
        boolean ya(String isian, String judul) {
            Boolean ya = baca(isian, judul, j -> {
                String teks = baris.teks(j);
                if (teks == null) {
                    return false;
                }
                if (teks.strip().equalsIgnoreCase(TemplateRencana.YA)) {
                    return true;
                }
                baris.galat(j, "impor.pilihan-tidak-sah", teks, TemplateRencana.YA);
                return null;
            });
            return Boolean.TRUE.equals(ya);
        }

        @Nullable
        Ref ref(String isian, String judul) {
            String kode = teks(isian, judul);
            return kode == null ? null : new Ref(kode);
        }

        private <T> @Nullable T baca(String isian, String judul, Function<String, @Nullable T> baca) {
            this.judul.put(isian, judul);
            int galatSebelum = baris.jumlahGalat();
            T nilai = baca.apply(judul);
            if (baris.jumlahGalat() > galatSebelum) {
                tidakTerbaca.add(isian);
            }
            return nilai;
        }

        @Override
        public boolean terbaca(String isian) {
            return !tidakTerbaca.contains(isian);
        }

        @Override
        public void laporkan(Pelanggaran pelanggaran) {
            switch (pelanggaran) {
                case Wajib(String isian) -> galat(isian, "impor.wajib-diisi");
                case KodeGanda(Bagian bagian, String kode) -> galat("kode", "impor.kode-ganda", kata(bagian), kode);
                case NomorMisiGanda(int nomor) -> galat("nomor", "impor.kode-ganda", "misi", nomor);
                case KodeInstansiTidakSah k -> galat("kode", "impor.kode-instansi-tidak-sah");
                case RujukanTidakAda(String isian, Bagian bagian, String kode) ->
                    galat(
                            isian,
                            "impor.rujukan-tidak-ada",
                            kata(bagian),
                            kode,
                            bagian == Bagian.INDIKATOR
                                    ? TemplateRencana.IKU.nama() + "/" + TemplateRencana.IKI.nama()
                                    // every other part has a sheet of its own
                                    : Objects.requireNonNull(lembar(bagian)).nama());
                case MisiTidakAda(int nomor) ->
                    galat("misi", "impor.rujukan-tidak-ada", "misi", nomor, TemplateRencana.MISI.nama());
                case KomponenGanda(String kode, String indikator) ->
                    galat("kode", "impor.komponen-ganda", kode, indikator);
                case TanpaKomponen(String indikator) -> galat("kode", "impor.tanpa-komponen", indikator);
                case TahunDiLuar t -> galat("tahun", "impor.tahun-di-luar");
                case PeranBukanKantor(var peran) ->
                    galat(
                            "peran",
                            "impor.peran-bukan-kantor",
                            peran.name(),
                            String.join(", ", TemplateRencana.PERAN_KANTOR));
                case TriwulanTidakSah t -> galat("triwulan", "impor.triwulan-tidak-sah");
                case NilaiNegatif n -> galat("nilai", "angka.negatif");
                case TargetSatuIsian t -> galat("nilai", "impor.target-satu-isian");
                case TargetGanda(String indikator, int tahun, Integer triwulan) ->
                    galat("tahun", "impor.target-ganda", indikator, tahun, triwulan == null ? "-" : triwulan);
                case BobotTidakPositif b -> galat("bobot", "impor.bobot-positif");
                case CascadeGanda(String iki, String iku) -> galat("iku", "impor.cascade-ganda", iki, iku);
                case CascadeBukanDariIki(String indikator) ->
                    galat("iki", "impor.rujukan-tidak-ada", "IKI", indikator, TemplateRencana.IKI.nama());
                case FormulaTidakSah(String indikator, String alasan) ->
                    galat("formula.jenis", "impor.formula-tidak-sah", indikator, alasan);
                case DariLkeTidakSah(String indikator, AturanDariLke aturan, var lain) -> {
                    AturanDilanggar pesan = aturan.pelanggaran(indikator);
                    galat("dariLke", pesan.getKunciPesan(), pesan.getArgumen());
                }
            }
        }

        private void galat(String isian, String kunci, Object... argumen) {
            baris.galat(Objects.requireNonNull(judul.get(isian), isian), kunci, argumen);
        }

        private static String kata(Bagian bagian) {
            return switch (bagian) {
                case UNIT -> "unit kerja";
                case IKU, IKI -> bagian.name();
                default -> bagian.name().toLowerCase(Locale.ROOT);
            };
        }
    }
}
