package id.kecamatan.kinerja.indikator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one rule for revised targets: per indicator and period, the revisions in order; the last one is in force
 * and the first is the original that stays visible.
 */
final class RevisiTarget {

    private RevisiTarget() {}

    /** Per indicator, per key (e.g. {@link Target#getPeriode} or the year), the revisions oldest first. */
    static <K> Map<Long, Map<K, List<Target>>> kelompokkan(Collection<Target> target, Function<Target, K> kunci) {
        Map<Long, Map<K, List<Target>>> hasil = new HashMap<>();
        target.stream()
                .sorted(Comparator.comparingInt(Target::getRevisi))
                .forEach(t -> hasil.computeIfAbsent(t.getIndikator().getId(), id -> new HashMap<>())
                        .computeIfAbsent(kunci.apply(t), k -> new ArrayList<>())
                        .add(t));
        return hasil;
    }
}
