package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import id.kecamatan.kinerja.base.excel.BerkasTemplate;
import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An Excel upload with what follows it: a progress bar while the server checks the file, then either the success
 * text or the list of errors by sheet, row and column (nothing of such a file is saved). The import itself is the
 * caller's, run in the upload request outside the UI lock; the screen is updated through {@code UI.access} while the
 * browser polls (the portal has no server push).
 */
public class UnggahExcel extends Div {

    private static final int MB = 1024 * 1024;
    private static final int INTERVAL_POLL_MS = 400;

    /** What an import ended with, ready to show: the errors, or the success text and an optional second line. */
    public record Ringkasan(
            List<GalatImpor> galat,
            String berhasil,
            @Nullable String tambahan) {

        /** A file refused: its errors, nothing saved. */
        public static Ringkasan ditolak(List<GalatImpor> galat) {
            return new Ringkasan(galat, "", null);
        }

        /** A file saved: the text to show, and an optional second line shown as a warning. */
        public static Ringkasan tersimpan(String teks, @Nullable String tambahan) {
            return new Ringkasan(List.of(), teks, tambahan);
        }
    }

    /** The import: the file's bytes and where to report progress. */
    @FunctionalInterface
    public interface Proses {
        Ringkasan jalankan(byte[] isi, Kemajuan kemajuan);
    }

    private final Upload upload;
    private final Proses proses;
    private final Runnable sesudahBerhasil;
    private final ProgressBar kemajuan = new ProgressBar();
    private final Div statusProses = new Div();
    private final Div hasil = new Div();
    private final Grid<GalatImpor> daftarGalat = new Grid<>();
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

    /** @param sesudahBerhasil run in the UI after a file was saved, e.g. to reload what the page shows */
    public UnggahExcel(Proses proses, Runnable sesudahBerhasil) {
        this.proses = proses;
        this.sesudahBerhasil = sesudahBerhasil;
        upload = new Upload(event -> terima(event));
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(BukuKerja.UKURAN_MAKS);
        upload.setWidthFull();
        String pilih = getTranslation("impor.unggah.pilih");
        String tarik = getTranslation("impor.unggah.tarik");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(pilih).setMany(pilih))
                .setDropFiles(new UploadI18N.DropFiles().setOne(tarik).setMany(tarik))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("impor.unggah.terlalu-besar", BukuKerja.UKURAN_MAKS / MB))
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

        kemajuan.setVisible(false);
        kemajuan.setWidth("24rem");
        kemajuan.setMaxWidth("100%");
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
        daftarGalat.addClassName("daftar-galat");
        setWidthFull();
        add(upload, kemajuan, statusProses, hasil, daftarGalat);
    }

    /** A link whose file is made when it is clicked, so access and data are checked on every download. */
    public static Anchor unduhan(Supplier<BerkasTemplate> berkas, String teks) {
        DownloadHandler handler = event -> {
            BerkasTemplate b = berkas.get();
            Unduhan.kirim(
                    event, b.namaFile(), BerkasTemplate.MIME, b.isi().length, keluaran -> keluaran.write(b.isi()));
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, teks);
    }

    /** Runs in the upload request, outside the UI lock: the import here, screen updates in UI.access. */
    private void terima(UploadEvent event) throws IOException {
        byte[] isi = event.getInputStream().readNBytes(BukuKerja.UKURAN_MAKS + 1);
        UI ui = event.getUI();
        ui.access(() -> {
            diproses = true;
            perbaruiTunggu();
        });
        Ringkasan ringkasan;
        try {
            ringkasan = proses.jalankan(isi, lapor(ui));
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
            upload.clearFileList();
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
        UI.getCurrent().setPollInterval(tunggu ? INTERVAL_POLL_MS : -1);
    }

    private void tampilkan(Ringkasan ringkasan) {
        hasil.removeAll();
        hasil.setVisible(true);
        if (ringkasan.galat().isEmpty()) {
            hasil.add(new Paragraph(ringkasan.berhasil()));
            String teksTambahan = ringkasan.tambahan();
            if (teksTambahan != null) {
                Paragraph tambahan = new Paragraph(teksTambahan);
                tambahan.addClassName("peringatan");
                hasil.add(tambahan);
            }
            daftarGalat.setVisible(false);
            Pemberitahuan.berhasil(ringkasan.berhasil());
            sesudahBerhasil.run();
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
}
