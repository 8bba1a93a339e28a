package id.kecamatan.kinerja.evaluasi.lke;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One SnakeYAML node with its line, so that every refusal says where. The plan reader has its own
 * ({@code rencana.YamlNode}, package-private there); this one knows only what an LKE file needs.
 */
final class SimpulYaml {

    private final String berkas;
    private final Node node;

    SimpulYaml(String berkas, Node node) {
        this.berkas = berkas;
        this.node = node;
    }

    int baris() {
        return node.getStartMark().getLine() + 1;
    }

    BerkasLkeTidakValid galat(String masalah) {
        return new BerkasLkeTidakValid(berkas, baris(), masalah, null);
    }

    /** The entries of a mapping; a key outside {@code sah} is refused, so a misspelt key is not silently ignored. */
    Map<String, SimpulYaml> peta(Set<String> sah) {
        if (!(node instanceof MappingNode mapping)) {
            throw galat("diharapkan pasangan kunci: nilai");
        }
        Map<String, SimpulYaml> hasil = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            SimpulYaml kunci = new SimpulYaml(berkas, tuple.getKeyNode());
            String nama = kunci.teks();
            if (!sah.contains(nama)) {
                throw kunci.galat("kunci '" + nama + "' tidak dikenal; yang sah: " + String.join(", ", sah));
            }
            // compose() builds nodes only; SnakeYAML's duplicate-key check runs later, in construction
            if (hasil.put(nama, new SimpulYaml(berkas, tuple.getValueNode())) != null) {
                throw kunci.galat("kunci '" + nama + "' muncul dua kali");
            }
        }
        return hasil;
    }

    /** The pairs of a mapping whose keys are data (the answers of a scale), each key with its own node. */
    List<Map.Entry<SimpulYaml, SimpulYaml>> pasangan() {
        if (!(node instanceof MappingNode mapping)) {
            throw galat("diharapkan pasangan jawaban: nilai");
        }
        List<Map.Entry<SimpulYaml, SimpulYaml>> hasil = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            hasil.add(Map.entry(
                    new SimpulYaml(berkas, tuple.getKeyNode()), new SimpulYaml(berkas, tuple.getValueNode())));
        }
        return hasil;
    }

    List<SimpulYaml> daftar() {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw galat("diharapkan daftar yang tidak kosong (baris diawali '-')");
        }
        List<SimpulYaml> hasil = new ArrayList<>();
        for (Node anak : sequence.getValue()) {
            hasil.add(new SimpulYaml(berkas, anak));
        }
        return hasil;
    }

    String teks() {
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            throw galat("diharapkan teks yang tidak kosong");
        }
        String nilai = scalar.getValue().strip();
        if (nilai.isEmpty()) {
            throw galat("nilai wajib diisi");
        }
        return nilai;
    }

    BigDecimal desimal() {
        String teks = teks();
        try {
            return new BigDecimal(teks);
        } catch (NumberFormatException e) {
            throw galat("'" + teks + "' bukan angka (pakai titik desimal, mis. 0.75)");
        }
    }

    int bilanganBulat() {
        String teks = teks();
        try {
            return Integer.parseInt(teks);
        } catch (NumberFormatException e) {
            throw galat("'" + teks + "' bukan bilangan bulat");
        }
    }
}
