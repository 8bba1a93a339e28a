package id.kecamatan.kinerja.evaluasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UnduhUji;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.PilihanJabatan;
import id.kecamatan.kinerja.evaluasi.StatusTindakLanjut;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Evaluasi AKIP page for each role, on Meral's evaluation of this year inside a transaction that is rolled back:
 * the Sekcam opens it and answers a kriteria, an answer off the scale is refused with a message, the Camat reads
 * it without a save button; the Sekcam assigns kriteria, the Kasi answers its own with evidence; a Kasi or a staff
 * member with nothing assigned gets the page with a line saying so.
 */
class EvaluasiViewTest extends AbstractUiTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sekcamMembukaEvaluasiDanMenjawabKriteria() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "evaluasi");
            assertThat(menu()).contains("Evaluasi AKIP");
            int tahun = TahunUji.tahunIni();
            _click(_get(Button.class, s -> s.withId("buka-evaluasi")));
            NotificationsKt.expectNotifications("Evaluasi AKIP tahun " + tahun + " dibuka.");
            assertThat(teks(_get(Div.class, s -> s.withId("nilai-akip"))))
                    .isEqualTo("80 dari 80 kriteria belum dinilai");

            Div kriteria = _get(Div.class, s -> s.withId("kriteria-1.a.1"));
            _setValue(jawaban(kriteria, "Jawaban"), "Y");
            _setValue(
                    _get(kriteria, TextArea.class, s -> s.withLabel("Justifikasi")),
                    "Renstra 2021-2026 ditetapkan dengan Keputusan Camat");
            _click(_get(kriteria, Button.class, s -> s.withText("Simpan")));
            NotificationsKt.expectNotifications("Jawaban 1.a.1 tersimpan.");
            assertThat(teks(_get(Div.class, s -> s.withId("nilai-akip"))))
                    .isEqualTo("79 dari 80 kriteria belum dinilai");
            assertThat(teks(_get(Div.class, s -> s.withId("kriteria-1.a.1")))).contains("Diubah oleh");
            // the portal's own data beside the kriteria that names it, linked to its page
            Anchor iku = _get(Anchor.class, s -> s.withText("Data portal: 2 IKU ditetapkan (Tabel IKU)"));
            assertThat(iku.getHref()).isEqualTo("iku");
            // every line of the portal's data has its text (a missing message key shows as !key!)
            assertThat(_find(Anchor.class, s -> s.withClasses("bukti-portal")))
                    .hasSize(13)
                    .allSatisfy(a -> assertThat(a.getText()).doesNotContain("!"));
        });
    }

    @Test
    void camatMembacaTanpaTombolSimpan() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "evaluasi");
            _click(_get(Button.class, s -> s.withId("buka-evaluasi")));
            loginAndNavigate("camat", "iki");
            UI.getCurrent().navigate("evaluasi");
            assertThat(_find(Button.class, s -> s.withId("buka-evaluasi"))).isEmpty();
            Div kriteria = _get(Div.class, s -> s.withId("kriteria-1.a.1"));
            assertThat(_find(kriteria, Button.class)).isEmpty();
            assertThat(jawaban(kriteria, "Jawaban").isReadOnly()).isTrue();
            assertThat(jawaban(kriteria, "Jawaban evaluator").isReadOnly()).isTrue();
            assertThat(_find(Button.class, s -> s.withId("tambah-rekomendasi"))).isEmpty();
        });
    }

    /**
     * The Inspektorat's evaluator lands on this page, sets a final answer beside the office's and writes a
     * recommendation; the Sekcam then records its follow-up.
     */
    @Test
    void evaluatorMenetapkanDanMerekomendasikanSekcamMenindaklanjuti() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            int tahun = TahunUji.tahunIni();
            loginAndNavigate("sekcam", "evaluasi");
            _click(_get(Button.class, s -> s.withId("buka-evaluasi")));
            Div kriteria = _get(Div.class, s -> s.withId("kriteria-1.a.1"));
            _setValue(jawaban(kriteria, "Jawaban"), "Y");
            _click(_get(kriteria, Button.class, s -> s.withText("Simpan")));
            NotificationsKt.clearNotifications();

            loginAndNavigate("evaluator", "iku");
            UI.getCurrent().navigate("evaluasi");
            kriteria = _get(Div.class, s -> s.withId("kriteria-1.a.1"));
            assertThat(jawaban(kriteria, "Jawaban").isReadOnly()).isTrue();
            _setValue(jawaban(kriteria, "Jawaban evaluator"), "T");
            _setValue(
                    _get(kriteria, TextArea.class, s -> s.withLabel("Catatan evaluator")),
                    "SK Renstra belum ditandatangani");
            _click(_get(Button.class, s -> s.withId("tetapkan-1.a.1")));
            assertThat(teks(_get(Div.class, s -> s.withId("nilai-akip-evaluasi"))))
                    .isEqualTo("79 dari 80 kriteria belum ditetapkan evaluator");
            assertThat(teks(_get(Div.class, s -> s.withId("kriteria-1.a.1")))).contains("(APIP)");

            _setValue(_get(TextArea.class, s -> s.withId("rekomendasi-baru")), "Tetapkan Renstra dengan SK Camat");
            _click(_get(Button.class, s -> s.withId("tambah-rekomendasi")));
            NotificationsKt.expectNotifications("Penetapan 1.a.1 tersimpan.", "Rekomendasi tersimpan.");
            NotificationsKt.clearNotifications();
            Div milikEvaluator = _get(Div.class, s -> s.withId("rekomendasi-1"));
            assertThat(teks(milikEvaluator)).contains("Belum ditindaklanjuti", "Rekomendasi APIP oleh");
            // the writer's own, editable until the office starts on it
            assertThat(_get(milikEvaluator, TextArea.class).getValue()).isEqualTo("Tetapkan Renstra dengan SK Camat");

            loginAndNavigate("sekcam", "iku");
            UI.getCurrent().navigate("evaluasi");
            assertThat(jawaban(_get(Div.class, s -> s.withId("kriteria-1.a.1")), "Jawaban evaluator")
                            .isReadOnly())
                    .isTrue();
            Div rekomendasi = _get(Div.class, s -> s.withId("rekomendasi-1"));
            _setValue(_get(rekomendasi, TextArea.class, s -> s.withLabel("Tindak lanjut")), "Rancangan SK disusun");
            _setValue(_get(rekomendasi, DatePicker.class), LocalDate.of(tahun, 12, 31));
            @SuppressWarnings("unchecked")
            Select<StatusTindakLanjut> status1 = _get(rekomendasi, Select.class);
            _setValue(status1, StatusTindakLanjut.PROSES);
            _click(_get(Button.class, s -> s.withId("tindak-lanjut-1")));
            NotificationsKt.expectNotifications("Tindak lanjut tersimpan.");
            assertThat(teks(_get(Div.class, s -> s.withId("rekomendasi-1"))))
                    .contains("Tetapkan Renstra dengan SK Camat", "Dalam proses", "Tindak lanjut dicatat oleh");
        });
    }

    /**
     * The Sekcam assigns a sub-komponen and a single kriteria to the Kasi Pemerintahan; the Kasi sees only those,
     * answers, uploads evidence (a refused file says why, the typed justification stays), downloads it; the Camat
     * reads the assignment and the file.
     */
    @Test
    void sekcamMenugaskanDanKasiMenjawabDenganBukti() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "evaluasi");
            _click(_get(Button.class, s -> s.withId("buka-evaluasi")));
            NotificationsKt.expectNotifications("Evaluasi AKIP tahun " + TahunUji.tahunIni() + " dibuka.");
            PilihanJabatan kasi = new PilihanJabatan(
                    jdbc.queryForObject(
                            "select j.id from jabatan j join instansi i on i.id = j.instansi_id"
                                    + " where i.kode = 'MERAL' and j.kode = 'KASI-PEM'",
                            Long.class),
                    "Kepala Seksi Pemerintahan");

            Div sub = _get(Div.class, s -> s.withId("tugas-sub-1.a"));
            @SuppressWarnings("unchecked")
            Select<PilihanJabatan> semua = _get(sub, Select.class);
            assertThat(semua.getListDataView().getItems())
                    .contains(kasi)
                    .noneMatch(j -> j.nama().equals("Operator Sistem"));
            _setValue(semua, kasi);
            _click(_get(sub, Button.class, s -> s.withText("Tugaskan semua")));
            NotificationsKt.expectNotifications("6 kriteria ditugaskan ke Kepala Seksi Pemerintahan.");
            @SuppressWarnings("unchecked")
            Select<PilihanJabatan> satu = _get(Select.class, s -> s.withId("tugas-1.b.1"));
            _setValue(satu, kasi);
            NotificationsKt.expectNotifications("1 kriteria ditugaskan ke Kepala Seksi Pemerintahan.");
            assertThat(_get(Select.class, s -> s.withId("tugas-1.a.4")).getValue())
                    .isEqualTo(kasi);

            loginAndNavigate("kasi.pemerintahan", "iki");
            UI.getCurrent().navigate("evaluasi");
            assertThat(menu()).contains("Evaluasi AKIP");
            assertThat(teks(_get(Div.class, s -> s.withId("tugas-saya"))))
                    .contains("hanya kriteria yang ditugaskan ke jabatan Anda");
            assertThat(_find(Div.class, s -> s.withClasses("kriteria-lke")))
                    .extracting(Div::getId)
                    .extracting(java.util.Optional::orElseThrow)
                    .containsExactly(
                            "kriteria-1.a.1",
                            "kriteria-1.a.2",
                            "kriteria-1.a.3",
                            "kriteria-1.a.4",
                            "kriteria-1.a.5",
                            "kriteria-1.a.6",
                            "kriteria-1.b.1");
            // no assigning for the Kasi
            assertThat(_find(Select.class, s -> s.withId("tugas-1.a.1"))).isEmpty();
            _assertNone(TugasSubKomponen.class);

            Div kriteria = _get(Div.class, s -> s.withId("kriteria-1.b.1"));
            assertThat(teks(kriteria)).contains("Ditugaskan ke Kepala Seksi Pemerintahan");
            @SuppressWarnings("unchecked")
            Select<String> jawaban = _get(kriteria, Select.class, s -> s.withLabel("Jawaban"));
            _setValue(jawaban, "B");
            TextArea justifikasi = _get(kriteria, TextArea.class, s -> s.withLabel("Justifikasi"));
            _setValue(justifikasi, "Rapat evaluasi dihadiri semua seksi");
            Upload upload = _get(kriteria, Upload.class);
            UploadKt._upload(upload, "notulen rapat.pdf", "application/pdf", BuktiUji.PDF);
            NotificationsKt.expectNotifications("Berkas \"notulen rapat.pdf\" tersimpan sebagai bukti dukung.");
            UploadKt._upload(upload, "notulen.pdf", "application/pdf", BuktiUji.EXE);
            NotificationsKt.expectNotifications("Berkas \"notulen.pdf\" ditolak: isinya bukan PDF, JPG, PNG, XLSX atau"
                    + " DOCX (jenis berkas diperiksa dari isinya, bukan dari namanya). Bukti dukung yang sudah tersimpan"
                    + " tidak berubah.");
            // the upload saved the file, not the answer, and left the typed answer on screen
            assertThat(justifikasi.getValue()).isEqualTo("Rapat evaluasi dihadiri semua seksi");
            Anchor berkas = _get(kriteria, Anchor.class, s -> s.withText("notulen rapat.pdf"));
            assertThat(UnduhUji.jawaban(berkas).getContentAsByteArray()).isEqualTo(BuktiUji.PDF);
            _click(_get(kriteria, Button.class, s -> s.withText("Simpan")));
            NotificationsKt.expectNotifications("Jawaban 1.b.1 tersimpan.");

            loginAndNavigate("camat", "iki");
            UI.getCurrent().navigate("evaluasi");
            Div dibaca = _get(Div.class, s -> s.withId("kriteria-1.b.1"));
            assertThat(teks(dibaca)).contains("Ditugaskan ke Kepala Seksi Pemerintahan", "notulen rapat.pdf");
            assertThat(_find(dibaca, Upload.class)).isEmpty();
            assertThat(_find(dibaca, Button.class)).isEmpty();
            assertThat(_get(dibaca, Select.class, s -> s.withLabel("Jawaban")).isReadOnly())
                    .isTrue();
            assertThat(_find(Select.class, s -> s.withId("tugas-1.b.1"))).isEmpty();
        });
    }

    /** Every role of the office has the page; with nothing assigned it says so and shows no kriteria. */
    @ParameterizedTest
    @ValueSource(strings = {"kasi.pmd", "adm.perizinan"})
    void kasiDanStafTanpaTugasMelihatPesanKosong(String username) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loginAndNavigate("sekcam", "evaluasi");
            _click(_get(Button.class, s -> s.withId("buka-evaluasi")));

            loginAndNavigate(username, "iki");
            UI.getCurrent().navigate("evaluasi");
            assertThat(menu()).contains("Evaluasi AKIP");
            _assertOne(EvaluasiView.class);
            assertThat(teks(_get(Div.class, s -> s.withId("tugas-saya"))))
                    .isEqualTo("Belum ada kriteria evaluasi tahun " + TahunUji.tahunIni()
                            + " yang ditugaskan ke jabatan Anda.");
            assertThat(_find(Div.class, s -> s.withClasses("kriteria-lke"))).isEmpty();
            assertThat(teks(_get(Div.class, s -> s.withId("nilai-akip"))))
                    .isEqualTo("80 dari 80 kriteria belum dinilai");
        });
    }

    @SuppressWarnings("unchecked")
    private static Select<String> jawaban(Div kriteria, String label) {
        return _get(kriteria, Select.class, s -> s.withLabel(label));
    }

    private static String teks(com.vaadin.flow.component.Component komponen) {
        return komponen.getElement().getTextRecursively();
    }
}
