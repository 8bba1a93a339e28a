package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.ui.PanelBukti;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.KomponenIsian;
import id.kecamatan.kinerja.realisasi.RealisasiService.Pratinjau;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The buffered editor of one quarter of one indicator: an input per komponen (numerator and denominator, one
 * count per komponen, or the value itself), realisasi and capaian computed by the service as the user types,
 * kendala and keterangan. Nothing is written until "Simpan"; a refused save keeps everything typed.
 * Bukti dukung are the exception: each file is stored as it arrives, on a saved row, so a new row is saved as
 * a draft before files can be attached.
 */
class EditorRealisasi extends Dialog {

    private final RealisasiService service;
    private final BarisKinerja baris;
    private final Periode periode;
    /** The version this editor last loaded or saved; a save against an older one is a conflict. */
    private @Nullable Long versi;

    private final Runnable setelahSimpan;
    private final Map<String, TextField> isian = new LinkedHashMap<>();
    private final Div pratinjau = new Div();
    private final TextArea kendala = new TextArea();
    private final TextArea keterangan = new TextArea();

    EditorRealisasi(
            RealisasiService service,
            BuktiDukungService buktiService,
            BarisKinerja baris,
            Periode periode,
            @Nullable SelTriwulan sel,
            Runnable setelahSimpan) {
        this.service = service;
        this.baris = baris;
        this.periode = periode;
        this.versi = sel == null ? null : sel.versi();
        this.setelahSimpan = setelahSimpan;
        setHeaderTitle(getTranslation(
                "kinerja.editor.judul",
                baris.nama(),
                getTranslation("triwulan." + periode.triwulan().nomor()),
                periode.tahun()));
        setWidth("40rem");

        VerticalLayout isi = new VerticalLayout();
        isi.setPadding(false);
        if (sel != null && sel.catatanVerifikator() != null) {
            Div catatan = new Div(getTranslation("kinerja.catatan-verifikator", sel.catatanVerifikator()));
            catatan.addClassName("peringatan");
            isi.add(catatan);
        }
        for (KomponenIsian k : baris.komponen()) {
            TextField field = new TextField(
                    getTranslation("kinerja.komponen", getTranslation("peran-komponen." + k.peran()), k.nama()));
            field.setSuffixComponent(new Div(k.satuan()));
            field.setWidthFull();
            field.setValueChangeMode(ValueChangeMode.LAZY);
            IsianAngka.papanAngka(field);
            if (sel != null) {
                field.setValue(FormatAngka.formatIsian(sel.nilai().get(k.kode())));
            }
            field.addValueChangeListener(e -> hitungUlang());
            isian.put(k.kode(), field);
            isi.add(field);
        }
        pratinjau.addClassName("pratinjau");
        kendala.setLabel(getTranslation("kinerja.kendala"));
        keterangan.setLabel(getTranslation("kinerja.keterangan"));
        for (TextArea area : List.of(kendala, keterangan)) {
            area.setWidthFull();
            area.setMaxLength(2000);
        }
        if (sel != null) {
            kendala.setValue(sel.kendala() == null ? "" : sel.kendala());
            keterangan.setValue(sel.keterangan() == null ? "" : sel.keterangan());
        }
        isi.add(pratinjau, kendala, keterangan, new H4(getTranslation("bukti.judul")));
        if (sel == null) {
            Div simpanDulu = new Div(getTranslation("bukti.simpan-dulu"));
            simpanDulu.addClassName("keterangan-kecil");
            isi.add(simpanDulu);
        } else {
            isi.add(new PanelBukti(
                    (nama, berkas) -> buktiService.unggah(sel.realisasiId(), nama, berkas),
                    () -> buktiService.daftar(sel.realisasiId()),
                    buktiService::unduh,
                    buktiService.daftar(sel.realisasiId())));
        }
        add(isi);

        Button simpan = new Button(getTranslation("kinerja.simpan-draf"), e -> simpan(false));
        Button ajukan = new Button(getTranslation("kinerja.simpan-ajukan"), e -> simpan(true));
        ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("umum.batal"), e -> close()), simpan, ajukan);
        hitungUlang();
    }

    private void hitungUlang() {
        Map<String, @Nullable BigDecimal> nilai = IsianAngka.baca(isian);
        if (nilai == null) {
            pratinjau.setText(getTranslation("kinerja.pratinjau.tidak-sah"));
            return;
        }
        Pratinjau hasil = service.pratinjau(baris.indikatorId(), periode, nilai);
        pratinjau.setText(getTranslation(
                "kinerja.pratinjau",
                TampilanRealisasi.teks(this, hasil.realisasi(), baris.satuan()),
                TampilanRealisasi.teks(this, hasil.capaian(), "%")));
    }

    private void simpan(boolean ajukan) {
        Map<String, @Nullable BigDecimal> nilai = IsianAngka.baca(isian);
        if (nilai == null) {
            Pemberitahuan.galat(getTranslation("kinerja.perbaiki-isian"));
            return;
        }
        SelTriwulan tersimpan;
        try {
            tersimpan = service.simpanDraf(new SimpanDraf(
                    baris.indikatorId(), periode, nilai, kendala.getValue(), keterangan.getValue(), versi));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("kinerja.konflik"));
            return;
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            return;
        }
        versi = tersimpan.versi();
        try {
            if (ajukan) {
                service.ajukan(List.of(tersimpan.realisasiId()));
            }
            Pemberitahuan.berhasil(getTranslation(ajukan ? "kinerja.diajukan" : "kinerja.tersimpan"));
            close();
        } catch (AturanDilanggar ditolak) {
            // the draft is saved; only the submission was refused, and the form stays open to complete it
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } finally {
            setelahSimpan.run();
        }
    }
}
