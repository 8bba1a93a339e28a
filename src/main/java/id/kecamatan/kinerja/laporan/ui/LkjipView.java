package id.kecamatan.kinerja.laporan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.laporan.TeksLkjipService;
import id.kecamatan.kinerja.laporan.TeksLkjipService.Akses;
import id.kecamatan.kinerja.laporan.TeksLkjipService.Riwayat;
import id.kecamatan.kinerja.laporan.TeksLkjipService.Seksi;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The LKjIP's written sections of a year, each in its own field with its history. The Sekcam and the penyusun LKjIP
 * edit them, the Camat and the Admin read them; anyone else is answered as for a page their role may not open (the
 * menu does not offer it to them). A save is based on the text loaded: when someone saved in between, it is refused
 * and the typed text stays in the field.
 */
@Route(LkjipView.ROUTE)
@Menu(title = "menu.lkjip", order = 7.6, icon = "vaadin:edit")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class LkjipView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "lkjip";

    private final TeksLkjipService service;
    private final Akses akses;
    private final Div daftar = new Div();
    private final PilihTahun tahun;

    public LkjipView(TeksLkjipService service, Clock clock) {
        this.service = service;
        this.akses = service.aksesSaya();
        this.tahun = new PilihTahun(clock, 0);
        if (akses == Akses.TIDAK) {
            return;
        }
        setWidthFull();
        setMaxWidth("64rem");
        addClassName("halaman-lkjip");
        Paragraph keterangan = new Paragraph(getTranslation("lkjip.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        add(keterangan);
        if (akses == Akses.BACA) {
            Paragraph baca = new Paragraph(getTranslation("lkjip.keterangan-baca"));
            baca.addClassName("keterangan-kecil");
            add(baca);
        }
        daftar.setWidthFull();
        tahun.addValueChangeListener(e -> muat());
        add(tahun, daftar);
        muat();
    }

    /** Someone the service would refuse: the router's refusal (one security-log row, "not found" on screen). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (akses == Akses.TIDAK) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void muat() {
        daftar.removeAll();
        for (Seksi seksi : service.daftar(tahun.getValue())) {
            daftar.add(new KartuSeksi(tahun.getValue(), seksi));
        }
    }

    private String judul(Seksi seksi) {
        return getTranslation("lkjip.bagian." + seksi.bagian().name(), seksi.sasaran() == null ? "" : seksi.sasaran());
    }

    private String waktu(LocalDateTime pada) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .format(pada);
    }

    /** One section: its title, when and by whom it was last saved, the field, and Save (writers) and History. */
    private final class KartuSeksi extends Div {

        private final int tahunSeksi;
        private final Seksi seksi;
        private final TextArea teks = new TextArea();
        private final Paragraph terakhir = new Paragraph();
        /** The number of the text the field was loaded from (0: none): a save is based on it. */
        private int dasar;

        KartuSeksi(int tahunSeksi, Seksi seksi) {
            this.tahunSeksi = tahunSeksi;
            this.seksi = seksi;
            this.dasar = seksi.nomor();
            addClassNames("kartu", "kartu-lkjip");
            String kunci = seksi.bagian().name() + (seksi.sasaranId() == null ? "" : "-" + seksi.sasaranId());
            terakhir.addClassName("keterangan-kecil");
            tampilkanTerakhir(seksi.oleh(), seksi.pada());
            teks.setLabel(getTranslation("lkjip.teks"));
            teks.setId("teks-" + kunci);
            teks.setWidthFull();
            teks.setMinHeight("8rem");
            teks.setValue(seksi.teks());
            teks.setHelperText(getTranslation("lkjip.batas", TeksLkjipService.PANJANG_MAKSIMUM));
            teks.setReadOnly(akses != Akses.TULIS);
            Button riwayat = new Button(getTranslation("lkjip.riwayat"), e -> bukaRiwayat());
            riwayat.setId("riwayat-" + kunci);
            HorizontalLayout tombol = new HorizontalLayout();
            tombol.setWrap(true);
            if (akses == Akses.TULIS) {
                Button simpan = new Button(getTranslation("lkjip.simpan"), e -> simpan());
                simpan.setId("simpan-" + kunci);
                simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                tombol.add(simpan);
            }
            tombol.add(riwayat);
            add(new H3(judul(seksi)), terakhir, teks, tombol);
        }

        private void tampilkanTerakhir(@Nullable String oleh, @Nullable LocalDateTime pada) {
            terakhir.setText(
                    oleh == null || pada == null
                            ? getTranslation("lkjip.belum-ditulis")
                            : getTranslation("lkjip.terakhir", oleh, waktu(pada)));
        }

        private void simpan() {
            try {
                int nomor = service.simpan(tahunSeksi, seksi.bagian(), seksi.sasaranId(), teks.getValue(), dasar);
                if (nomor == dasar) {
                    Pemberitahuan.berhasil(getTranslation("lkjip.tidak-berubah"));
                    return;
                }
                dasar = nomor;
                Riwayat baru = riwayat().getFirst();
                tampilkanTerakhir(baru.oleh(), baru.pada());
                Pemberitahuan.berhasil(getTranslation("lkjip.tersimpan"));
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            } catch (ObjectOptimisticLockingFailureException konflik) {
                // the typed text stays in the field; the history shows what was saved meanwhile
                Pemberitahuan.galat(getTranslation("lkjip.konflik"));
            }
        }

        private List<Riwayat> riwayat() {
            return service.riwayat(tahunSeksi, seksi.bagian(), seksi.sasaranId());
        }

        private void bukaRiwayat() {
            VerticalLayout isi = new VerticalLayout();
            isi.setPadding(false);
            List<Riwayat> daftarRiwayat = riwayat();
            if (daftarRiwayat.isEmpty()) {
                isi.add(new Paragraph(getTranslation("lkjip.riwayat.kosong")));
            }
            for (int i = 0; i < daftarRiwayat.size(); i++) {
                Riwayat r = daftarRiwayat.get(i);
                Span kepala = new Span(
                        getTranslation("lkjip.riwayat.entri", String.valueOf(r.nomor()), r.oleh(), waktu(r.pada()))
                                + (i == 0 ? " " + getTranslation("lkjip.riwayat.berlaku") : ""));
                kepala.addClassName("riwayat-kepala");
                Paragraph teksLama = new Paragraph(r.teks());
                teksLama.addClassName("riwayat-teks");
                isi.add(new Div(kepala, teksLama));
            }
            Dialog dialog = new Dialog(isi);
            dialog.setHeaderTitle(getTranslation("lkjip.riwayat.judul", judul(seksi)));
            dialog.setWidth("min(48rem, 95vw)");
            dialog.getFooter().add(new Button(getTranslation("lkjip.riwayat.tutup"), e -> dialog.close()));
            dialog.open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lkjip.judul");
    }
}
