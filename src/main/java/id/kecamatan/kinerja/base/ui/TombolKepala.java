package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A control a feature puts in the header of every signed-in page, right of the title (the notification bell).
 * Implemented by the features, so the layout shows it without depending on any feature.
 */
public interface TombolKepala {

    /** A new control for one layout instance (one per browser tab); only asked when someone is signed in. */
    Component buat();
}
