package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The page shown when opening a view fails because no database connection could be had: every service is
 * transactional, so that failure arrives as a {@link CannotCreateTransactionException}. A plain message and a way
 * to try again, answered with 503, instead of Vaadin's internal-error page.
 */
@AnonymousAllowed
public class BasisDataTidakTersediaView extends VerticalLayout
        implements HasErrorParameter<CannotCreateTransactionException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BasisDataTidakTersediaView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        log.warn(
                "Halaman {} tidak dapat dibuka, basis data tidak dapat dihubungi: {}",
                event.getLocation().getPath(),
                parameter.getCaughtException().toString());
        removeAll();
        addClassName("halaman-galat");
        add(
                new H2(getTranslation("galat.basis-data.judul")),
                new Paragraph(getTranslation("galat.basis-data")),
                new Anchor(
                        event.getLocation().getPathWithQueryParameters(),
                        getTranslation("galat.basis-data.coba-lagi")));
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("galat.basis-data.judul");
    }
}
