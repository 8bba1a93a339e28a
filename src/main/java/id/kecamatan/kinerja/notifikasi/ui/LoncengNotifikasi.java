package id.kecamatan.kinerja.notifikasi.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the header: the number of unread notifications, refreshed at every navigation; a click opens the
 * list ({@link NotifikasiView}).
 */
class LoncengNotifikasi extends Button {

    private final NotifikasiService service;
    private final Span jumlah = new Span();
    private @Nullable Registration pendengar;

    LoncengNotifikasi(NotifikasiService service) {
        this.service = service;
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("lonceng");
        jumlah.addClassName("lencana");
        getElement().appendChild(jumlah.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotifikasiView.class)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        perbarui();
        pendengar = event.getUI().addAfterNavigationListener(e -> perbarui());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pendengar != null) {
            pendengar.remove();
            pendengar = null;
        }
        super.onDetach(event);
    }

    void perbarui() {
        long belum = service.jumlahBelumDibaca();
        jumlah.setText(belum > 99 ? "99+" : String.valueOf(belum));
        jumlah.setVisible(belum > 0);
        String label =
                belum == 0 ? getTranslation("notifikasi.lonceng.kosong") : getTranslation("notifikasi.lonceng", belum);
        setAriaLabel(label);
        setTooltipText(label);
    }
}
