package id.kecamatan.kinerja.evaluasi.lke;

import id.kecamatan.kinerja.capaian.lke.KomponenLke;
import id.kecamatan.kinerja.capaian.lke.KriteriaLke;
import id.kecamatan.kinerja.capaian.lke.Lke;
import id.kecamatan.kinerja.capaian.lke.SkalaJawaban;
import id.kecamatan.kinerja.capaian.lke.SubKomponenLke;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an LKE file (schema: {@value #BAKU}) into a {@link Lke}. Refuses, naming the file and line: broken YAML, an
 * unknown or missing key, komponen weights not summing to 100, the shares of a komponen's sub-komponen not summing to
 * 100 %, an unknown scale, a scale value outside 0–1 or used twice, a kode used twice anywhere in the LKE.
 */
public final class PembacaLke {

    /** The default LKE, PermenPANRB 88/2021: the name of its file under src/main/resources/lke, without ".yaml". */
    public static final String BAKU = "lke-permenpanrb-88-2021";

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private final Set<String> semuaKode = new HashSet<>();
    private final Map<String, SkalaJawaban> skala = new LinkedHashMap<>();

    private PembacaLke() {}

    /** The default LKE of PermenPANRB 88/2021. */
    public static Lke baku() {
        return dariClasspath(BAKU);
    }

    /** The LKE file src/main/resources/lke/{@code nama}.yaml. */
    public static Lke dariClasspath(String nama) {
        String jalur = "/lke/" + nama + ".yaml";
        try (InputStream isi = PembacaLke.class.getResourceAsStream(jalur)) {
            if (isi == null) {
                throw new IllegalStateException("LKE " + jalur + " tidak ada di classpath");
            }
            return baca(jalur, new InputStreamReader(isi, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one LKE file.
     *
     * @param berkas the file's name, for messages
     */
    public static Lke baca(String berkas, Reader isi) {
        Node akar;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            akar = new Yaml(options).compose(isi);
        } catch (MarkedYAMLException e) {
            int baris = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new BerkasLkeTidakValid(berkas, baris, "susunan YAML rusak: " + e.getProblem(), e);
        }
        if (akar == null) {
            throw new BerkasLkeTidakValid(berkas, 0, "berkas kosong", null);
        }
        return new PembacaLke().lke(new SimpulYaml(berkas, akar));
    }

    private Lke lke(SimpulYaml akar) {
        Map<String, SimpulYaml> p = akar.peta(Set.of("kode", "nama", "berlakuMulai", "skala", "komponen"));
        String kode = wajib(akar, p, "kode").teks();
        String nama = wajib(akar, p, "nama").teks();
        int berlakuMulai = wajib(akar, p, "berlakuMulai").bilanganBulat();
        for (SimpulYaml s : wajib(akar, p, "skala").daftar()) {
            skala(s);
        }
        SimpulYaml daftarKomponen = wajib(akar, p, "komponen");
        List<KomponenLke> komponen = new ArrayList<>();
        BigDecimal bobot = BigDecimal.ZERO;
        for (SimpulYaml k : daftarKomponen.daftar()) {
            KomponenLke satu = komponen(k);
            komponen.add(satu);
            bobot = bobot.add(satu.bobot());
        }
        if (bobot.compareTo(SERATUS) != 0) {
            throw daftarKomponen.galat("bobot komponen berjumlah " + bobot.toPlainString() + ", seharusnya 100");
        }
        return new Lke(kode, nama, berlakuMulai, List.copyOf(skala.values()), komponen);
    }

    private void skala(SimpulYaml node) {
        Map<String, SimpulYaml> p = node.peta(Set.of("kode", "jawaban"));
        SimpulYaml simpulKode = wajib(node, p, "kode");
        String kode = simpulKode.teks();
        if (skala.containsKey(kode)) {
            throw simpulKode.galat("kode skala '" + kode + "' dipakai lebih dari sekali");
        }
        Map<String, BigDecimal> jawaban = new LinkedHashMap<>();
        Set<BigDecimal> nilaiDipakai = new HashSet<>();
        SimpulYaml daftarJawaban = wajib(node, p, "jawaban");
        for (Map.Entry<SimpulYaml, SimpulYaml> e : daftarJawaban.pasangan()) {
            String huruf = e.getKey().teks();
            if (jawaban.containsKey(huruf)) {
                throw e.getKey().galat("jawaban '" + huruf + "' muncul dua kali dalam skala " + kode);
            }
            BigDecimal nilai = e.getValue().desimal();
            if (nilai.signum() < 0 || nilai.compareTo(BigDecimal.ONE) > 0) {
                throw e.getValue()
                        .galat("nilai jawaban '" + huruf + "' harus 0 sampai 1, bukan " + nilai.toPlainString());
            }
            // distinct values keep "one step up the scale" well defined
            if (!nilaiDipakai.add(nilai.stripTrailingZeros())) {
                throw e.getValue()
                        .galat("nilai " + nilai.toPlainString() + " dipakai lebih dari satu jawaban skala " + kode);
            }
            jawaban.put(huruf, nilai);
        }
        if (jawaban.isEmpty()) {
            throw daftarJawaban.galat("skala " + kode + " tidak memiliki jawaban");
        }
        skala.put(kode, new SkalaJawaban(kode, jawaban));
    }

    private KomponenLke komponen(SimpulYaml node) {
        Map<String, SimpulYaml> p = node.peta(Set.of("kode", "nama", "bobot", "subKomponen"));
        String kode = kode(wajib(node, p, "kode"));
        String nama = wajib(node, p, "nama").teks();
        SimpulYaml simpulBobot = wajib(node, p, "bobot");
        BigDecimal bobot = simpulBobot.desimal();
        if (bobot.signum() <= 0) {
            throw simpulBobot.galat("bobot komponen harus lebih dari 0");
        }
        SimpulYaml daftarSub = wajib(node, p, "subKomponen");
        List<SubKomponenLke> subKomponen = new ArrayList<>();
        BigDecimal porsi = BigDecimal.ZERO;
        for (SimpulYaml s : daftarSub.daftar()) {
            SubKomponenLke sub = subKomponen(s);
            subKomponen.add(sub);
            porsi = porsi.add(sub.porsi());
        }
        if (porsi.compareTo(SERATUS) != 0) {
            throw daftarSub.galat(
                    "porsi sub-komponen " + kode + " berjumlah " + porsi.toPlainString() + " %, seharusnya 100 %");
        }
        return new KomponenLke(kode, nama, bobot, subKomponen);
    }

    private SubKomponenLke subKomponen(SimpulYaml node) {
        Map<String, SimpulYaml> p = node.peta(Set.of("kode", "nama", "porsi", "kriteria"));
        String kode = kode(wajib(node, p, "kode"));
        String nama = wajib(node, p, "nama").teks();
        SimpulYaml simpulPorsi = wajib(node, p, "porsi");
        BigDecimal porsi = simpulPorsi.desimal();
        if (porsi.signum() <= 0 || porsi.compareTo(SERATUS) > 0) {
            throw simpulPorsi.galat("porsi harus lebih dari 0 sampai 100 (persen bobot komponen)");
        }
        List<KriteriaLke> kriteria = new ArrayList<>();
        for (SimpulYaml k : wajib(node, p, "kriteria").daftar()) {
            kriteria.add(kriteria(k));
        }
        return new SubKomponenLke(kode, nama, porsi, kriteria);
    }

    private KriteriaLke kriteria(SimpulYaml node) {
        Map<String, SimpulYaml> p = node.peta(Set.of("kode", "uraian", "skala", "sumberData"));
        String kode = kode(wajib(node, p, "kode"));
        String uraian = wajib(node, p, "uraian").teks();
        SimpulYaml simpulSkala = wajib(node, p, "skala");
        SkalaJawaban skalaKriteria = skala.get(simpulSkala.teks());
        if (skalaKriteria == null) {
            throw simpulSkala.galat(
                    "skala '" + simpulSkala.teks() + "' tidak dikenal; yang ada: " + String.join(", ", skala.keySet()));
        }
        SimpulYaml sumberData = p.get("sumberData");
        return new KriteriaLke(kode, uraian, skalaKriteria, sumberData == null ? null : sumberData.teks());
    }

    /** A kode, unique among every komponen, sub-komponen and kriteria kode of the file. */
    private String kode(SimpulYaml node) {
        String kode = node.teks();
        if (!semuaKode.add(kode)) {
            throw node.galat("kode '" + kode + "' dipakai lebih dari sekali");
        }
        return kode;
    }

    private static SimpulYaml wajib(SimpulYaml induk, Map<String, SimpulYaml> peta, String kunci) {
        SimpulYaml nilai = peta.get(kunci);
        if (nilai == null) {
            throw induk.galat("kunci '" + kunci + "' wajib ada");
        }
        return nilai;
    }
}
