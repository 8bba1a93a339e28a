package id.kecamatan.kinerja.anggaran.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.anggaran.ImporAnggaranExcel;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.BukuUji;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The budget page per role: the Sekcam builds a program down to a sub-kegiatan and sees its serapan; a refused amount
 * keeps the dialog; a Kasi reads without buttons. Writes run inside a transaction that is rolled back.
 */
class AnggaranViewTest extends AbstractUiTest {

    /**
     * This year, which the year picker offers. Not claimed: every write here is rolled back, and no class commits a
     * budget row of Meral.
     */
    static final int TAHUN = TahunUji.tahunIni();

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ImporAnggaranExcel impor;

    @Test
    void theSekcamBuildsAProgramDownToASubKegiatanAndSeesItsSerapan() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "anggaran");
            AnggaranView view = _get(AnggaranView.class);
            _setValue(view.tahun, TAHUN);
            _setValue(view.sampai, Triwulan.II);
            assertThat(view.ringkasan.getText()).isEqualTo("Belum ada anggaran tahun " + TAHUN + ".");

            _click(_get(Button.class, s -> s.withText("Tambah program")));
            isiDanSimpan("7.01.01", "Program Penunjang Urusan Pemerintahan Daerah");
            NotificationsKt.expectNotifications("7.01.01 tersimpan.");

            _click(tombolBaris(view, 0, "Tambah kegiatan"));
            isiDanSimpan("7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja");
            NotificationsKt.expectNotifications("7.01.01.2.01 tersimpan.");
            _click(tombolBaris(view, 1, "Tambah sub kegiatan"));
            Dialog dialog = _get(Dialog.class);
            _setValue(_get(dialog, TextField.class, s -> s.withLabel("Pagu (Rp)")), "12.500.000");
            _setValue(_get(dialog, TextField.class, s -> s.withLabel("Realisasi TW I (Rp)")), "-5");
            isiDanSimpan("7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah");

            // a minus sign (pasted: the field does not let one be typed) is refused naming the field; the dialog stays
            NotificationsKt.expectNotifications("Realisasi TW I (Rp): Nilai tidak boleh negatif.");
            assertThat(dialog.isOpened()).isTrue();
            _setValue(_get(dialog, TextField.class, s -> s.withLabel("Realisasi TW I (Rp)")), "2.500.000");
            _setValue(_get(dialog, TextField.class, s -> s.withLabel("Realisasi TW II (Rp)")), "3.125.000,50");
            _click(_get(dialog, Button.class, s -> s.withText("Simpan")));

            assertThat(GridKt._size(view.grid)).isEqualTo(3);
            // (2.500.000 + 3.125.000,50) / 12.500.000 = 45,00004 %
            assertThat(kolom(view.grid, "Serapan")).containsOnly("45,00 %");
            assertThat(GridKt._getFormatted(view.grid, 0, "pagu")).isEqualTo("12.500.000,00");
            assertThat(GridKt._getFormatted(view.grid, 0, "jumlah")).isEqualTo("5.625.000,50");
            assertThat(view.ringkasan.getText())
                    .isEqualTo("Pagu Rp 12.500.000,00; realisasi sampai triwulan II Rp 5.625.000,50; serapan 45,00 %.");
        });
    }

    @Test
    void theSekcamImportsAFileAfterItsErrorsAreListedAndNothingOfTheBadOneIsSaved() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "anggaran");
            AnggaranView view = _get(AnggaranView.class);
            _setValue(view.tahun, TAHUN);
            byte[] template = impor.template(TAHUN).isi();
            Upload upload = _get(Upload.class);

            UploadKt._upload(upload, "anggaran.xlsx", BukuKerja.MIME, BukuUji.ubah(template, buku -> {
                baris(buku, 3, "PROGRAM", "P1", "Program Penunjang", null, "SK-TIDAK-ADA");
                baris(buku, 4, "KEGIATAN", "P1.K1", "Kegiatan", "P1", null);
            }));

            @SuppressWarnings("unchecked")
            Grid<GalatImpor> galat = _get(Grid.class, s -> s.withClasses("daftar-galat"));
            assertThat(kolom(galat, "Letak")).containsExactly("Lembar Anggaran, baris 3, kolom F");
            assertThat(GridKt._size(view.grid)).isZero();

            UploadKt._upload(upload, "anggaran.xlsx", BukuKerja.MIME, BukuUji.ubah(template, buku -> {
                baris(buku, 3, "PROGRAM", "P1", "Program Penunjang", null, "SK-ADM-KANTOR");
                baris(buku, 4, "KEGIATAN", "P1.K1", "Kegiatan", "P1", null);
            }));

            NotificationsKt.expectNotifications("Anggaran tersimpan: 2 baris baru, 0 baris diubah.");
            assertThat(galat.isVisible()).isFalse();
            List<String> uraian = kolom(view.grid, "Program / Kegiatan / Sub Kegiatan");
            assertThat(uraian.getFirst()).startsWith("P1 Program Penunjang").contains("Mendukung: SK-ADM-KANTOR");
            assertThat(uraian.get(1)).isEqualTo("P1.K1 Kegiatan");
        });
    }

    @Test
    void aKasiReadsTheBudgetWithoutButtonsToChangeIt() {
        loginAndNavigate("kasi.lh", "anggaran");

        _get(AnggaranView.class);
        _assertNone(Button.class, s -> s.withText("Tambah program"));
    }

    private static void baris(
            XSSFWorkbook buku, int baris, String tingkat, String kode, String nama, String induk, String sasaran) {
        BukuUji.isi(buku, "Anggaran", baris, "A", TAHUN);
        BukuUji.isi(buku, "Anggaran", baris, "B", tingkat);
        BukuUji.isi(buku, "Anggaran", baris, "C", kode);
        BukuUji.isi(buku, "Anggaran", baris, "D", nama);
        if (induk != null) {
            BukuUji.isi(buku, "Anggaran", baris, "E", induk);
        }
        if (sasaran != null) {
            BukuUji.isi(buku, "Anggaran", baris, "F", sasaran);
        }
    }

    private static void isiDanSimpan(String kode, String nama) {
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Kode")), kode);
        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("Nama")), nama);
        _click(_get(dialog, Button.class, s -> s.withText("Simpan")));
    }

    /** A row's icon button, found by its label. */
    private static Button tombolBaris(AnggaranView view, int baris, String label) {
        return _get(komponenSel(view.grid, baris, "Tindakan"), Button.class, s -> s.withAttribute("aria-label", label));
    }
}
