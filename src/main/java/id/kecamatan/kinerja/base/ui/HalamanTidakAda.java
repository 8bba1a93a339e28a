package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that is no page of the portal: a short Indonesian page instead of Vaadin's English one, which
 * names the route and, outside production mode, lists every route of the portal.
 */
@AnonymousAllowed
public class HalamanTidakAda extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2(getTranslation("galat.tidak-ada.judul")), new Paragraph(getTranslation("galat.tidak-ada.pesan")),
                new Anchor("", getTranslation("galat.kembali")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
