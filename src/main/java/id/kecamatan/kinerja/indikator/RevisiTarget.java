package id.kecamatan.kinerja.indikator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The one rule for revised targets: per indicator and period, the revisions in order; the last one is in force
 * and the first is the original that stays visible.
 */
final class RevisiTarget {

    private RevisiTarget() {
    }

    /** The period key of a target: 1–4 for a triwulan, {@link TargetService#TAHUNAN} for the year. */
    static int periode(Target target) {
        return target.getTriwulan() == null ? TargetService.TAHUNAN : target.getTriwulan();
    }

    /** Per indicator, per key (e.g. {@link #periode} or the year), the revisions oldest first. */
    static Map<Long, Map<Integer, List<Target>>> kelompokkan(Collection<Target> target, ToIntFunction<Target> kunci) {
        Map<Long, Map<Integer, List<Target>>> hasil = new HashMap<>();
        target.stream()
                .sorted(Comparator.comparingInt(Target::getRevisi))
                .forEach(t -> hasil.computeIfAbsent(t.getIndikator().getId(), id -> new HashMap<>())
                        .computeIfAbsent(kunci.applyAsInt(t), k -> new ArrayList<>())
                        .add(t));
        return hasil;
    }
}
