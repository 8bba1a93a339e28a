package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.DefinisiKomponen;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
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
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a kecamatan's plan file (schema: src/main/resources/seed/kecamatan-meral.yaml) and checks it whole:
 * structure, values, unique kode and every reference. The first problem is reported with its line.
 */
final class PembacaRencana {

    private final String berkas;
    /** References to check once every kode is known, per kind of row. */
    private final Map<String, List<Ref>> rujukan = new HashMap<>();
    private final Map<String, Set<String>> kodeTerdaftar = new HashMap<>();
    private final Set<Integer> nomorMisi = new HashSet<>();

    private PembacaRencana(String berkas) {
        this.berkas = berkas;
    }

    static DokumenRencana baca(String berkas, Reader isi) {
        Node akar;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            akar = new Yaml(options).compose(isi);
        } catch (MarkedYAMLException e) {
            int baris = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new BerkasRencanaTidakValid(berkas + " baris " + baris + ": susunan YAML rusak: " + e.getProblem(), e);
        }
        if (akar == null) {
            throw new BerkasRencanaTidakValid(berkas + ": berkas kosong");
        }
        return new PembacaRencana(berkas).dokumen(new YamlNode(berkas, akar));
    }

    private DokumenRencana dokumen(YamlNode akar) {
        Map<String, YamlNode> peta = akar.peta(Set.of("instansi", "visi", "misi", "unitKerja", "jabatan",
                "sasaranKinerja", "indikator"));
        InstansiData instansi = instansi(wajib(akar, peta, "instansi"));
        YamlNode visiNode = wajib(akar, peta, "visi");
        String visi = wajib(visiNode, visiNode.peta(Set.of("teks")), "teks").teksWajib();
        List<MisiData> misi = new ArrayList<>();
        List<SasaranData> sasaran = new ArrayList<>();
        for (YamlNode node : wajib(akar, peta, "misi").daftar()) {
            misi.add(misi(node, sasaran));
        }
        List<UnitData> unit = new ArrayList<>();
        for (YamlNode node : wajib(akar, peta, "unitKerja").daftar()) {
            Map<String, YamlNode> p = node.peta(Set.of("kode", "nama"));
            unit.add(new UnitData(daftarkan("unit", wajib(node, p, "kode")), wajib(node, p, "nama").teksWajib()));
        }
        List<JabatanData> jabatan = new ArrayList<>();
        for (YamlNode node : wajib(akar, peta, "jabatan").daftar()) {
            jabatan.add(jabatan(node));
        }
        for (YamlNode node : opsional(peta, "sasaranKinerja")) {
            Map<String, YamlNode> p = node.peta(Set.of("kode", "teks", "tujuan"));
            sasaran.add(sasaran(node, p, rujuk("tujuan", p.get("tujuan"))));
        }
        List<IndikatorData> indikator = new ArrayList<>();
        for (YamlNode node : wajib(akar, peta, "indikator").daftar()) {
            indikator.add(indikator(node));
        }
        periksaRujukan();
        return new DokumenRencana(instansi, visi, misi, unit, jabatan, sasaran, indikator);
    }

    private InstansiData instansi(YamlNode node) {
        Map<String, YamlNode> p = node.peta(Set.of("kode", "nama", "kabupaten", "provinsi", "tugas",
                "tempatPenetapan", "tanggalPenetapan", "penandatangan"));
        return new InstansiData(wajib(node, p, "kode").teksWajib(), wajib(node, p, "nama").teksWajib(),
                teks(p, "kabupaten"), teks(p, "provinsi"), teks(p, "tugas"), teks(p, "tempatPenetapan"),
                teks(p, "tanggalPenetapan"), rujuk("jabatan", p.get("penandatangan")));
    }

    /** A misi with its tujuan; theirs sasaran, which name the tujuan they are nested in, go to {@code sasaran}. */
    private MisiData misi(YamlNode node, List<SasaranData> sasaran) {
        Map<String, YamlNode> p = node.peta(Set.of("nomor", "teks", "tujuan"));
        List<TujuanData> tujuan = new ArrayList<>();
        for (YamlNode t : opsional(p, "tujuan")) {
            Map<String, YamlNode> pt = t.peta(Set.of("kode", "teks", "sasaran"));
            String kode = daftarkan("tujuan", wajib(t, pt, "kode"));
            for (YamlNode s : opsional(pt, "sasaran")) {
                sasaran.add(sasaran(s, s.peta(Set.of("kode", "teks")), new Ref(kode, null)));
            }
            tujuan.add(new TujuanData(kode, wajib(t, pt, "teks").teksWajib()));
        }
        YamlNode nomorNode = wajib(node, p, "nomor");
        int nomor = nomorNode.bilanganBulat();
        if (!nomorMisi.add(nomor)) {
            throw nomorNode.galat("misi nomor " + nomor + " sudah ada di berkas ini");
        }
        return new MisiData(nomor, wajib(node, p, "teks").teksWajib(), tujuan);
    }

    private SasaranData sasaran(YamlNode node, Map<String, YamlNode> p, Ref tujuan) {
        return new SasaranData(daftarkan("sasaran", wajib(node, p, "kode")), wajib(node, p, "teks").teksWajib(), tujuan);
    }

    private JabatanData jabatan(YamlNode node) {
        Map<String, YamlNode> p = node.peta(Set.of("kode", "nama", "peran", "unit", "atasan", "verifikator",
                "tugas", "fungsi", "pemegang"));
        List<String> fungsi = new ArrayList<>();
        for (YamlNode f : opsional(p, "fungsi")) {
            fungsi.add(f.teksWajib());
        }
        PemegangData pemegang = null;
        YamlNode pemegangNode = p.get("pemegang");
        if (pemegangNode != null && !pemegangNode.isNull()) {
            Map<String, YamlNode> pp = pemegangNode.peta(Set.of("nama", "nip"));
            pemegang = new PemegangData(wajib(pemegangNode, pp, "nama").teksWajib(), teks(pp, "nip"));
        }
        return new JabatanData(daftarkan("jabatan", wajib(node, p, "kode")), wajib(node, p, "nama").teksWajib(),
                wajib(node, p, "peran").pilihan(Peran.class), rujuk("unit", p.get("unit")),
                rujuk("jabatan", p.get("atasan")), rujuk("jabatan", p.get("verifikator")), teks(p, "tugas"),
                fungsi, pemegang);
    }

    private IndikatorData indikator(YamlNode node) {
        Map<String, YamlNode> p = node.peta(Set.of("kode", "jenis", "nama", "sasaran", "pemilik", "satuan",
                "polaritas", "agregasi", "formula", "sumberData", "catatan", "komponen", "target", "cascade"));
        String kode = daftarkan("indikator", wajib(node, p, "kode"));
        JenisIndikator jenis = wajib(node, p, "jenis").pilihan(JenisIndikator.class);
        YamlNode formulaNode = wajib(node, p, "formula");
        Map<String, YamlNode> pf = formulaNode.peta(Set.of("jenis", "penjelasan", "rumus"));
        List<KomponenData> komponen = new ArrayList<>();
        Set<String> kodeKomponen = new HashSet<>();
        for (YamlNode k : wajib(node, p, "komponen").daftar()) {
            Map<String, YamlNode> pk = k.peta(Set.of("kode", "nama", "satuan", "peran"));
            String kodeK = wajib(k, pk, "kode").teksWajib();
            if (!kodeKomponen.add(kodeK)) {
                throw pk.get("kode").galat("kode komponen '" + kodeK + "' dipakai dua kali dalam indikator " + kode);
            }
            komponen.add(new KomponenData(kodeK, wajib(k, pk, "nama").teksWajib(), wajib(k, pk, "satuan").teksWajib(),
                    wajib(k, pk, "peran").pilihan(PeranKomponen.class)));
        }
        if (komponen.isEmpty()) {
            throw node.galat("indikator " + kode + " belum memiliki komponen");
        }
        List<TargetData> target = new ArrayList<>();
        Set<String> periodeTarget = new HashSet<>();
        for (YamlNode t : opsional(p, "target")) {
            TargetData data = target(t);
            // the database cannot refuse this itself: a yearly target's triwulan is NULL in its unique key
            String periode = "tahun " + data.tahun() + (data.triwulan() == null ? "" : " triwulan " + data.triwulan());
            if (!periodeTarget.add(periode)) {
                throw t.galat("target " + periode + " sudah ada untuk indikator " + kode);
            }
            target.add(data);
        }
        List<CascadeData> cascade = new ArrayList<>();
        Set<String> ikuDidukung = new HashSet<>();
        for (YamlNode c : opsional(p, "cascade")) {
            if (jenis != JenisIndikator.IKI) {
                throw c.galat("hanya IKI yang dapat di-cascade ke IKU");
            }
            Map<String, YamlNode> pc = c.peta(Set.of("iku", "bobot"));
            BigDecimal bobot = wajib(c, pc, "bobot").desimal();
            if (bobot.signum() <= 0) {
                throw pc.get("bobot").galat("bobot harus lebih dari 0");
            }
            YamlNode iku = wajib(c, pc, "iku");
            if (!ikuDidukung.add(iku.teksWajib())) {
                throw iku.galat("cascade ke " + iku.teksWajib() + " sudah ada untuk indikator " + kode);
            }
            cascade.add(new CascadeData(rujuk("iku", iku), bobot));
        }
        if (jenis == JenisIndikator.IKU) {
            kodeTerdaftar.computeIfAbsent("iku", k -> new HashSet<>()).add(kode);
        }
        Polaritas polaritas = wajib(node, p, "polaritas").pilihan(Polaritas.class);
        Agregasi agregasi = wajib(node, p, "agregasi").pilihan(Agregasi.class);
        JenisFormula jenisFormula = wajib(formulaNode, pf, "jenis").pilihan(JenisFormula.class);
        String rumus = teks(pf, "rumus");
        try {
            // the calculation core decides whether the formula and its komponen fit together
            new DefinisiIndikator(jenisFormula, agregasi, polaritas,
                    komponen.stream().map(k -> new DefinisiKomponen(k.kode(), k.peran())).toList(), rumus);
        } catch (IllegalArgumentException e) {
            throw formulaNode.galat("formula indikator " + kode + " tidak sah: " + e.getMessage());
        }
        return new IndikatorData(kode, jenis, wajib(node, p, "nama").teksWajib(), rujuk("sasaran", wajib(node, p, "sasaran")),
                rujuk("jabatan", wajib(node, p, "pemilik")), wajib(node, p, "satuan").teksWajib(), polaritas, agregasi,
                jenisFormula, teks(pf, "penjelasan"), rumus, teks(p, "sumberData"), teks(p, "catatan"), komponen, target,
                cascade);
    }

    private TargetData target(YamlNode node) {
        Map<String, YamlNode> p = node.peta(Set.of("tahun", "triwulan", "nilai", "teks"));
        int tahun = wajib(node, p, "tahun").bilanganBulat();
        if (tahun < 2000 || tahun > 2100) {
            throw p.get("tahun").galat("tahun " + tahun + " di luar rentang 2000–2100");
        }
        Integer triwulan = p.containsKey("triwulan") && !p.get("triwulan").isNull() ? p.get("triwulan").bilanganBulat() : null;
        if (triwulan != null && (triwulan < 1 || triwulan > 4)) {
            throw p.get("triwulan").galat("triwulan harus 1 sampai 4");
        }
        BigDecimal nilai = p.containsKey("nilai") && !p.get("nilai").isNull() ? p.get("nilai").desimal() : null;
        String teks = teks(p, "teks");
        if ((nilai == null) == (teks == null)) {
            throw node.galat("target harus berisi tepat satu dari 'nilai' (angka) atau 'teks' (mis. NA)");
        }
        return new TargetData(tahun, triwulan, nilai, teks);
    }

    private String daftarkan(String jenis, YamlNode kodeNode) {
        String kode = kodeNode.teksWajib();
        if (!kodeTerdaftar.computeIfAbsent(jenis, k -> new HashSet<>()).add(kode)) {
            throw kodeNode.galat(jenis + " dengan kode '" + kode + "' sudah ada di berkas ini");
        }
        return kode;
    }

    private Ref rujuk(String jenis, YamlNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Ref ref = new Ref(node.teksWajib(), node);
        rujukan.computeIfAbsent(jenis, k -> new ArrayList<>()).add(ref);
        return ref;
    }

    private void periksaRujukan() {
        rujukan.forEach((jenis, refs) -> {
            Set<String> ada = kodeTerdaftar.getOrDefault(jenis, Set.of());
            for (Ref ref : refs) {
                if (!ada.contains(ref.kode())) {
                    throw ref.letak().galat(jenis + " dengan kode '" + ref.kode() + "' tidak ada di berkas ini");
                }
            }
        });
    }

    private static YamlNode wajib(YamlNode induk, Map<String, YamlNode> peta, String kunci) {
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

    private static String teks(Map<String, YamlNode> peta, String kunci) {
        YamlNode node = peta.get(kunci);
        return node == null ? null : node.teks();
    }
}
