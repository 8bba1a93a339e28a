package id.kecamatan.kinerja.rencana.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.excel.BerkasTemplate;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.PilihTriwulan;
import id.kecamatan.kinerja.base.ui.Unduhan;
import id.kecamatan.kinerja.realisasi.ImporRealisasiExcel;
import id.kecamatan.kinerja.realisasi.Tenggat;
import id.kecamatan.kinerja.rencana.EksporRencana;
import id.kecamatan.kinerja.rencana.ImporRencanaExcel;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Import from Excel: realisasi of the user's own indicators for a quarter (every indicator owner), and a whole
 * kecamatan's plan (template and export for the Admin and Sekcam, import as a new instansi for the Admin).
 * A file is checked whole: its errors are listed by sheet, row and column, and nothing of it is saved.
 */
@Route("impor")
@Menu(title = "menu.impor", order = 8.5, icon = "vaadin:upload")
@PermitAll
public class ImporView extends VerticalLayout implements HasDynamicTitle {

    private static final int MB = 1024 * 1024;
    /** The services refuse more; the browser is spared a useless upload. */
    private static final int UKURAN_MAKS = 10 * MB;

    private static final int INTERVAL_POLL_MS = 400;

    private final ImporRealisasiExcel imporRealisasi;
    private final ImporRencanaExcel imporRencana;
    private final EksporRencana eksporRencana;
    private final ProgressBar kemajuan = new ProgressBar();
    private final Div statusProses = new Div();
    private final Div hasil = new Div();
    private final Grid<GalatImpor> daftarGalat = new Grid<>();
    /** Read by the download handler, which runs outside the UI lock. */
    private volatile int tahunDipilih;

    private volatile int triwulanDipilih;
    // Where the uploads stand. The browser's "upload-start" and the server's end of the same upload arrive in
    // either order (a small file can be checked before the start event is processed), so the screen waits, with the
    // bar and polling, while a file is processed or an upload the browser started has no answer yet; whatever
    // arrives late for an upload already answered changes nothing.
    /** Uploads the browser reported as started. */
    private int dimulai;
    /** Uploads answered: their result or failure shown, or given up by the browser. */
    private int dijawab;
    /** A file is being checked on the server now. */
    private boolean diproses;
    /** What the screen shows: waiting (bar, polling) or not. */
    private boolean menunggu;

    public ImporView(
            ImporRealisasiExcel imporRealisasi,
            ImporRencanaExcel imporRencana,
            EksporRencana eksporRencana,
            PenggunaSaatIni penggunaSaatIni,
            Clock clock,
            Tenggat tenggat) {
        this.imporRealisasi = imporRealisasi;
        this.imporRencana = imporRencana;
        this.eksporRencana = eksporRencana;
        Pengguna pengguna = penggunaSaatIni.wajib();

        kemajuan.setVisible(false);
        kemajuan.setWidth("24rem");
        statusProses.addClassName("keterangan-kecil");
        hasil.addClassName("kartu");
        hasil.setVisible(false);
        daftarGalat
                .addColumn(this::letak)
                .setHeader(getTranslation("impor.kolom.letak"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        daftarGalat
                .addColumn(g -> getTranslation(g.kunci(), g.argumenPesan()))
                .setHeader(getTranslation("impor.kolom.kesalahan"))
                .setFlexGrow(1);
        daftarGalat.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        daftarGalat.setAllRowsVisible(true);
        daftarGalat.setVisible(false);

        if (pengguna.peran() != Peran.ADMIN) {
            add(bagianRealisasi(clock, tenggat));
        }
        if (pengguna.peran() == Peran.ADMIN || pengguna.peran() == Peran.SEKCAM) {
            add(bagianRencana(pengguna.peran() == Peran.ADMIN));
        }
        add(kemajuan, statusProses, hasil, daftarGalat);
    }

    private Div bagianRealisasi(Clock clock, Tenggat tenggat) {
        PilihTahun tahun = new PilihTahun(clock, 0);
        PilihTriwulan triwulan =
                new PilihTriwulan(getTranslation("impor.triwulan"), tenggat.triwulanBerjalan(tahun.getValue(), clock));
        tahunDipilih = tahun.getValue();
        triwulanDipilih = triwulan.getValue();
        tahun.addValueChangeListener(e -> tahunDipilih = e.getValue());
        triwulan.addValueChangeListener(e -> triwulanDipilih = e.getValue());

        Anchor template = unduhan(
                () -> imporRealisasi.template(tahunDipilih, triwulanDipilih), getTranslation("impor.realisasi.unduh"));
        HorizontalLayout pilihan = new HorizontalLayout(tahun, triwulan, template);
        pilihan.setAlignItems(Alignment.BASELINE);
        // on a phone the triwulan and the template link go to the next line instead of off the screen
        pilihan.setWrap(true);
        Upload upload = upload(event -> terima(event, isi -> {
            ImporRealisasiExcel.Hasil h = imporRealisasi.impor(isi, lapor(event.getUI()));
            String berhasil = h.jumlahDraf() == 0
                    ? getTranslation("impor.realisasi.tanpa-perubahan")
                    : getTranslation("impor.realisasi.berhasil", h.jumlahDraf(), h.jumlahNilai());
            return new Ringkasan(h.galat(), h.berhasil() ? berhasil : null, null);
        }));
        Div bagian = new Div(
                new H2(getTranslation("impor.realisasi.judul")),
                new Paragraph(getTranslation("impor.realisasi.petunjuk")),
                pilihan,
                upload);
        bagian.addClassName("kartu");
        return bagian;
    }

    private Div bagianRencana(boolean admin) {
        Anchor kosong = unduhan(eksporRencana::templateKosong, getTranslation("impor.rencana.template"));
        Anchor ekspor = unduhan(eksporRencana::ekspor, getTranslation("impor.rencana.ekspor"));
        HorizontalLayout tautan = new HorizontalLayout(kosong, ekspor);
        tautan.setWrap(true);
        Div bagian = new Div(
                new H2(getTranslation("impor.rencana.judul")),
                new Paragraph(getTranslation(admin ? "impor.rencana.petunjuk" : "impor.rencana.petunjuk-sekcam")),
                tautan);
        if (admin) {
            bagian.add(upload(event -> terima(event, isi -> {
                ImporRencanaExcel.Hasil h = imporRencana.impor(isi, lapor(event.getUI()));
                return new Ringkasan(
                        h.galat(),
                        h.berhasil()
                                ? getTranslation(
                                        "impor.rencana.berhasil",
                                        h.namaInstansi(),
                                        h.kodeInstansi(),
                                        h.jumlahUnit(),
                                        h.jumlahJabatan(),
                                        h.jumlahIndikator())
                                : null,
                        h.berhasil()
                                ? getTranslation("impor.rencana.akun", h.usernameAdmin(), h.passwordAdmin())
                                : null);
            })));
        }
        bagian.addClassName("kartu");
        return bagian;
    }

    /** What an import ended with, ready to show: the errors, or the success text and, for a plan, the account. */
    private record Ringkasan(
            List<GalatImpor> galat,
            @Nullable String berhasil,
            @Nullable String akun) {}

    @FunctionalInterface
    private interface Proses {
        Ringkasan jalankan(byte[] isi);
    }

    private Upload upload(UploadHandler handler) {
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(UKURAN_MAKS);
        upload.setWidthFull();
        String pilih = getTranslation("impor.unggah.pilih");
        String tarik = getTranslation("impor.unggah.tarik");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(pilih).setMany(pilih))
                .setDropFiles(new UploadI18N.DropFiles().setOne(tarik).setMany(tarik))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("impor.unggah.terlalu-besar", UKURAN_MAKS / MB))
                        .setIncorrectFileType(getTranslation("impor.unggah.tipe-salah")))
                .setUploading(new UploadI18N.Uploading()
                        .setError(new UploadI18N.Uploading.Error()
                                .setForbidden(getTranslation("impor.unggah.gagal"))
                                .setUnexpectedServerError(getTranslation("impor.unggah.gagal"))
                                .setServerUnavailable(getTranslation("impor.unggah.gagal")))));
        upload.getElement().addEventListener("upload-start", e -> {
            dimulai++;
            perbaruiTunggu();
        });
        // the browser gave up (network, a refused request, the file removed): no answer will come from the server
        for (String gagal : List.of("upload-error", "upload-abort")) {
            upload.getElement().addEventListener(gagal, e -> {
                dijawab = Math.max(dijawab, dimulai);
                perbaruiTunggu();
            });
        }
        upload.addFileRejectedListener(
                e -> Pemberitahuan.galat(getTranslation("impor.unggah.ditolak", e.getFileName(), e.getErrorMessage())));
        return upload;
    }

    /** Runs in the upload request, outside the UI lock: the import here, screen updates in UI.access. */
    private void terima(UploadEvent event, Proses proses) throws IOException {
        byte[] isi = event.getInputStream().readNBytes(UKURAN_MAKS + 1);
        UI ui = event.getUI();
        ui.access(() -> {
            diproses = true;
            perbaruiTunggu();
        });
        Ringkasan ringkasan;
        try {
            ringkasan = proses.jalankan(isi);
        } catch (RuntimeException gagal) {
            // nothing was saved (the import is one transaction); the screen must not keep waiting
            ui.access(() -> {
                terjawab();
                if (gagal instanceof AccessDeniedException) {
                    Pemberitahuan.aksesDitolak(ui);
                } else {
                    Pemberitahuan.galat(getTranslation("impor.gagal"));
                }
            });
            throw gagal;
        }
        ui.access(() -> {
            // the outcome is shown below; the list of the upload would only repeat an older file's name
            ((Upload) event.getOwningComponent()).clearFileList();
            terjawab();
            tampilkan(ringkasan);
        });
    }

    private Kemajuan lapor(UI ui) {
        return (selesai, total) -> ui.access(() -> {
            kemajuan.setIndeterminate(false);
            kemajuan.setValue(total == 0 ? 1 : (double) selesai / total);
            statusProses.setText(getTranslation("impor.proses.langkah", selesai, total));
        });
    }

    private void terjawab() {
        diproses = false;
        dijawab++;
        perbaruiTunggu();
    }

    /** Shows waiting or not, as the uploads stand; a new wait hides the previous file's outcome. */
    private void perbaruiTunggu() {
        boolean tunggu = diproses || dimulai > dijawab;
        if (tunggu && !menunggu) {
            kemajuan.setIndeterminate(true);
            statusProses.setText(getTranslation("impor.proses"));
            hasil.setVisible(false);
            daftarGalat.setVisible(false);
        } else if (!tunggu) {
            statusProses.setText("");
        }
        menunggu = tunggu;
        kemajuan.setVisible(tunggu);
        // no server push in this portal: the browser polls while it waits, so the bar moves and the outcome arrives
        UI.getCurrent().setPollInterval(tunggu ? INTERVAL_POLL_MS : -1);
    }

    private void tampilkan(Ringkasan ringkasan) {
        hasil.removeAll();
        hasil.setVisible(true);
        if (ringkasan.galat().isEmpty()) {
            // an import without errors always says what it did
            String berhasil = Objects.requireNonNull(ringkasan.berhasil());
            hasil.add(new Paragraph(berhasil));
            if (ringkasan.akun() != null) {
                Paragraph akun = new Paragraph(ringkasan.akun());
                akun.addClassName("peringatan");
                hasil.add(akun);
            }
            daftarGalat.setVisible(false);
            Pemberitahuan.berhasil(berhasil);
        } else {
            hasil.add(new Paragraph(
                    getTranslation("impor.ditolak", ringkasan.galat().size())));
            daftarGalat.setItems(ringkasan.galat());
            daftarGalat.setVisible(true);
        }
    }

    /** "Lembar IKI, baris 7, kolom D" as far as the error has a place. */
    private String letak(GalatImpor g) {
        if (g.lembar() == null) {
            return getTranslation("impor.letak.berkas");
        }
        if (g.baris() == null) {
            return getTranslation("impor.letak.lembar", g.lembar());
        }
        if (g.kolom() == null) {
            return getTranslation("impor.letak.baris", g.lembar(), g.baris());
        }
        return getTranslation("impor.letak.sel", g.lembar(), g.baris(), g.kolom());
    }

    /** A link whose file is made when it is clicked, so access and data are checked on every download. */
    private static Anchor unduhan(Supplier<BerkasTemplate> berkas, String teks) {
        DownloadHandler handler = event -> {
            BerkasTemplate b = berkas.get();
            Unduhan.kirim(
                    event, b.namaFile(), BerkasTemplate.MIME, b.isi().length, keluaran -> keluaran.write(b.isi()));
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, teks);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.impor");
    }
}
