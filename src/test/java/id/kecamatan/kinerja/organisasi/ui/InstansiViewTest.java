package id.kecamatan.kinerja.organisasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.base.ui.HalamanTidakDitemukan;
import id.kecamatan.kinerja.organisasi.JenisPenugasan;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanJabatan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanPegawai;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Instansi page per role: the Sekcam sets the kepala daerah, the Admin also the assignments, a Kasi may not open
 * it. Saves run inside a transaction that is rolled back, so Meral's data other tests read stays as it is.
 */
class InstansiViewTest extends AbstractUiTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    OrganisasiService organisasiService;

    @Test
    void theSekcamSetsTheKepalaDaerahAndSeesNoAssignments() {
        dalamTransaksiYangDibatalkan(() -> {
            loginAndNavigate("sekcam", "instansi");
            InstansiView view = _get(InstansiView.class);
            assertThat(view.jabatanKepala.getPlaceholder()).isEqualTo("Bupati Karimun");
            assertThat(view.penugasan.isAttached()).isFalse();

            _setValue(view.jabatanKepala, "Bupati Karimun");
            _setValue(view.namaKepala, "Bupati Uji, S.H.");
            _click(view.simpanKepala);

            NotificationsKt.expectNotifications("Kepala daerah tersimpan.");
            assertThat(organisasiService.kepalaDaerah().nama()).isEqualTo("Bupati Uji, S.H.");
        });
    }

    @Test
    void aWrongNipIsRefusedAndWhatWasTypedStays() {
        loginAndNavigate("sekcam", "instansi");
        InstansiView view = _get(InstansiView.class);
        _setValue(view.jabatanKepala, "Bupati Karimun");
        _setValue(view.namaKepala, "Bupati Uji");
        _setValue(view.nipKepala, "1234");

        _click(view.simpanKepala);

        NotificationsKt.expectNotifications("NIP harus 18 angka (spasi boleh), atau kosongkan.");
        assertThat(view.namaKepala.getValue()).isEqualTo("Bupati Uji");
        assertThat(organisasiService.kepalaDaerah().nama()).isNull();
    }

    @Test
    void theAdminAddsAnActingSekcamAndSeesItWithItsPrefix() {
        dalamTransaksiYangDibatalkan(() -> {
            loginAndNavigate("admin", "instansi");
            InstansiView view = _get(InstansiView.class);
            int sebelum = GridKt._size(view.penugasan);
            assertThat(kolom(view.penugasan, "Jabatan")).contains("Camat Meral");

            _click(_get(Button.class, s -> s.withText("Tambah penugasan")));
            Dialog dialog = _get(Dialog.class);
            @SuppressWarnings("unchecked")
            ComboBox<PilihanPegawai> pegawai = _get(dialog, ComboBox.class, s -> s.withLabel("Pegawai"));
            _setValue(
                    pegawai,
                    pegawai.getListDataView()
                            .getItems()
                            .filter(p -> p.nama().startsWith("R. NOVI"))
                            .findFirst()
                            .orElseThrow());
            @SuppressWarnings("unchecked")
            ComboBox<PilihanJabatan> jabatan = _get(dialog, ComboBox.class, s -> s.withLabel("Jabatan"));
            _setValue(
                    jabatan,
                    jabatan.getListDataView()
                            .getItems()
                            .filter(j -> j.nama().equals("Sekretaris Camat Meral"))
                            .findFirst()
                            .orElseThrow());
            @SuppressWarnings("unchecked")
            Select<JenisPenugasan> jenis = _get(dialog, Select.class);
            _setValue(jenis, JenisPenugasan.PLH);
            DatePicker selesai = _get(dialog, DatePicker.class, s -> s.withLabel("Selesai"));
            _setValue(selesai, LocalDate.of(2000, 1, 1));
            _click(_get(dialog, Button.class, s -> s.withText("Simpan")));

            // an end before the start is refused and the dialog keeps the choices
            NotificationsKt.expectNotifications("Tanggal selesai tidak boleh sebelum tanggal mulai.");
            assertThat(dialog.isOpened()).isTrue();

            _setValue(selesai, null);
            _click(_get(dialog, Button.class, s -> s.withText("Simpan")));

            NotificationsKt.expectNotifications("Penugasan tersimpan.");
            assertThat(GridKt._size(view.penugasan)).isEqualTo(sebelum + 1);
            assertThat(kolom(view.penugasan, "Jabatan")).contains("Plh. Sekretaris Camat Meral");
        });
    }

    /** The default run names the Kasubbag Perencanaan; the Sekcam may name none (the Sekcam alone then writes). */
    @Test
    void theSekcamSeesAndChangesThePenyusunLkjip() {
        dalamTransaksiYangDibatalkan(() -> {
            loginAndNavigate("sekcam", "instansi");
            InstansiView view = _get(InstansiView.class);
            assertThat(view.penyusunLkjip.getValue().nama()).isEqualTo("Kepala Subbagian Perencanaan dan Keuangan");

            _setValue(view.penyusunLkjip, null);
            _click(view.simpanPenyusun);

            NotificationsKt.expectNotifications("Penyusun LKjIP tersimpan.");
            assertThat(organisasiService.penyusunLkjip().jabatanId()).isNull();
        });
    }

    @Test
    void aKasiCannotOpenIt() {
        loginAndNavigate("kasi.lh", "instansi");

        _get(HalamanTidakDitemukan.class);
    }

    private void dalamTransaksiYangDibatalkan(Runnable langkah) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            langkah.run();
        });
    }
}
