package id.kecamatan.kinerja.pengukuran.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.ui.KonverterAngka;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.base.ui.UnduhExcel.Ekspor;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.capaian.Perhitungan;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService.BarisPengaturan;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService.UbahIndikator;
import id.kecamatan.kinerja.pengukuran.DataRollup.PitaData;
import id.kecamatan.kinerja.pengukuran.JenisPredikat;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService.AturanBerlaku;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * How the figures are computed and rolled up (issue 4), for the Sekcam and the Admin: formula, aggregation,
 * polarity and weight per indicator; the cascade of IKI to IKU with weights; the score cap and the predikat
 * tables; how NEGATIF indicators are measured (issue 17). Each save is checked by the services; a refusal keeps
 * what was typed.
 */
@Route("pengaturan-capaian")
@Menu(title = "menu.pengaturan-capaian", order = 8, icon = "vaadin:cogs")
@RolesAllowed({"SEKCAM", "ADMIN"})
public class PengaturanCapaianView extends VerticalLayout implements HasDynamicTitle {

    /** The editor's copy of an indicator's settings. */
    static final class Isian {
        final BarisPengaturan baris;
        JenisFormula formula;
        Agregasi agregasi;
        Polaritas polaritas;
        String rumus;
        BigDecimal bobot;
        boolean dariLke;

        Isian(BarisPengaturan baris) {
            this.baris = baris;
            formula = baris.formula();
            agregasi = baris.agregasi();
            polaritas = baris.polaritas();
            rumus = baris.rumus() == null ? "" : baris.rumus();
            bobot = baris.bobot();
            dariLke = baris.dariLke();
        }
    }

    /** The sample of the convention's explanation: T = 10, R = 8 gives 120 % by the mirror and 125 % inverse. */
    private static final String CONTOH_TARGET = "10";

    private static final String CONTOH_REALISASI = "8";

    private final PengaturanIndikatorService indikatorService;
    private final PengaturanSkorService skorService;
    final Grid<Isian> grid = new Grid<>();
    private final Div skor = new Div();

    public PengaturanCapaianView(
            PengaturanIndikatorService indikatorService, PengaturanSkorService skorService, PekerjaanLatar latar) {
        this.indikatorService = indikatorService;
        this.skorService = skorService;
        setWidthFull();
        Paragraph keterangan = new Paragraph(getTranslation("pengaturan.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        susunGrid();
        // the settings below the grid take the page's width, so on a phone they wrap within it
        skor.setWidthFull();
        add(keterangan, unduhan(latar), grid, skor);
        muat();
    }

    private void susunGrid() {
        Binder<Isian> binder = new Binder<>();
        Editor<Isian> editor = grid.getEditor();
        editor.setBinder(binder);
        editor.setBuffered(true);

        grid.addColumn(i -> i.baris.kode() + " · " + i.baris.nama())
                .setHeader(getTranslation("kinerja.indikator"))
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(i -> i.baris.pemilik())
                .setHeader(getTranslation("persetujuan.jabatan"))
                .setWidth("10rem");
        grid.addColumn(i -> String.join(", ", i.baris.komponen()))
                .setHeader(getTranslation("pengaturan.komponen"))
                .setWidth("12rem");

        Select<JenisFormula> formula = pilihan(JenisFormula.values(), v -> getTranslation("formula." + v.name()));
        binder.forField(formula).bind(i -> i.formula, (i, v) -> i.formula = v);
        grid.addColumn(i -> getTranslation("formula." + i.formula.name()))
                .setHeader(getTranslation("pengaturan.formula"))
                .setWidth("9rem")
                .setEditorComponent(formula)
                .setKey("formula");
        TextField rumus = new TextField();
        rumus.setWidthFull();
        rumus.setMaxLength(500);
        binder.forField(rumus).bind(i -> i.rumus, (i, v) -> i.rumus = v);
        grid.addColumn(i -> i.rumus)
                .setHeader(getTranslation("pengaturan.rumus"))
                .setWidth("9rem")
                .setEditorComponent(rumus);
        Select<Agregasi> agregasi = pilihan(Agregasi.values(), v -> getTranslation("agregasi." + v.name()));
        binder.forField(agregasi).bind(i -> i.agregasi, (i, v) -> i.agregasi = v);
        grid.addColumn(i -> getTranslation("agregasi." + i.agregasi.name()))
                .setHeader(getTranslation("pengaturan.agregasi"))
                .setWidth("9rem")
                .setEditorComponent(agregasi);
        Select<Polaritas> polaritas = pilihan(Polaritas.values(), v -> getTranslation("polaritas." + v.name()));
        binder.forField(polaritas).bind(i -> i.polaritas, (i, v) -> i.polaritas = v);
        grid.addColumn(i -> getTranslation("polaritas." + i.polaritas.name()))
                .setHeader(getTranslation("pengaturan.polaritas"))
                .setWidth("9rem")
                .setEditorComponent(polaritas);
        TextField bobot = new TextField();
        bobot.setWidthFull();
        binder.forField(bobot).withConverter(new KonverterAngka()).bind(i -> i.bobot, (i, v) -> i.bobot = v);
        editor.addOpenListener(e -> bobot.setEnabled(e.getItem().baris.jenis() == JenisIndikator.IKU));
        grid.addColumn(i -> i.baris.jenis() == JenisIndikator.IKU ? FormatAngka.format(i.bobot) : "–")
                .setHeader(getTranslation("pengaturan.bobot-iku"))
                .setWidth("6rem")
                .setFlexGrow(0)
                .setEditorComponent(bobot);
        Checkbox dariLke = new Checkbox();
        dariLke.setAriaLabel(getTranslation("pengaturan.dari-lke"));
        binder.forField(dariLke).bind(i -> i.dariLke, (i, v) -> i.dariLke = v);
        editor.addOpenListener(e -> dariLke.setEnabled(e.getItem().baris.jenis() == JenisIndikator.IKU));
        grid.addColumn(i -> i.dariLke ? getTranslation("umum.ya") : "")
                .setHeader(getTranslation("pengaturan.dari-lke"))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setEditorComponent(dariLke)
                .setKey("dariLke");
        grid.addComponentColumn(this::cascade)
                .setHeader(getTranslation("pengaturan.cascade"))
                .setWidth("12rem");

        Button simpan = new Button(VaadinIcon.CHECK.create(), e -> editor.save());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
        simpan.setAriaLabel(getTranslation("pengaturan.simpan"));
        simpan.setTooltipText(getTranslation("pengaturan.simpan"));
        Button batal = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> editor.cancel());
        batal.addThemeVariants(ButtonVariant.LUMO_ICON);
        batal.setAriaLabel(getTranslation("umum.batal"));
        HorizontalLayout tombolEditor = new HorizontalLayout(simpan, batal);
        tombolEditor.setSpacing(false);
        grid.addComponentColumn(i -> new Button(getTranslation("kinerja.ubah"), e -> {
                    if (editor.isOpen()) {
                        editor.cancel();
                    }
                    editor.editItem(i);
                }))
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setEditorComponent(tombolEditor)
                .setKey("ubah");
        editor.addSaveListener(e -> simpan(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setWidthFull();
        grid.setHeight("36rem");
        grid.setMinHeight("36rem");
    }

    /** The indicator settings as the grid shows them; enum names are translated here, on the screen's thread. */
    private UnduhExcel<BarisPengaturan> unduhan(PekerjaanLatar latar) {
        Map<Enum<?>, String> nama = new LinkedHashMap<>();
        for (JenisFormula f : JenisFormula.values()) {
            nama.put(f, getTranslation("formula." + f.name()));
        }
        for (Agregasi a : Agregasi.values()) {
            nama.put(a, getTranslation("agregasi." + a.name()));
        }
        for (Polaritas p : Polaritas.values()) {
            nama.put(p, getTranslation("polaritas." + p.name()));
        }
        return new UnduhExcel<BarisPengaturan>(
                        latar,
                        "pengaturan-capaian",
                        () -> new Ekspor<>(
                                List.of(getTranslation("menu.pengaturan-capaian")), indikatorService::daftar))
                .kolom(getTranslation("kinerja.indikator"), b -> b.kode() + " · " + b.nama())
                .kolom(getTranslation("persetujuan.jabatan"), BarisPengaturan::pemilik)
                .kolom(getTranslation("pengaturan.komponen"), b -> String.join(", ", b.komponen()))
                .kolom(getTranslation("pengaturan.formula"), b -> nama.get(b.formula()))
                .kolom(getTranslation("pengaturan.rumus"), BarisPengaturan::rumus)
                .kolom(getTranslation("pengaturan.agregasi"), b -> nama.get(b.agregasi()))
                .kolom(getTranslation("pengaturan.polaritas"), b -> nama.get(b.polaritas()))
                .kolom(getTranslation("pengaturan.bobot-iku"), b -> b.jenis() == JenisIndikator.IKU ? b.bobot() : null)
                .kolom(getTranslation("pengaturan.dari-lke"), b -> b.dariLke() ? getTranslation("umum.ya") : null)
                .kolom(
                        getTranslation("pengaturan.cascade"),
                        b -> b.cascade().stream()
                                .map(t -> t.ikuKode() + " (" + FormatAngka.format(t.bobot()) + ")")
                                .collect(Collectors.joining(", ")));
    }

    private static <T> Select<T> pilihan(T[] nilai, ItemLabelGenerator<T> label) {
        Select<T> select = new Select<>();
        select.setItems(nilai);
        select.setItemLabelGenerator(label);
        select.setWidthFull();
        return select;
    }

    private void simpan(Isian isian) {
        try {
            indikatorService.simpan(new UbahIndikator(
                    isian.baris.id(),
                    isian.baris.versi(),
                    isian.formula,
                    isian.agregasi,
                    isian.polaritas,
                    isian.rumus,
                    isian.bobot,
                    isian.dariLke));
            Pemberitahuan.berhasil(getTranslation("pengaturan.tersimpan", isian.baris.kode()));
            muat();
        } catch (AturanDilanggar ditolak) {
            gagal(isian, getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            gagal(isian, getTranslation("pengaturan.konflik"));
        }
    }

    /** The buffered editor has closed after "save": reopen it on the same values so nothing typed is lost. */
    private void gagal(Isian isian, String pesan) {
        Pemberitahuan.galat(pesan);
        grid.getEditor().editItem(isian);
    }

    private Component cascade(Isian isian) {
        if (isian.baris.jenis() != JenisIndikator.IKI) {
            return new Div();
        }
        String teks = isian.baris.cascade().isEmpty()
                ? getTranslation("pengaturan.tanpa-cascade")
                : isian.baris.cascade().stream()
                        .map(t -> t.ikuKode() + " (" + FormatAngka.format(t.bobot()) + ")")
                        .collect(Collectors.joining(", "));
        Button ubah = new Button(VaadinIcon.EDIT.create(), e -> dialogCascade(isian.baris));
        ubah.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        ubah.setAriaLabel(getTranslation("pengaturan.ubah-cascade"));
        ubah.setTooltipText(getTranslation("pengaturan.ubah-cascade"));
        HorizontalLayout sel = new HorizontalLayout(new Div(teks), ubah);
        sel.setAlignItems(Alignment.CENTER);
        return sel;
    }

    /** One weight field per IKU; an empty field means the IKI does not support that IKU. */
    void dialogCascade(BarisPengaturan iki) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pengaturan.cascade-judul", iki.kode()));
        Map<Long, TextField> bobot = new LinkedHashMap<>();
        VerticalLayout isi = new VerticalLayout();
        isi.add(new Paragraph(getTranslation("pengaturan.cascade-petunjuk")));
        for (Isian iku : grid.getGenericDataView()
                .getItems()
                .filter(i -> i.baris.jenis() == JenisIndikator.IKU)
                .toList()) {
            TextField field = new TextField(iku.baris.kode() + " · " + iku.baris.nama());
            field.setWidthFull();
            iki.cascade().stream()
                    .filter(t -> t.ikuId().equals(iku.baris.id()))
                    .findFirst()
                    .ifPresent(t -> field.setValue(FormatAngka.formatIsian(t.bobot())));
            bobot.put(iku.baris.id(), field);
            isi.add(field);
        }
        dialog.add(isi);
        Button simpan = new Button(getTranslation("pengaturan.simpan"), e -> {
            Map<Long, BigDecimal> nilai = new LinkedHashMap<>();
            try {
                for (Map.Entry<Long, TextField> f : bobot.entrySet()) {
                    f.getValue().setInvalid(false);
                    BigDecimal angka = angka(f.getValue());
                    if (angka != null) {
                        nilai.put(f.getKey(), angka);
                    }
                }
                indikatorService.simpanCascade(iki.id(), nilai);
                Pemberitahuan.berhasil(getTranslation("pengaturan.cascade-tersimpan", iki.kode()));
                dialog.close();
                muat();
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), simpan);
        dialog.open();
    }

    /** The number in a field, marking the field when it is not one (the caller's dialog stays open). */
    private @Nullable BigDecimal angka(TextField field) {
        try {
            return FormatAngka.parse(field.getValue());
        } catch (AturanDilanggar ditolak) {
            field.setErrorMessage(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            field.setInvalid(true);
            throw ditolak;
        }
    }

    private void muat() {
        grid.setItems(indikatorService.daftar().stream().map(Isian::new).toList());
        tampilkanSkor(skorService.aturan());
    }

    /** The cap and both predikat tables, edited together and saved at once. */
    private void tampilkanSkor(AturanBerlaku aturan) {
        skor.removeAll();
        H3 judul = new H3(getTranslation("pengaturan.skor"));
        judul.addClassName("judul-bagian");
        TextField batasAtas = new TextField(getTranslation("pengaturan.batas-atas"));
        batasAtas.setValue(FormatAngka.formatIsian(aturan.batasAtas()));
        batasAtas.setHelperText(getTranslation("pengaturan.batas-atas.petunjuk"));
        batasAtas.setWidth("16rem");
        skor.add(judul, batasAtas);
        Map<JenisPredikat, List<TextField[]>> baris = new EnumMap<>(JenisPredikat.class);
        HorizontalLayout tabel = new HorizontalLayout();
        tabel.setWrap(true);
        for (JenisPredikat jenis : JenisPredikat.values()) {
            VerticalLayout kolom = new VerticalLayout();
            kolom.setPadding(false);
            kolom.setWidth("24rem");
            // narrower on a phone, instead of widening the whole page past the screen
            kolom.setMaxWidth("100%");
            kolom.add(new Div(getTranslation("pengaturan.pita." + jenis.name())
                    + (bawaan(aturan, jenis) ? " " + getTranslation("pengaturan.bawaan") : "")));
            List<TextField[]> isian = new ArrayList<>();
            // two empty rows to add bands; a row left or made empty is not saved
            List<@Nullable PitaData> pita = new ArrayList<>(aturan.pita().get(jenis));
            pita.add(null);
            pita.add(null);
            for (PitaData p : pita) {
                TextField batas = new TextField();
                batas.setValue(p == null ? "" : FormatAngka.formatIsian(p.batas()));
                batas.setWidth("6rem");
                batas.setAriaLabel(getTranslation("pengaturan.pita-batas-label"));
                TextField nama = new TextField();
                nama.setValue(p == null ? "" : p.nama());
                nama.setMaxLength(60);
                nama.setAriaLabel(getTranslation("pengaturan.pita-nama-label"));
                isian.add(new TextField[] {batas, nama});
                kolom.add(new HorizontalLayout(batas, nama));
            }
            baris.put(jenis, isian);
            kolom.add(new Div(getTranslation(
                    jenis == JenisPredikat.CAPAIAN
                            ? "pengaturan.aturan-batas.CAPAIAN"
                            : "pengaturan.aturan-batas.NILAI_AKIP")));
            tabel.add(kolom);
        }
        Button simpan = new Button(getTranslation("pengaturan.simpan-skor"), e -> simpanSkor(batasAtas, baris));
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bawaan = new Button(
                getTranslation("pengaturan.pakai-bawaan"),
                e -> tampilkanSkor(new AturanBerlaku(
                        aturan.batasAtas(),
                        aturan.ambangEfisiensi(),
                        Map.of(
                                JenisPredikat.CAPAIAN,
                                JenisPredikat.CAPAIAN.pitaBawaan(),
                                JenisPredikat.NILAI_AKIP,
                                JenisPredikat.NILAI_AKIP.pitaBawaan()),
                        aturan.bawaan(),
                        aturan.konvensiNegatif(),
                        aturan.versiInstansi())));
        HorizontalLayout tombol = new HorizontalLayout(simpan, bawaan);
        tombol.setWrap(true);
        skor.add(
                tabel,
                tombol,
                konvensi(aturan.konvensiNegatif(), aturan.versiInstansi()),
                ambang(aturan.ambangEfisiensi()));
    }

    /**
     * The convention of NEGATIF indicators with each formula written out and a sample worked by package capaian as the
     * user types it, saved on its own on the instansi's version loaded.
     */
    private Component konvensi(KonvensiNegatif berlaku, long versiInstansi) {
        H3 judul = new H3(getTranslation("pengaturan.konvensi"));
        judul.addClassName("judul-bagian");
        Paragraph petunjuk = new Paragraph(getTranslation("pengaturan.konvensi.petunjuk"));
        petunjuk.addClassName("keterangan-kecil");
        RadioButtonGroup<KonvensiNegatif> pilihanKonvensi = new RadioButtonGroup<>();
        pilihanKonvensi.setAriaLabel(getTranslation("pengaturan.konvensi"));
        pilihanKonvensi.setItems(KonvensiNegatif.values());
        pilihanKonvensi.setItemLabelGenerator(k -> getTranslation("konvensi." + k.name()));
        pilihanKonvensi.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        pilihanKonvensi.setValue(berlaku);
        TextField target = isianContoh(getTranslation("pengaturan.konvensi.contoh-target"), CONTOH_TARGET);
        TextField realisasi = isianContoh(getTranslation("pengaturan.konvensi.contoh-realisasi"), CONTOH_REALISASI);
        Div contohKonvensi = new Div();
        contohKonvensi.setId("contoh-konvensi");
        Runnable hitung = () -> contohKonvensi.setText(hasilContoh(target, realisasi));
        target.addValueChangeListener(e -> hitung.run());
        realisasi.addValueChangeListener(e -> hitung.run());
        hitung.run();
        Button simpan = new Button(getTranslation("pengaturan.simpan-konvensi"), e -> {
            try {
                skorService.simpanKonvensiNegatif(pilihanKonvensi.getValue(), versiInstansi);
                Pemberitahuan.berhasil(getTranslation("pengaturan.konvensi-tersimpan"));
                tampilkanSkor(skorService.aturan());
            } catch (ObjectOptimisticLockingFailureException konflik) {
                Pemberitahuan.galat(getTranslation("pengaturan.konvensi-konflik"));
            }
        });
        HorizontalLayout sampel = new HorizontalLayout(target, realisasi);
        sampel.setWrap(true);
        VerticalLayout bagian = new VerticalLayout(judul, petunjuk, pilihanKonvensi, sampel, contohKonvensi, simpan);
        bagian.setPadding(false);
        return bagian;
    }

    private static TextField isianContoh(String label, String nilai) {
        TextField field = new TextField(label);
        field.setValue(nilai);
        field.setWidth("10rem");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    /** The sample under both conventions, as a NEGATIF indicator's capaian would be shown. */
    private String hasilContoh(TextField target, TextField realisasi) {
        BigDecimal t;
        BigDecimal r;
        try {
            t = FormatAngka.parse(target.getValue());
            r = FormatAngka.parse(realisasi.getValue());
        } catch (AturanDilanggar bukanAngka) {
            return getTranslation("pengaturan.konvensi.contoh-bukan-angka");
        }
        Hasil nilaiR = r == null ? new Hasil.BelumDiisi() : new Hasil.Nilai(r);
        return getTranslation(
                "pengaturan.konvensi.contoh",
                teks(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.CERMIN, t, nilaiR)),
                teks(Perhitungan.capaian(Polaritas.NEGATIF, KonvensiNegatif.KEBALIKAN, t, nilaiR)));
    }

    private String teks(Hasil hasil) {
        return switch (hasil) {
            case Hasil.Nilai n -> FormatAngka.duaDesimal(n.nilai()) + " %";
            case Hasil.BelumDiisi b -> getTranslation("hasil.belum-diisi");
            case Hasil.TidakDapatDihitung t -> getTranslation("hasil.tidak-dapat-dihitung", t.alasan());
        };
    }

    /** The threshold of budget efficiency, saved on its own. */
    private Component ambang(BigDecimal berlaku) {
        H3 judul = new H3(getTranslation("pengaturan.efisiensi"));
        judul.addClassName("judul-bagian");
        TextField ambang = new TextField(getTranslation("pengaturan.ambang"));
        ambang.setValue(FormatAngka.formatIsian(berlaku));
        ambang.setHelperText(getTranslation("pengaturan.ambang.petunjuk"));
        ambang.setWidth("100%");
        ambang.setMaxWidth("24rem");
        Button simpan = new Button(getTranslation("pengaturan.simpan-ambang"), e -> {
            try {
                ambang.setInvalid(false);
                skorService.simpanAmbangEfisiensi(angka(ambang));
                Pemberitahuan.berhasil(getTranslation("pengaturan.ambang-tersimpan"));
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            }
        });
        HorizontalLayout baris = new HorizontalLayout(ambang, simpan);
        baris.setAlignItems(Alignment.BASELINE);
        baris.setWrap(true);
        VerticalLayout bagian = new VerticalLayout(judul, baris);
        // aligned with the sections above it, and inside a phone's width
        bagian.setPadding(false);
        return bagian;
    }

    /** AturanBerlaku says for each kind of table whether it is the default. */
    private static boolean bawaan(AturanBerlaku aturan, JenisPredikat jenis) {
        return Objects.requireNonNull(aturan.bawaan().get(jenis), jenis.name());
    }

    private void simpanSkor(TextField batasAtas, Map<JenisPredikat, List<TextField[]>> baris) {
        try {
            batasAtas.setInvalid(false);
            BigDecimal batas = angka(batasAtas);
            Map<JenisPredikat, List<PitaData>> pita = new EnumMap<>(JenisPredikat.class);
            for (Map.Entry<JenisPredikat, List<TextField[]>> e : baris.entrySet()) {
                List<PitaData> daftar = new ArrayList<>();
                for (TextField[] f : e.getValue()) {
                    f[0].setInvalid(false);
                    if (!f[0].getValue().isBlank() || !f[1].getValue().isBlank()) {
                        daftar.add(new PitaData(angka(f[0]), f[1].getValue()));
                    }
                }
                pita.put(e.getKey(), daftar);
            }
            skorService.simpan(batas, pita);
            Pemberitahuan.berhasil(getTranslation("pengaturan.skor-tersimpan"));
            tampilkanSkor(skorService.aturan());
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.pengaturan-capaian");
    }
}
