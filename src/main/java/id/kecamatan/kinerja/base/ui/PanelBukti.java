package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import id.kecamatan.kinerja.base.AturanBukti;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.InfoBukti;
import id.kecamatan.kinerja.base.JenisBerkas;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Upload and list of the evidence files of one thing (a saved realisasi in its editor, an LKE kriteria): the current
 * files and the replaced ones. A file is stored as soon as it arrives, apart from any "Simpan"; what is accepted is
 * decided by the service ({@link AturanBukti}), the limits set here only spare the user a useless upload. A refused
 * file leaves everything stored as it was, and the message says why.
 */
public class PanelBukti extends VerticalLayout {

    private static final int MB = 1024 * 1024;

    /** The service call that stores a file; refuses with {@link AturanDilanggar}. */
    @FunctionalInterface
    public interface Pengunggah {
        void unggah(String namaFile, byte[] isi);
    }

    private final Pengunggah pengunggah;
    private final Supplier<List<InfoBukti>> sumber;
    private final Upload upload = new Upload(this::terima);
    private final DaftarBukti daftar;

    /**
     * @param sumber the files as the service lists them now, read after each upload
     * @param awal the files to show first, as the screen already has them
     */
    public PanelBukti(
            Pengunggah pengunggah,
            Supplier<List<InfoBukti>> sumber,
            DaftarBukti.Pengunduh pengunduh,
            List<InfoBukti> awal) {
        this.pengunggah = pengunggah;
        this.sumber = sumber;
        setPadding(false);
        setSpacing(false);

        upload.setAcceptedFileTypes(Arrays.stream(JenisBerkas.values())
                .flatMap(jenis -> jenis.ekstensiBerkas().stream())
                .toArray(String[]::new));
        upload.setMaxFileSize(AturanBukti.UKURAN_MAKS);
        upload.setI18n(i18n());
        upload.setWidthFull();
        upload.addFileRejectedListener(e ->
                Pemberitahuan.galat(getTranslation("bukti.ditolak-peramban", e.getFileName(), e.getErrorMessage())));
        Div petunjuk = new Div(getTranslation("bukti.petunjuk", AturanBukti.UKURAN_MAKS / MB));
        petunjuk.addClassName("keterangan-kecil");
        daftar = new DaftarBukti(pengunduh, awal);
        add(petunjuk, upload, daftar);
    }

    /** Runs in the upload request, outside the UI lock: the service call here, screen updates in UI.access. */
    private void terima(UploadEvent event) throws IOException {
        // one byte over the limit is enough for the service to refuse the file; never hold more in memory
        byte[] isi = event.getInputStream().readNBytes(AturanBukti.UKURAN_MAKS + 1);
        String namaFile = event.getFileName();
        try {
            pengunggah.unggah(namaFile, isi);
            event.getUI().access(() -> {
                upload.clearFileList();
                daftar.tampilkan(sumber.get());
                Pemberitahuan.berhasil(getTranslation("bukti.tersimpan", namaFile));
            });
        } catch (AturanDilanggar ditolak) {
            // the file stays in the upload list marked as refused; the message says why
            event.reject(ditolak.getKunciPesan());
            event.getUI()
                    .access(() -> Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen())));
        }
    }

    private UploadI18N i18n() {
        String pilih = getTranslation("bukti.unggah.pilih");
        String tarik = getTranslation("bukti.unggah.tarik");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(pilih).setMany(pilih))
                .setDropFiles(new UploadI18N.DropFiles().setOne(tarik).setMany(tarik))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("bukti.unggah.terlalu-besar", AturanBukti.UKURAN_MAKS / MB))
                        .setIncorrectFileType(getTranslation("bukti.unggah.tipe-salah")))
                .setUploading(new UploadI18N.Uploading()
                        .setError(new UploadI18N.Uploading.Error()
                                .setForbidden(getTranslation("bukti.unggah.ditolak"))
                                .setUnexpectedServerError(getTranslation("bukti.unggah.gagal"))
                                .setServerUnavailable(getTranslation("bukti.unggah.gagal"))));
    }
}
