package id.kecamatan.kinerja.anggaran.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.anggaran.AnggaranService;
import id.kecamatan.kinerja.anggaran.AnggaranService.BarisAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.DaftarAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.PilihanIndikator;
import id.kecamatan.kinerja.anggaran.AnggaranService.PilihanSasaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.PilihanTautan;
import id.kecamatan.kinerja.anggaran.AnggaranService.SerapanSasaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.SimpanMataAnggaran;
import id.kecamatan.kinerja.anggaran.ImporAnggaranExcel;
import id.kecamatan.kinerja.anggaran.TingkatAnggaran;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.PilihTriwulan;
import id.kecamatan.kinerja.base.ui.UnggahExcel;
import id.kecamatan.kinerja.capaian.Hasil;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The budget of a year: programs, kegiatan and sub-kegiatan with their pagu, the realisasi anggaran of each triwulan
 * and the serapan up to a chosen triwulan, then the serapan per sasaran. Everyone reads it; the Sekcam and the Admin
 * add, change and delete rows. A row is saved whole in one dialog; a refusal keeps the dialog open with what was
 * typed.
 */
@Route("anggaran")
@Menu(title = "menu.anggaran", order = 7.2, icon = "vaadin:money")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class AnggaranView extends VerticalLayout implements HasDynamicTitle {

    private final AnggaranService service;
    private final boolean bolehUbah;
    /** Read by the template's download handler, which runs outside the UI lock. */
    private volatile int tahunTemplate;

    final PilihTahun tahun;
    final PilihTriwulan sampai;
    final Grid<BarisAnggaran> grid = new Grid<>();
    private Grid.Column<BarisAnggaran> kolomJumlah;
    final Grid<SerapanSasaran> perSasaran = new Grid<>();
    final Paragraph ringkasan = new Paragraph();

    public AnggaranView(
            AnggaranService service, ImporAnggaranExcel impor, PenggunaSaatIni penggunaSaatIni, Clock clock) {
        this.service = service;
        Peran peran = penggunaSaatIni.wajib().peran();
        this.bolehUbah = peran == Peran.SEKCAM || peran == Peran.ADMIN;
        setWidthFull();
        tahun = new PilihTahun(clock, 1);
        sampai = new PilihTriwulan(getTranslation("anggaran.sampai"), Triwulan.dari(LocalDate.now(clock)));
        tahun.addValueChangeListener(e -> muat());
        sampai.addValueChangeListener(e -> muat());
        HorizontalLayout atas = new HorizontalLayout(tahun, sampai);
        atas.setAlignItems(FlexComponent.Alignment.BASELINE);
        atas.setWrap(true);
        if (bolehUbah) {
            atas.add(new Button(
                    getTranslation("anggaran.tambah.PROGRAM"),
                    VaadinIcon.PLUS.create(),
                    e -> dialog(null, TingkatAnggaran.PROGRAM, null)));
        }
        Paragraph keterangan = new Paragraph(getTranslation("anggaran.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        susunGrid();
        susunPerSasaran();
        add(keterangan, atas, ringkasan, grid, new H3(getTranslation("anggaran.per-sasaran")), perSasaran);
        if (bolehUbah) {
            add(bagianImpor(impor));
        }
        muat();
    }

    private void susunGrid() {
        grid.addComponentColumn(this::uraian)
                .setHeader(getTranslation("anggaran.uraian"))
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(b -> FormatAngka.duaDesimal(b.pagu()))
                .setHeader(getTranslation("anggaran.pagu"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("10rem")
                .setKey("pagu");
        // the quarters one by one are in the row's dialog and the Excel template; here what has been spent so far
        kolomJumlah = grid.addColumn(b -> FormatAngka.duaDesimal(b.jumlah()))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("10rem")
                .setKey("jumlah");
        grid.addComponentColumn(this::serapan)
                .setHeader(getTranslation("anggaran.serapan"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem")
                .setKey("serapan");
        if (bolehUbah) {
            grid.addComponentColumn(this::tombol)
                    .setHeader(getTranslation("anggaran.tindakan"))
                    .setWidth("8rem")
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
    }

    private void susunPerSasaran() {
        perSasaran
                .addColumn(s -> s.kode() + " " + s.teks())
                .setHeader(getTranslation("anggaran.sasaran"))
                .setFlexGrow(3);
        perSasaran
                .addColumn(SerapanSasaran::program)
                .setHeader(getTranslation("anggaran.jumlah-program"))
                .setWidth("6rem")
                .setFlexGrow(0);
        perSasaran
                .addColumn(s -> FormatAngka.duaDesimal(s.pagu()))
                .setHeader(getTranslation("anggaran.pagu"))
                .setTextAlign(ColumnTextAlign.END);
        perSasaran
                .addColumn(s -> FormatAngka.duaDesimal(s.jumlah()))
                .setHeader(getTranslation("anggaran.realisasi"))
                .setTextAlign(ColumnTextAlign.END);
        perSasaran
                .addColumn(s -> persen(s.serapan()))
                .setHeader(getTranslation("anggaran.serapan"))
                .setTextAlign(ColumnTextAlign.END)
                .setKey("serapan");
        perSasaran.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        perSasaran.setAllRowsVisible(true);
    }

    /** The year's template with its rows, and the upload that adds or changes rows by kode. */
    private Component bagianImpor(ImporAnggaranExcel impor) {
        Div bagian = new Div(
                new H3(getTranslation("anggaran.impor")),
                new Paragraph(getTranslation("anggaran.impor.petunjuk")),
                UnggahExcel.unduhan(() -> impor.template(tahunTemplate), getTranslation("anggaran.impor.template")),
                new UnggahExcel(
                        (isi, kemajuan) -> {
                            ImporAnggaranExcel.Hasil h = impor.impor(isi, kemajuan);
                            return h.berhasil()
                                    ? UnggahExcel.Ringkasan.tersimpan(
                                            getTranslation("anggaran.impor.berhasil", h.jumlahBaru(), h.jumlahDiubah()),
                                            null)
                                    : UnggahExcel.Ringkasan.ditolak(h.galat());
                        },
                        this::muat));
        bagian.addClassName("kartu");
        return bagian;
    }

    private void muat() {
        tahunTemplate = tahun.getValue();
        // the picker starts on a triwulan and offers no empty choice
        Triwulan tw = Objects.requireNonNull(sampai.triwulan());
        DaftarAnggaran daftar = service.daftar(new Periode(tahun.getValue(), tw));
        kolomJumlah.setHeader(getTranslation("anggaran.realisasi-sampai", tw.romawi()));
        grid.setItems(daftar.baris());
        perSasaran.setItems(daftar.sasaran());
        ringkasan.setText(
                daftar.baris().isEmpty()
                        ? getTranslation("anggaran.kosong", String.valueOf(tahun.getValue()))
                        : getTranslation(
                                "anggaran.ringkasan",
                                FormatAngka.duaDesimal(daftar.pagu()),
                                tw.romawi(),
                                FormatAngka.duaDesimal(daftar.jumlah()),
                                persen(daftar.serapan())));
    }

    /** Kode and name, indented by level, with the sasaran or indicator the row is linked to. */
    private Component uraian(BarisAnggaran b) {
        Div isi = new Div();
        isi.getStyle().set("padding-left", b.tingkat().ordinal() * 1.25 + "rem");
        Span kode = new Span(b.kode() + " ");
        kode.addClassName("kode-anggaran");
        Span nama = new Span(b.nama());
        if (b.tingkat() == TingkatAnggaran.PROGRAM) {
            nama.getStyle().set("font-weight", "600");
        }
        isi.add(kode, nama);
        String tautan = b.sasaran() != null ? b.sasaran() : b.indikator();
        if (tautan != null) {
            Div kecil = new Div(getTranslation("anggaran.tautan", tautan));
            kecil.addClassName("keterangan-kecil");
            isi.add(kecil);
        }
        return isi;
    }

    /** The serapan, with a warning where more was spent than the pagu. */
    private Component serapan(BarisAnggaran b) {
        Span teks = new Span(persen(b.serapan()));
        if (!b.melebihiPagu()) {
            return teks;
        }
        Span peringatan = new Span(VaadinIcon.WARNING.create(), teks);
        peringatan.getStyle().set("color", "var(--lumo-error-text-color)");
        peringatan.getElement().setAttribute("title", getTranslation("anggaran.melebihi-pagu"));
        return peringatan;
    }

    private Component tombol(BarisAnggaran b) {
        HorizontalLayout tombol = new HorizontalLayout();
        tombol.setSpacing(false);
        tombol.add(kecil(VaadinIcon.EDIT, getTranslation("anggaran.ubah"), () -> dialog(b, b.tingkat(), b.indukId())));
        if (b.tingkat() != TingkatAnggaran.SUB_KEGIATAN) {
            TingkatAnggaran bawah = TingkatAnggaran.values()[b.tingkat().ordinal() + 1];
            tombol.add(kecil(
                    VaadinIcon.PLUS,
                    getTranslation("anggaran.tambah." + bawah.name()),
                    () -> dialog(null, bawah, b.id())));
        }
        tombol.add(kecil(VaadinIcon.TRASH, getTranslation("anggaran.hapus"), () -> hapus(b)));
        return tombol;
    }

    private static Button kecil(VaadinIcon ikon, String label, Runnable aksi) {
        Button tombol = new Button(ikon.create(), e -> aksi.run());
        tombol.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tombol.setAriaLabel(label);
        tombol.setTooltipText(label);
        return tombol;
    }

    /** Adds a row of {@code tingkat} under {@code indukId} ({@code baris} null) or changes {@code baris}. */
    private void dialog(@Nullable BarisAnggaran baris, TingkatAnggaran tingkat, @Nullable Long indukId) {
        PilihanTautan pilihan = service.pilihanTautan();
        TextField kode = new TextField(getTranslation("anggaran.kode"));
        kode.setMaxLength(40);
        kode.setHelperText(getTranslation("anggaran.kode.keterangan"));
        TextArea nama = new TextArea(getTranslation("anggaran.nama"));
        nama.setMaxLength(500);
        ComboBox<PilihanSasaran> sasaran = new ComboBox<>(getTranslation("anggaran.sasaran"));
        sasaran.setItems(pilihan.sasaran());
        sasaran.setItemLabelGenerator(s -> s.kode() + " " + s.teks());
        sasaran.setClearButtonVisible(true);
        ComboBox<PilihanIndikator> indikator = new ComboBox<>(getTranslation("anggaran.indikator"));
        indikator.setItems(pilihan.indikator());
        indikator.setItemLabelGenerator(i -> i.kode() + " " + i.nama());
        indikator.setClearButtonVisible(true);
        TextField pagu = angka(getTranslation("anggaran.pagu"));
        Map<Triwulan, TextField> realisasi = new EnumMap<>(Triwulan.class);
        Triwulan.semua().forEach(tw -> realisasi.put(tw, angka(getTranslation("anggaran.realisasi-tw", tw.romawi()))));

        FormLayout form = new FormLayout(kode, nama);
        form.setColspan(nama, 2);
        if (tingkat == TingkatAnggaran.PROGRAM) {
            form.add(sasaran, 2);
        }
        if (tingkat == TingkatAnggaran.SUB_KEGIATAN) {
            form.add(indikator, 2);
            form.add(pagu, 2);
            realisasi.values().forEach(form::add);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        if (baris != null) {
            kode.setValue(baris.kode());
            nama.setValue(baris.nama());
            pilihan.sasaran().stream()
                    .filter(s -> s.id().equals(baris.sasaranId()))
                    .findFirst()
                    .ifPresent(sasaran::setValue);
            pilihan.indikator().stream()
                    .filter(i -> i.id().equals(baris.indikatorId()))
                    .findFirst()
                    .ifPresent(indikator::setValue);
            pagu.setValue(FormatAngka.formatIsian(baris.pagu()));
            realisasi.forEach((tw, f) ->
                    f.setValue(FormatAngka.formatIsian(baris.realisasi().get(tw.ordinal()))));
        }

        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(
                baris == null
                        ? getTranslation("anggaran.tambah." + tingkat.name())
                        : getTranslation("anggaran.ubah-judul", baris.kode()));
        dialog.setWidth("min(40rem, 95vw)");
        int tahunDipilih = tahun.getValue();
        Button simpan = new Button(getTranslation("anggaran.simpan"), e -> {
            try {
                Map<Triwulan, BigDecimal> jumlah = new EnumMap<>(Triwulan.class);
                for (var isian : realisasi.entrySet()) {
                    jumlah.put(isian.getKey(), angka(isian.getValue()));
                }
                service.simpan(new SimpanMataAnggaran(
                        baris == null ? null : baris.id(),
                        baris == null ? null : baris.versi(),
                        tahunDipilih,
                        tingkat,
                        indukId,
                        kode.getValue(),
                        nama.getValue(),
                        sasaran.getValue() == null ? null : sasaran.getValue().id(),
                        indikator.getValue() == null
                                ? null
                                : indikator.getValue().id(),
                        angka(pagu),
                        jumlah));
                dialog.close();
                Pemberitahuan.berhasil(
                        getTranslation("anggaran.tersimpan", kode.getValue().strip()));
                muat();
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            } catch (ObjectOptimisticLockingFailureException konflik) {
                Pemberitahuan.galat(getTranslation("anggaran.konflik"));
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("anggaran.batal"), e -> dialog.close()), simpan);
        dialog.open();
    }

    private void hapus(BarisAnggaran b) {
        Dialog dialog = new Dialog(new Paragraph(getTranslation("anggaran.hapus-tanya", b.kode(), b.nama())));
        dialog.setHeaderTitle(getTranslation("anggaran.hapus"));
        Button ya = new Button(getTranslation("anggaran.hapus"), e -> {
            try {
                service.hapus(b.id(), b.versi());
                Pemberitahuan.berhasil(getTranslation("anggaran.terhapus", b.kode()));
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            } catch (ObjectOptimisticLockingFailureException konflik) {
                Pemberitahuan.galat(getTranslation("anggaran.konflik"));
            }
            dialog.close();
            muat();
        });
        ya.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("anggaran.batal"), e -> dialog.close()), ya);
        dialog.open();
    }

    /** A rupiah field: typed the Indonesian way, a numeric keyboard on a phone. */
    private static TextField angka(String label) {
        TextField field = new TextField(label);
        field.setAllowedCharPattern("[0-9.,]");
        field.getElement().setAttribute("inputmode", "decimal");
        return field;
    }

    /** The field's amount; what is not a number is refused naming the field, and the dialog stays open. */
    private @Nullable BigDecimal angka(TextField field) {
        try {
            return FormatAngka.parse(field.getValue());
        } catch (AturanDilanggar ditolak) {
            throw new AturanDilanggar(
                    "anggaran.isian-tidak-sah",
                    field.getLabel(),
                    getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        }
    }

    private String persen(Hasil hasil) {
        return switch (hasil) {
            case Hasil.Nilai n -> FormatAngka.duaDesimal(n.nilai()) + " %";
            case Hasil.BelumDiisi b -> "–";
            case Hasil.TidakDapatDihitung t -> getTranslation("anggaran.tidak-dapat-dihitung", t.alasan());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.anggaran");
    }
}
