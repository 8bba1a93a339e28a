package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.base.Triwulan;
import org.jspecify.annotations.Nullable;

/** The triwulan a screen works on, Triwulan I–IV, starting at the one given (usually the one running now). */
public class PilihTriwulan extends Select<Triwulan> {

    public PilihTriwulan(String label, Triwulan awal) {
        setLabel(label);
        setItems(Triwulan.semua());
        setItemLabelGenerator(tw -> getTranslation("triwulan." + tw.nomor()));
        setValue(awal);
    }

    /** The triwulan chosen; none while the picker is empty. */
    public @Nullable Triwulan triwulan() {
        return getValue();
    }
}
