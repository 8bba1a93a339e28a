package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A visible warning box, e.g. for a gap in the plan. Used instead of hiding what is missing. */
public class Peringatan extends Div {

    public Peringatan(String teks) {
        addClassName("peringatan");
        getElement().setAttribute("role", "alert");
        add(VaadinIcon.WARNING.create(), new Span(teks));
    }
}
