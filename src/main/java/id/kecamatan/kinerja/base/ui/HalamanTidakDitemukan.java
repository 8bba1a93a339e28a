package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * A page that does not exist, or that the signed-in user may not open ({@link AksesHalamanDitolak} sends those
 * here), inside the portal's frame. Both say the same, so a refusal does not tell that the page exists, and nothing
 * of the address asked for is repeated. Instead of Vaadin's English "Could not navigate to '…'".
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class HalamanTidakDitemukan extends VerticalLayout
        implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("halaman-galat");
        add(
                new H2(getTranslation("galat.tidak-ditemukan.judul")),
                new Paragraph(getTranslation("galat.tidak-ditemukan")),
                new RouterLink(getTranslation("galat.ke-awal"), BerandaView.class));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("galat.tidak-ditemukan.judul");
    }
}
