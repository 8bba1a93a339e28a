package id.kecamatan.kinerja.evaluasi.ui;

import static id.kecamatan.kinerja.evaluasi.ui.EvaluasiView.keterangan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.RekomendasiService;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.BarisRekomendasi;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.CatatTindakLanjut;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.TulisRekomendasi;
import id.kecamatan.kinerja.evaluasi.StatusTindakLanjut;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The recommendations of an evaluation with the office's follow-up: the evaluator (or the Sekcam, internally) writes,
 * changes and withdraws them until the office starts on one; the Sekcam records per recommendation what was done, by
 * when, and how far it is. A recommendation past its due date and not done is marked.
 */
class BagianRekomendasi extends Div {

    private final RekomendasiService service;
    private final LembarEvaluasi lembar;
    private final Runnable muatUlang;
    private final DateTimeFormatter waktu;
    private final DateTimeFormatter tanggal;

    BagianRekomendasi(RekomendasiService service, LembarEvaluasi lembar, Runnable muatUlang, DateTimeFormatter waktu) {
        this.service = service;
        this.lembar = lembar;
        this.muatUlang = muatUlang;
        this.waktu = waktu;
        this.tanggal = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addClassNames("kartu", "bagian-rekomendasi");
        setId("rekomendasi");
        add(new H3(getTranslation("rekomendasi.judul")));
        if (lembar.rekomendasi().isEmpty()) {
            add(keterangan(getTranslation("rekomendasi.kosong")));
        }
        int nomor = 1;
        for (BarisRekomendasi r : lembar.rekomendasi()) {
            add(rekomendasi(nomor++, r));
        }
        if (lembar.bolehMenetapkan()) {
            add(baru());
        }
    }

    private Div rekomendasi(int nomor, BarisRekomendasi r) {
        Div kartu = new Div();
        kartu.addClassName("rekomendasi");
        kartu.setId("rekomendasi-" + nomor);
        Span status = new Span(getTranslation("rekomendasi.status." + r.status()));
        status.addClassNames("etiket", "status-" + r.status().name().toLowerCase(Locale.ROOT));
        Div kepala = new Div(
                new Span(nomor + ". " + (r.kriteria() == null ? getTranslation("rekomendasi.umum") : r.kriteria())),
                status);
        kepala.addClassName("kepala-rekomendasi");
        if (r.terlambat()) {
            Span lewat = new Span(getTranslation("rekomendasi.terlambat"));
            lewat.addClassNames("etiket", "terlambat");
            kepala.add(lewat);
        }
        kartu.add(kepala);
        kartu.add(keterangan(getTranslation(
                r.dariApip() ? "rekomendasi.oleh-apip" : "rekomendasi.oleh-internal",
                r.dibuatOleh(),
                waktu.format(r.dibuatPada()))));
        if (r.bolehDiubah()) {
            kartu.add(ubah(r));
        } else {
            Div isi = new Div(r.isi());
            isi.addClassName("isi-rekomendasi");
            kartu.add(isi);
        }
        if (lembar.bolehMenindaklanjuti()) {
            kartu.add(tindakLanjut(nomor, r));
        } else if (r.tindakLanjut() != null || r.batasWaktu() != null) {
            kartu.add(new Div(getTranslation("rekomendasi.tindak-lanjut") + ": "
                    + (r.tindakLanjut() == null ? "–" : r.tindakLanjut())));
        }
        if (r.batasWaktu() != null && !lembar.bolehMenindaklanjuti()) {
            kartu.add(keterangan(getTranslation("rekomendasi.batas-waktu") + ": " + tanggal.format(r.batasWaktu())));
        }
        if (r.tindakLanjutOleh() != null && r.tindakLanjutPada() != null) {
            kartu.add(keterangan(
                    getTranslation("rekomendasi.dicatat", r.tindakLanjutOleh(), waktu.format(r.tindakLanjutPada()))));
        }
        return kartu;
    }

    /** The writer's own recommendation, editable until the office records a follow-up. */
    private Div ubah(BarisRekomendasi r) {
        TextArea isi = new TextArea();
        // its heading above says what it is; a screen reader needs the name on the field
        isi.setAriaLabel(getTranslation("rekomendasi.isi"));
        isi.setValue(r.isi());
        isi.setMaxLength(RekomendasiService.PANJANG_TEKS);
        isi.setWidthFull();
        Button simpan = new Button(
                getTranslation("rekomendasi.simpan"),
                e -> jalankan(
                        () -> service.tulis(new TulisRekomendasi(
                                lembar.evaluasiId(), r.id(), r.kriteria(), isi.getValue(), r.versi())),
                        getTranslation("rekomendasi.tersimpan")));
        Button tarik = new Button(
                getTranslation("rekomendasi.tarik"),
                e -> jalankan(() -> service.hapus(r.id(), r.versi()), getTranslation("rekomendasi.ditarik")));
        tarik.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new Div(isi, simpan, tarik);
    }

    private Div tindakLanjut(int nomor, BarisRekomendasi r) {
        TextArea uraian = new TextArea(getTranslation("rekomendasi.tindak-lanjut"));
        uraian.setValue(r.tindakLanjut() == null ? "" : r.tindakLanjut());
        uraian.setMaxLength(RekomendasiService.PANJANG_TEKS);
        uraian.setWidthFull();
        DatePicker batas = new DatePicker(getTranslation("rekomendasi.batas-waktu"));
        batas.setValue(r.batasWaktu());
        Select<StatusTindakLanjut> status = new Select<>();
        status.setLabel(getTranslation("rekomendasi.status"));
        status.setItems(StatusTindakLanjut.values());
        status.setItemLabelGenerator(s -> getTranslation("rekomendasi.status." + s));
        status.setValue(r.status());
        Button simpan = new Button(
                getTranslation("rekomendasi.simpan-tindak-lanjut"),
                e -> jalankan(
                        () -> service.catatTindakLanjut(new CatatTindakLanjut(
                                r.id(), uraian.getValue(), batas.getValue(), status.getValue(), r.versi())),
                        getTranslation("rekomendasi.tindak-lanjut-tersimpan")));
        simpan.setId("tindak-lanjut-" + nomor);
        Div baris = new Div(batas, status);
        baris.addClassName("baris-isian");
        Div form = new Div(uraian, baris, simpan);
        form.addClassName("tindak-lanjut");
        return form;
    }

    private Div baru() {
        Select<String> kriteria = new Select<>();
        kriteria.setLabel(getTranslation("rekomendasi.kriteria"));
        List<String> pilihan = new ArrayList<>(List.of(""));
        lembar.semuaKriteria().forEach(kr -> pilihan.add(kr.kode()));
        kriteria.setItems(pilihan);
        kriteria.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("rekomendasi.umum") : k);
        kriteria.setValue("");
        TextArea isi = new TextArea(getTranslation("rekomendasi.isi"));
        isi.setMaxLength(RekomendasiService.PANJANG_TEKS);
        isi.setWidthFull();
        isi.setId("rekomendasi-baru");
        Button tambah = new Button(
                getTranslation("rekomendasi.tambah"),
                e -> jalankan(
                        () -> service.tulis(new TulisRekomendasi(
                                lembar.evaluasiId(), null, kriteria.getValue(), isi.getValue(), 0)),
                        getTranslation("rekomendasi.tersimpan")));
        tambah.setId("tambah-rekomendasi");
        tambah.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new Div(getTranslation("rekomendasi.baru")), kriteria, isi, tambah);
        form.addClassName("rekomendasi-baru");
        return form;
    }

    /** Runs a change; a refusal or a conflict keeps what was typed on screen, a success shows the page anew. */
    private void jalankan(Runnable aksi, String berhasil) {
        try {
            aksi.run();
            Pemberitahuan.berhasil(berhasil);
            muatUlang.run();
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("rekomendasi.konflik"));
        }
    }
}
