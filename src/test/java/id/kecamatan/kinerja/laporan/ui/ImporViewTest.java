package id.kecamatan.kinerja.laporan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.laporan.BukuUji;
import id.kecamatan.kinerja.laporan.EksporRencana;
import id.kecamatan.kinerja.laporan.ImporRealisasiExcel;
import id.kecamatan.kinerja.laporan.KecamatanUji;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Impor screen: realisasi for indicator owners, the plan for the Admin, errors listed by sheet, row and column. */
class ImporViewTest extends AbstractUiTest {

    private static final String MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ImporRealisasiExcel imporRealisasi;
    @Autowired
    EksporRencana eksporRencana;

    @Test
    void pemilikIndikatorMengimporRealisasiDanMelihatSetiapKesalahan() {
        String kasi = KecamatanUji.kasiPemerintahan(ctx, "UJI-VW");
        loginAndNavigate(kasi, "impor");
        expectView(ImporView.class);
        assertThat(menu()).contains("Impor Excel");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).containsExactly("Unduh template realisasi");
        Upload upload = _get(Upload.class);
        assertThat(upload.getAcceptedFileTypes()).containsExactly(".xlsx");

        byte[] template = imporRealisasi.template(2025, 1).isi();
        UploadKt._upload(upload, "realisasi.xlsx", MIME, BukuUji.ubah(template, buku -> {
            BukuUji.isi(buku, "Realisasi", 3, "H", -1);
            BukuUji.isi(buku, "Realisasi", 8, "C", "IKI-KASI-KESOS-1");
        }));

        @SuppressWarnings("unchecked")
        Grid<Object> galat = _get(Grid.class);
        assertThat(galat.isVisible()).isTrue();
        assertThat(kolom(galat, "Letak")).containsExactly("Lembar Realisasi, baris 3, kolom H",
                "Lembar Realisasi, baris 8, kolom C");
        assertThat(kolom(galat, "Kesalahan").get(1)).isEqualTo("Indikator 'IKI-KASI-KESOS-1' bukan milik jabatan Anda "
                + "(atau tidak ada); hanya indikator Anda sendiri yang dapat diimpor.");
        assertThat(teksHalaman()).contains("Berkas ditolak: 2 kesalahan. Tidak ada yang disimpan");

        UploadKt._upload(upload, "realisasi.xlsx", MIME,
                BukuUji.ubah(template, buku -> BukuUji.isi(buku, "Realisasi", 5, "H", "12,5")));

        NotificationsKt.expectNotifications("Tersimpan sebagai draf: 1 triwulan indikator, 1 nilai komponen yang berubah. "
                + "Periksa dan ajukan di Kinerja Saya.");
        assertThat(galat.isVisible()).isFalse();
    }

    @Test
    void adminMengimporRencanaSebagaiKecamatanBaruDanMelihatAkunnyaSekali() {
        login("admin");
        byte[] meral = eksporRencana.ekspor().isi();
        bukaImpor();
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Unduh template kosong", "Ekspor rencana instansi ini");
        Upload upload = _get(Upload.class);

        UploadKt._upload(upload, "rencana.xlsx", MIME, BukuUji.ubah(BukuUji.sebagaiInstansiBaru(meral, "UJI-VW-RENCANA",
                "Kecamatan Uji Layar"), buku -> BukuUji.isi(buku, "IKI", 7, "D", "KASI-HILANG")));

        @SuppressWarnings("unchecked")
        Grid<Object> galat = _get(Grid.class);
        assertThat(kolom(galat, "Letak")).containsExactly("Lembar IKI, baris 7, kolom D");
        assertThat(kolom(galat, "Kesalahan")).containsExactly("jabatan dengan kode 'KASI-HILANG' tidak ada di lembar Jabatan.");

        UploadKt._upload(upload, "rencana.xlsx", MIME,
                BukuUji.sebagaiInstansiBaru(meral, "UJI-VW-RENCANA", "Kecamatan Uji Layar"));

        assertThat(galat.isVisible()).isFalse();
        assertThat(teksHalaman()).contains("Kecamatan Uji Layar (UJI-VW-RENCANA) diimpor: 7 unit kerja, 12 jabatan, 18 indikator.",
                "Akun admin admin.uji-vw-rencana dibuat dengan password awal ");
    }

    @Test
    void sekcamMengeksporRencanaTetapiTidakMengimpornya() {
        login("sekcam");
        bukaImpor();
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Unduh template realisasi", "Unduh template kosong", "Ekspor rencana instansi ini");
        List<Upload> upload = _find(Upload.class);
        assertThat(upload).as("only the realisasi upload").hasSize(1);
        assertThat(teksHalaman()).contains("Impor sebagai kecamatan baru dilakukan oleh Admin.");
    }

    private static void bukaImpor() {
        UI.getCurrent().navigate("impor");
        expectView(ImporView.class);
    }

    private static String teksHalaman() {
        return _get(ImporView.class).getElement().getTextRecursively();
    }
}
