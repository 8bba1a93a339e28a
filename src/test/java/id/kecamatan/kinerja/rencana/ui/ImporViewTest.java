package id.kecamatan.kinerja.rencana.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.excel.BukuUji;
import id.kecamatan.kinerja.base.ui.UnggahExcel;
import id.kecamatan.kinerja.realisasi.ImporRealisasiExcel;
import id.kecamatan.kinerja.rencana.EksporRencana;
import id.kecamatan.kinerja.rencana.KecamatanUji;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** The Impor screen: realisasi for indicator owners, the plan for the Admin, errors listed by sheet, row and column. */
class ImporViewTest extends AbstractUiTest {

    private static final String MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The kecamatan of the realisasi imports (KecamatanUji), and the one the plan import makes. */
    private static final String KODE = InstansiUji.milik(ImporViewTest.class, "UJI-VW");

    private static final String KODE_RENCANA = InstansiUji.milik(ImporViewTest.class, "UJI-VW-RENCANA");

    @Autowired
    ImporRealisasiExcel imporRealisasi;

    @Autowired
    EksporRencana eksporRencana;

    @Test
    void pemilikIndikatorMengimporRealisasiDanMelihatSetiapKesalahan() {
        String kasi = KecamatanUji.kasiPemerintahan(ctx, KODE);
        loginAndNavigate(kasi, "impor");
        expectView(ImporView.class);
        assertThat(menu()).contains("Impor Excel");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).containsExactly("Unduh template realisasi");
        Upload upload = _get(Upload.class);
        assertThat(upload.getAcceptedFileTypes()).containsExactly(".xlsx");

        byte[] template = imporRealisasi.template(2025, Triwulan.I).isi();
        UploadKt._upload(upload, "realisasi.xlsx", MIME, BukuUji.ubah(template, buku -> {
            BukuUji.isi(buku, "Realisasi", 3, "H", -1);
            BukuUji.isi(buku, "Realisasi", 8, "C", "IKI-KASI-KESOS-1");
        }));

        @SuppressWarnings("unchecked")
        Grid<Object> galat = _get(Grid.class);
        assertThat(galat.isVisible()).isTrue();
        assertThat(kolom(galat, "Letak"))
                .containsExactly("Lembar Realisasi, baris 3, kolom H", "Lembar Realisasi, baris 8, kolom C");
        assertThat(kolom(galat, "Kesalahan").get(1))
                .isEqualTo("Indikator 'IKI-KASI-KESOS-1' bukan milik jabatan Anda "
                        + "(atau tidak ada); hanya indikator Anda sendiri yang dapat diimpor.");
        assertThat(teksHalaman()).contains("Berkas ditolak: 2 kesalahan. Tidak ada yang disimpan");

        UploadKt._upload(
                upload,
                "realisasi.xlsx",
                MIME,
                BukuUji.ubah(template, buku -> BukuUji.isi(buku, "Realisasi", 5, "H", "12,5")));

        NotificationsKt.expectNotifications(
                "Tersimpan sebagai draf: 1 triwulan indikator, 1 nilai komponen yang berubah. "
                        + "Periksa dan ajukan di Kinerja Saya.");
        assertThat(galat.isVisible()).isFalse();
    }

    /**
     * The browser reports "upload-start" and sends the file on two connections: the screen waits from whichever
     * comes first until the outcome is shown, then stops polling, and a start event that arrives after the outcome
     * (a small file is checked at once) neither hides it nor starts polling again.
     */
    @Test
    void layarMenungguSampaiHasilTampilApapunUrutanPeristiwaUnggah() {
        String kasi = KecamatanUji.kasiPemerintahan(ctx, KODE);
        loginAndNavigate(kasi, "impor");
        Upload upload = _get(Upload.class);
        // hidden until a file is checked, where Karibu's locators do not look
        ProgressBar kemajuan = (ProgressBar) _get(UnggahExcel.class)
                .getChildren()
                .filter(ProgressBar.class::isInstance)
                .findFirst()
                .orElseThrow();
        byte[] bukanExcel = "%PDF-1.4 bukan buku kerja".getBytes(StandardCharsets.US_ASCII);

        peristiwa(upload, "upload-start");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(400);
        assertThat(kemajuan.isVisible()).isTrue();
        assertThat(teksHalaman()).contains("Memeriksa berkas…");
        UploadKt._upload(upload, "x.xlsx", MIME, bukanExcel);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(kemajuan.isVisible()).isFalse();
        assertThat(teksHalaman()).contains("Berkas ditolak: 1 kesalahan").doesNotContain("Memeriksa berkas…");

        // the next file is checked before its start event is processed
        UploadKt._upload(upload, "x.xlsx", MIME, bukanExcel);
        peristiwa(upload, "upload-start");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(kemajuan.isVisible()).isFalse();
        assertThat(teksHalaman()).contains("Berkas ditolak: 1 kesalahan").doesNotContain("Memeriksa berkas…");

        // an upload the browser gives up on before the server sees it
        peristiwa(upload, "upload-start");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(400);
        peristiwa(upload, "upload-error");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(kemajuan.isVisible()).isFalse();
    }

    @Test
    void adminMengimporRencanaSebagaiKecamatanBaruDanMelihatAkunnyaSekali() {
        login("admin");
        byte[] meral = eksporRencana.ekspor().isi();
        bukaImpor();
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getText)
                .containsExactly("Unduh template kosong", "Ekspor rencana instansi ini");
        Upload upload = _get(Upload.class);

        UploadKt._upload(
                upload,
                "rencana.xlsx",
                MIME,
                BukuUji.ubah(
                        BukuUji.sebagaiInstansiBaru(meral, KODE_RENCANA, "Kecamatan Uji Layar"),
                        buku -> BukuUji.isi(buku, "IKI", 7, "D", "KASI-HILANG")));

        @SuppressWarnings("unchecked")
        Grid<Object> galat = _get(Grid.class);
        assertThat(kolom(galat, "Letak")).containsExactly("Lembar IKI, baris 7, kolom D");
        assertThat(kolom(galat, "Kesalahan"))
                .containsExactly("jabatan dengan kode 'KASI-HILANG' tidak ada di lembar Jabatan.");

        UploadKt._upload(
                upload, "rencana.xlsx", MIME, BukuUji.sebagaiInstansiBaru(meral, KODE_RENCANA, "Kecamatan Uji Layar"));

        assertThat(galat.isVisible()).isFalse();
        assertThat(teksHalaman())
                .contains(
                        "Kecamatan Uji Layar (UJI-VW-RENCANA) diimpor: 7 unit kerja, 12 jabatan, 18 indikator.",
                        "Akun admin admin.uji-vw-rencana dibuat dengan password awal ");
    }

    @Test
    void sekcamMengeksporRencanaTetapiTidakMengimpornya() {
        login("sekcam");
        bukaImpor();
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getText)
                .containsExactly("Unduh template realisasi", "Unduh template kosong", "Ekspor rencana instansi ini");
        List<Upload> upload = _find(Upload.class);
        assertThat(upload).as("only the realisasi upload").hasSize(1);
        assertThat(teksHalaman()).contains("Impor sebagai kecamatan baru dilakukan oleh Admin.");
    }

    /** An event of the browser's upload element, as the client sends it when no other file is uploading. */
    private static void peristiwa(Upload upload, String nama) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("element.files.some(file => file.uploading)", false);
        ElementUtilsKt._fireDomEvent(upload.getElement(), new DomEvent(upload.getElement(), nama, data));
    }

    private static void bukaImpor() {
        UI.getCurrent().navigate("impor");
        expectView(ImporView.class);
    }

    private static String teksHalaman() {
        return _get(ImporView.class).getElement().getTextRecursively();
    }
}
