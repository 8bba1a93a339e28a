package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A button that makes a file in the background and then offers it for download. While the file is made, a
 * progress bar shows and the rest of the screen stays usable (the work runs on {@link PekerjaanLatar}; the UI
 * polls for its end, since the portal has no server push). The file comes from a service call, which checks
 * access as for the signed-in user; a refusal or a broken rule shows as a message, not as a broken screen.
 */
public class TombolUnduh extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(TombolUnduh.class);
    static final int INTERVAL_POLL_MS = 500;
    private static final String JUMLAH_POLL = TombolUnduh.class.getName() + ".poll";

    private final Button tombol;
    private final ProgressBar kemajuan = new ProgressBar();
    private final Span status = new Span();
    private final Anchor tautan = new Anchor();
    private final PekerjaanLatar latar;
    private final Supplier<Supplier<Berkas>> persiapan;

    /**
     * @param persiapan called on the screen's thread when the button is clicked (read the screen's choices and
     *     translate texts there; an {@link AturanDilanggar} thrown here is shown and nothing starts); returns
     *     the work that makes the file in the background
     */
    public TombolUnduh(String label, PekerjaanLatar latar, Supplier<Supplier<Berkas>> persiapan) {
        this.latar = latar;
        this.persiapan = persiapan;
        tombol = new Button(label, VaadinIcon.DOWNLOAD.create(), e -> mulai());
        kemajuan.setIndeterminate(true);
        kemajuan.setWidth("8rem");
        kemajuan.setVisible(false);
        status.addClassName("keterangan-kecil");
        tautan.setVisible(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(true);
        addClassName("tombol-unduh");
        add(tombol, kemajuan, status, tautan);
    }

    public Button getTombol() {
        return tombol;
    }

    /** The link of the last file made; hidden until one is ready. */
    public Anchor getTautan() {
        return tautan;
    }

    private void mulai() {
        UI ui = UI.getCurrent();
        Supplier<Berkas> pembuat;
        try {
            pembuat = persiapan.get();
        } catch (AturanDilanggar e) {
            // a choice is missing on the screen: say which, start nothing
            Pemberitahuan.galat(getTranslation(e.getKunciPesan(), e.getArgumen()));
            return;
        }
        tombol.setEnabled(false);
        tautan.setVisible(false);
        kemajuan.setVisible(true);
        status.setText(getTranslation("unduh.menyiapkan"));
        ubahPoll(ui, +1);
        latar.jalankan(pembuat)
                .whenComplete((berkas, galat) -> ui.access(() -> {
                    ubahPoll(ui, -1);
                    kemajuan.setVisible(false);
                    tombol.setEnabled(true);
                    if (galat == null) {
                        siap(berkas);
                    } else {
                        gagal(galat instanceof CompletionException c && c.getCause() != null ? c.getCause() : galat);
                    }
                }));
    }

    private void siap(Berkas berkas) {
        byte[] isi = berkas.isi();
        DownloadHandler unduhan =
                e -> Unduhan.kirim(e, berkas.nama(), berkas.jenisMime(), isi.length, keluaran -> keluaran.write(isi));
        tautan.setHref(unduhan, AttachmentType.DOWNLOAD);
        tautan.setText(getTranslation("unduh.tautan", berkas.nama(), Math.max(1, (isi.length + 1023) / 1024)));
        tautan.setVisible(true);
        status.setText("");
        // the file was asked for: start the download at once; the link stays for a second copy
        tautan.getElement().executeJs("this.click()");
    }

    private void gagal(Throwable galat) {
        status.setText("");
        switch (galat) {
            case AturanDilanggar e -> Pemberitahuan.galat(getTranslation(e.getKunciPesan(), e.getArgumen()));
            case AccessDeniedException ditolak -> Pemberitahuan.aksesDitolak(UI.getCurrent());
            default -> {
                log.error("Berkas gagal dibuat", galat);
                Pemberitahuan.galat(getTranslation("unduh.gagal"));
            }
        }
    }

    /** Several downloads may run at once on one screen: poll while any of them runs. */
    private static void ubahPoll(UI ui, int selisih) {
        Integer jumlah = (Integer) ComponentUtil.getData(ui, JUMLAH_POLL);
        int baru = Math.max(0, (jumlah == null ? 0 : jumlah) + selisih);
        ComponentUtil.setData(ui, JUMLAH_POLL, baru);
        ui.setPollInterval(baru > 0 ? INTERVAL_POLL_MS : -1);
    }
}
