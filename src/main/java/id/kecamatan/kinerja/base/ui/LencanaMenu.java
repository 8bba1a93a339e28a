package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Map;

/**
 * A feature's counts shown beside its menu entries (e.g. rows waiting for approval). Implemented by the
 * features, so the layout shows them without depending on any feature.
 */
public interface LencanaMenu {

    /** A count and a sentence saying what it counts. */
    record Lencana(int jumlah, String keterangan) {}

    /** Per menu path (as in {@code @Route}), for the signed-in user; paths without anything to show are left out. */
    Map<String, Lencana> lencana(Component konteks);
}
