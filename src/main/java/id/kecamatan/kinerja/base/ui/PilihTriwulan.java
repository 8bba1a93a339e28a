package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.base.Triwulan;
import org.jspecify.annotations.Nullable;

/**
 * The triwulan a screen works on, Triwulan I–IV, starting at the one given (usually the one running now).
 * Its value is the triwulan's number because the Impor Excel page (package rencana) reads it as one; screens
 * read {@link #triwulan()}.
 */
public class PilihTriwulan extends Select<Integer> {

    public PilihTriwulan(String label, Triwulan awal) {
        setLabel(label);
        setItems(Triwulan.semua().stream().map(Triwulan::nomor).toList());
        setItemLabelGenerator(nomor -> getTranslation("triwulan." + nomor));
        setValue(awal.nomor());
    }

    /** The triwulan chosen; none while the picker is empty. */
    public @Nullable Triwulan triwulan() {
        return getValue() == null ? null : Triwulan.dari(getValue());
    }
}
