package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.select.Select;

/** The triwulan a screen works on, Triwulan I–IV, starting at the one given (usually the one running now). */
public class PilihTriwulan extends Select<Integer> {

    public PilihTriwulan(String label, int awal) {
        setLabel(label);
        setItems(1, 2, 3, 4);
        setItemLabelGenerator(tw -> getTranslation("triwulan." + tw));
        setValue(awal);
    }
}
