package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.Peran;
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
import id.kecamatan.kinerja.rencana.RencanaMentah.Elemen;
import id.kecamatan.kinerja.rencana.RencanaMentah.Letak;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a kecamatan's plan file (schema: src/main/resources/seed/kecamatan-meral.yaml): its structure and values
 * here, its rules in {@link PemeriksaRencana}. The first problem is reported with its line.
 */
final class PembacaRencana {

    private final RencanaMentah rencana = new RencanaMentah();

    private PembacaRencana() {}

    static DokumenRencana baca(@Nullable String berkas, Reader isi) {
        Node akar;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            akar = new Yaml(options).compose(isi);
        } catch (MarkedYAMLException e) {
            int baris = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new BerkasRencanaTidakValid(
                    berkas + " baris " + baris + ": susunan YAML rusak: " + e.getProblem(), e);
        }
        if (akar == null) {
            throw new BerkasRencanaTidakValid(berkas + ": berkas kosong");
        }
        PembacaRencana pembaca = new PembacaRencana();
        pembaca.dokumen(new YamlNode(berkas, akar));
        // never empty: the first broken rule has thrown at its line (LetakYaml)
        return PemeriksaRencana.periksa(pembaca.rencana).orElseThrow();
    }

    private void dokumen(YamlNode akar) {
        Map<String, YamlNode> peta =
                akar.peta(Set.of("instansi", "visi", "misi", "unitKerja", "jabatan", "sasaranKinerja", "indikator"));
        instansi(struktur(akar, peta, "instansi"));
        YamlNode visi = struktur(akar, peta, "visi");
        rencana.visi = new Elemen<>(teks(visi.peta(Set.of("teks")), "teks"), new LetakYaml(visi));
        for (YamlNode node : struktur(akar, peta, "misi").daftar()) {
            misi(node);
        }
        for (YamlNode node : struktur(akar, peta, "unitKerja").daftar()) {
            Map<String, YamlNode> p = node.peta(Set.of("kode", "nama"));
            rencana.unitKerja.add(new Elemen<>(new UnitData(teks(p, "kode"), teks(p, "nama")), new LetakYaml(node)));
        }
        for (YamlNode node : struktur(akar, peta, "jabatan").daftar()) {
            jabatan(node);
        }
        for (YamlNode node : opsional(peta, "sasaranKinerja")) {
            Map<String, YamlNode> p = node.peta(Set.of("kode", "teks", "tujuan"));
            sasaran(node, p, rujuk(p, "tujuan"));
        }
        for (YamlNode node : struktur(akar, peta, "indikator").daftar()) {
            indikator(node);
        }
    }

    private void instansi(YamlNode node) {
        Map<String, YamlNode> p = node.peta(Set.of(
                "kode",
                "nama",
                "kabupaten",
                "provinsi",
                "tugas",
                "tempatPenetapan",
                "tanggalPenetapan",
                "penandatangan"));
        rencana.instansi = new Elemen<>(
                new InstansiData(
                        teks(p, "kode"),
                        teks(p, "nama"),
                        teks(p, "kabupaten"),
                        teks(p, "provinsi"),
                        teks(p, "tugas"),
                        teks(p, "tempatPenetapan"),
                        teks(p, "tanggalPenetapan"),
                        rujuk(p, "penandatangan")),
                new LetakYaml(node));
    }

    /** A misi with its tujuan and their sasaran, each sasaran naming the tujuan it is nested in. */
    private void misi(YamlNode node) {
        Map<String, YamlNode> p = node.peta(Set.of("nomor", "teks", "tujuan"));
        Integer nomor = bilangan(p, "nomor");
        rencana.misi.add(new Elemen<>(new MisiData(nomor, teks(p, "teks"), List.of()), new LetakYaml(node)));
        for (YamlNode t : opsional(p, "tujuan")) {
            Map<String, YamlNode> pt = t.peta(Set.of("kode", "teks", "sasaran"));
            String kode = teks(pt, "kode");
            rencana.tujuan.add(new Anak<>(nomor, new TujuanData(kode, teks(pt, "teks")), new LetakYaml(t)));
            for (YamlNode s : opsional(pt, "sasaran")) {
                sasaran(s, s.peta(Set.of("kode", "teks")), kode == null ? null : new Ref(kode));
            }
        }
    }

    private void sasaran(YamlNode node, Map<String, YamlNode> p, @Nullable Ref tujuan) {
        rencana.sasaran.add(
                new Elemen<>(new SasaranData(teks(p, "kode"), teks(p, "teks"), tujuan), new LetakYaml(node)));
    }

    private void jabatan(YamlNode node) {
        Map<String, YamlNode> p = node.peta(
                Set.of("kode", "nama", "peran", "unit", "atasan", "verifikator", "tugas", "fungsi", "pemegang"));
        String kode = teks(p, "kode");
        PemegangData pemegang = null;
        YamlNode pemegangNode = p.get("pemegang");
        if (pemegangNode != null && !pemegangNode.isNull()) {
            Map<String, YamlNode> pp = pemegangNode.peta(Set.of("nama", "nip"));
            pemegang = new PemegangData(teks(pp, "nama"), teks(pp, "nip"));
        }
        rencana.jabatan.add(new Elemen<>(
                new JabatanData(
                        kode,
                        teks(p, "nama"),
                        pilihan(p, "peran", Peran.class),
                        rujuk(p, "unit"),
                        rujuk(p, "atasan"),
                        rujuk(p, "verifikator"),
                        teks(p, "tugas"),
                        List.of(),
                        pemegang),
                new LetakYaml(node)));
        for (YamlNode f : opsional(p, "fungsi")) {
            rencana.fungsi.add(new Anak<>(kode, f.teks(), new LetakYaml(f)));
        }
    }

    private void indikator(YamlNode node) {
        Map<String, YamlNode> p = node.peta(Set.of(
                "kode",
                "jenis",
                "nama",
                "sasaran",
                "pemilik",
                "satuan",
                "polaritas",
                "agregasi",
                "formula",
                "sumberData",
                "catatan",
                "komponen",
                "target",
                "cascade",
                "dariLke"));
        String kode = teks(p, "kode");
        Map<String, YamlNode> pf = struktur(node, p, "formula").peta(Set.of("jenis", "penjelasan", "rumus"));
        rencana.indikator.add(new Elemen<>(
                new IndikatorData(
                        kode,
                        pilihan(p, "jenis", JenisIndikator.class),
                        teks(p, "nama"),
                        rujuk(p, "sasaran"),
                        rujuk(p, "pemilik"),
                        teks(p, "satuan"),
                        pilihan(p, "polaritas", Polaritas.class),
                        pilihan(p, "agregasi", Agregasi.class),
                        pilihan(pf, "jenis", JenisFormula.class),
                        teks(pf, "penjelasan"),
                        teks(pf, "rumus"),
                        teks(p, "sumberData"),
                        teks(p, "catatan"),
                        List.of(),
                        List.of(),
                        List.of(),
                        logika(p, "dariLke")),
                new LetakYaml(node)));
        for (YamlNode k : struktur(node, p, "komponen").daftar()) {
            Map<String, YamlNode> pk = k.peta(Set.of("kode", "nama", "satuan", "peran"));
            rencana.komponen.add(new Anak<>(
                    kode,
                    new KomponenData(
                            teks(pk, "kode"),
                            teks(pk, "nama"),
                            teks(pk, "satuan"),
                            pilihan(pk, "peran", PeranKomponen.class)),
                    new LetakYaml(k)));
        }
        for (YamlNode t : opsional(p, "target")) {
            Map<String, YamlNode> pt = t.peta(Set.of("tahun", "triwulan", "nilai", "teks"));
            YamlNode nilai = pt.get("nilai");
            rencana.target.add(new Anak<>(
                    kode,
                    new TargetData(
                            bilangan(pt, "tahun"),
                            bilangan(pt, "triwulan"),
                            nilai == null || nilai.isNull() ? null : nilai.desimal(),
                            teks(pt, "teks")),
                    new LetakYaml(t)));
        }
        for (YamlNode c : opsional(p, "cascade")) {
            Map<String, YamlNode> pc = c.peta(Set.of("iku", "bobot"));
            YamlNode bobot = pc.get("bobot");
            rencana.cascade.add(new Anak<>(
                    kode,
                    new CascadeData(rujuk(pc, "iku"), bobot == null || bobot.isNull() ? null : bobot.desimal()),
                    new LetakYaml(c)));
        }
    }

    /** A part of the file's structure (a mapping or a list) that must be there. */
    private static YamlNode struktur(YamlNode induk, Map<String, YamlNode> peta, String kunci) {
        YamlNode node = peta.get(kunci);
        if (node == null || node.isNull()) {
            throw induk.galat("'" + kunci + "' wajib diisi");
        }
        return node;
    }

    private static List<YamlNode> opsional(Map<String, YamlNode> peta, String kunci) {
        YamlNode node = peta.get(kunci);
        return node == null ? List.of() : node.daftar();
    }

    private static @Nullable String teks(Map<String, YamlNode> peta, String kunci) {
        YamlNode node = peta.get(kunci);
        return node == null ? null : node.teks();
    }

    private static @Nullable Integer bilangan(Map<String, YamlNode> peta, String kunci) {
        YamlNode node = peta.get(kunci);
        return node == null || node.isNull() ? null : node.bilanganBulat();
    }

    /** A yes/no key; absent or empty is no. */
    private static boolean logika(Map<String, YamlNode> peta, String kunci) {
        YamlNode node = peta.get(kunci);
        return node != null && !node.isNull() && node.logika();
    }

    private static <E extends Enum<E>> @Nullable E pilihan(Map<String, YamlNode> peta, String kunci, Class<E> jenis) {
        YamlNode node = peta.get(kunci);
        return node == null || node.isNull() ? null : node.pilihan(jenis);
    }

    /** A reference written as a key must name something: an empty value is refused here, not taken as none. */
    private static @Nullable Ref rujuk(Map<String, YamlNode> peta, String kunci) {
        YamlNode node = peta.get(kunci);
        return node == null || node.isNull() ? null : new Ref(node.teksWajib());
    }

    /**
     * A mapping of the file (or a list item, such as a fungsi) as the checker sees it. A plan file is refused at its
     * first problem: a broken rule is thrown at once, at the line of the key it concerns.
     */
    private record LetakYaml(YamlNode node) implements Letak {

        @Override
        public void laporkan(Pelanggaran pelanggaran) {
            throw switch (pelanggaran) {
                case Wajib(String isian) -> wajib(isian);
                case KodeGanda(var bagian, String kode) ->
                    di("kode").galat(kata(bagian) + " dengan kode '" + kode + "' sudah ada di berkas ini");
                case NomorMisiGanda(int nomor) -> di("nomor").galat("misi nomor " + nomor + " sudah ada di berkas ini");
                case KodeInstansiTidakSah k ->
                    di("kode")
                            .galat("kode instansi hanya boleh huruf, angka, tanda hubung dan garis bawah, tanpa spasi");
                case RujukanTidakAda(String isian, var bagian, String kode) ->
                    di(isian).galat(kata(bagian) + " dengan kode '" + kode + "' tidak ada di berkas ini");
                case MisiTidakAda(int nomor) -> node.galat("misi nomor " + nomor + " tidak ada di berkas ini");
                case KomponenGanda(String kode, String indikator) ->
                    di("kode").galat("kode komponen '" + kode + "' dipakai dua kali dalam indikator " + indikator);
                case TanpaKomponen(String indikator) ->
                    node.galat("indikator " + indikator + " belum memiliki komponen");
                case TahunDiLuar(int tahun) ->
                    di("tahun")
                            .galat("tahun " + tahun + " di luar rentang " + PemeriksaRencana.TAHUN_PERTAMA + "–"
                                    + PemeriksaRencana.TAHUN_TERAKHIR);
                case PeranBukanKantor(var peran) ->
                    di("peran")
                            .galat("peran " + peran + " milik portal, bukan jabatan kantor; pilih salah satu dari "
                                    + String.join(", ", TemplateRencana.PERAN_KANTOR));
                case TriwulanTidakSah t -> di("triwulan").galat("triwulan harus 1 sampai 4");
                case NilaiNegatif n -> di("nilai").galat("nilai target tidak boleh negatif");
                case TargetSatuIsian t ->
                    node.galat("target harus berisi tepat satu dari 'nilai' (angka) atau 'teks' (mis. NA)");
                case TargetGanda(String indikator, int tahun, Integer triwulan) ->
                    node.galat("target tahun " + tahun + (triwulan == null ? "" : " triwulan " + triwulan)
                            + " sudah ada untuk indikator " + indikator);
                case BobotTidakPositif b -> di("bobot").galat("bobot harus lebih dari 0");
                case CascadeGanda(String iki, String iku) ->
                    di("iku").galat("cascade ke " + iku + " sudah ada untuk indikator " + iki);
                case CascadeBukanDariIki c -> node.galat("hanya IKI yang dapat di-cascade ke IKU");
                case FormulaTidakSah(String indikator, String alasan) ->
                    di("formula").galat("formula indikator " + indikator + " tidak sah: " + alasan);
                case DariLkeTidakSah(String indikator, AturanDariLke aturan, var lain) ->
                    di("dariLke")
                            .galat("indikator " + indikator + " tidak dapat diisi dari Evaluasi AKIP: "
                                    + switch (aturan) {
                                        case BUKAN_IKU -> "hanya IKU yang dapat";
                                        case BUKAN_NILAI -> "formulanya harus NILAI";
                                        case BUKAN_SATU_ISIAN -> "harus memiliki tepat satu komponen berperan ISIAN";
                                        case SUDAH_ADA ->
                                            "indikator " + lain + " sudah ditandai; satu instansi hanya satu indikator"
                                                    + " yang diisi dari Evaluasi AKIP";
                                    });
            };
        }

        /** At an empty value's line, or at the line of the mapping that lacks the key. */
        private BerkasRencanaTidakValid wajib(String isian) {
            if (!node.isPeta()) {
                // a list item (a fungsi) is the value itself
                return node.galat("nilai wajib diisi");
            }
            YamlNode nilai = nilai(isian);
            if (nilai != null && !nilai.isNull()) {
                return nilai.galat("nilai wajib diisi");
            }
            int titik = isian.lastIndexOf('.');
            // the mapping that lacks the key is there: the reader required it ('formula') or found it ('pemegang')
            YamlNode induk = titik < 0 ? node : Objects.requireNonNull(nilai(isian.substring(0, titik)));
            return induk.galat("'" + isian.substring(titik + 1) + "' wajib diisi");
        }

        private YamlNode di(String isian) {
            YamlNode nilai = nilai(isian);
            return nilai != null ? nilai : node;
        }

        /** The value of a key, or of a key of a mapping in it ("formula.jenis"); null when there is none. */
        private @Nullable YamlNode nilai(String isian) {
            YamlNode nilai = node;
            for (String kunci : isian.split("\\.")) {
                nilai = nilai == null ? null : nilai.nilai(kunci);
            }
            return nilai;
        }

        private static String kata(RencanaMentah.Bagian bagian) {
            return bagian.name().toLowerCase(Locale.ROOT);
        }
    }
}
