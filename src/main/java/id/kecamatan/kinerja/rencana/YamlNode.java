package id.kecamatan.kinerja.rencana;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A typed view of one SnakeYAML node that keeps its line number, so that every error in a plan file
 * can say where it is. Unknown keys are errors too: a misspelt key must not be silently ignored.
 */
final class YamlNode {

    /** The file's name for messages; none for a resource without one. */
    private final @Nullable String berkas;

    private final Node node;

    YamlNode(@Nullable String berkas, Node node) {
        this.berkas = berkas;
        this.node = node;
    }

    int baris() {
        return node.getStartMark().getLine() + 1;
    }

    BerkasRencanaTidakValid galat(String pesan) {
        return new BerkasRencanaTidakValid(berkas + " baris " + baris() + ": " + pesan);
    }

    /** The entries of a mapping, refusing keys outside {@code kunciSah}. */
    Map<String, YamlNode> peta(Set<String> kunciSah) {
        if (!(node instanceof MappingNode mapping)) {
            throw galat("diharapkan pasangan kunci: nilai");
        }
        Map<String, YamlNode> hasil = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode kunci = new YamlNode(berkas, tuple.getKeyNode());
            String nama = kunci.teksWajib();
            if (!kunciSah.contains(nama)) {
                throw kunci.galat("kunci '" + nama + "' tidak dikenal; yang sah: " + String.join(", ", kunciSah));
            }
            if (hasil.put(nama, new YamlNode(berkas, tuple.getValueNode())) != null) {
                throw kunci.galat("kunci '" + nama + "' muncul dua kali");
            }
        }
        return hasil;
    }

    boolean isPeta() {
        return node instanceof MappingNode;
    }

    /** The value of {@code kunci} in this mapping, null when it has none: where to report a value's error. */
    @Nullable
    YamlNode nilai(String kunci) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(kunci)) {
                    return new YamlNode(berkas, tuple.getValueNode());
                }
            }
        }
        return null;
    }

    List<YamlNode> daftar() {
        if (isNull()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw galat("diharapkan daftar (baris diawali '-')");
        }
        List<YamlNode> hasil = new ArrayList<>();
        for (Node anak : sequence.getValue()) {
            hasil.add(new YamlNode(berkas, anak));
        }
        return hasil;
    }

    boolean isNull() {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    @Nullable
    String teks() {
        if (isNull()) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw galat("diharapkan teks");
        }
        String nilai = scalar.getValue().strip();
        return nilai.isEmpty() ? null : nilai;
    }

    String teksWajib() {
        String nilai = teks();
        if (nilai == null) {
            throw galat("nilai wajib diisi");
        }
        return nilai;
    }

    int bilanganBulat() {
        try {
            return Integer.parseInt(teksWajib());
        } catch (NumberFormatException e) {
            throw galat("'" + teks() + "' bukan bilangan bulat");
        }
    }

    BigDecimal desimal() {
        try {
            return new BigDecimal(teksWajib());
        } catch (NumberFormatException e) {
            throw galat("'" + teks() + "' bukan angka (pakai titik desimal, mis. 56.86)");
        }
    }

    boolean logika() {
        return switch (teksWajib()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw galat("'" + teks() + "' bukan true atau false");
        };
    }

    <E extends Enum<E>> E pilihan(Class<E> jenis) {
        String nilai = teksWajib();
        try {
            return Enum.valueOf(jenis, nilai);
        } catch (IllegalArgumentException e) {
            List<String> sah = new ArrayList<>();
            for (E konstanta : jenis.getEnumConstants()) {
                sah.add(konstanta.name());
            }
            throw galat("'" + nilai + "' tidak sah; pilih salah satu: " + String.join(", ", sah));
        }
    }
}
