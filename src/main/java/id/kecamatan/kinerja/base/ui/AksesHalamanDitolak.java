package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kecamatan.kinerja.base.PenjagaAkses;

/**
 * A page the signed-in user's role may not open is answered as one that does not exist ({@link HalamanTidakDitemukan}),
 * as Vaadin's own handler of refused navigation does; declared here so that the portal, not a default, decides it,
 * and so that the refusal reaches the security log through the one path of every refusal.
 */
@Tag(Tag.DIV)
@AnonymousAllowed
public class AksesHalamanDitolak extends Component implements HasErrorParameter<AccessDeniedException> {

    private final PenjagaAkses penjagaAkses;

    AksesHalamanDitolak(PenjagaAkses penjagaAkses) {
        this.penjagaAkses = penjagaAkses;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        penjagaAkses.tolakHalaman(event.getLocation().getPath());
        event.rerouteToError(NotFoundException.class);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
