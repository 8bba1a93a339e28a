package id.kecamatan.kinerja.laporan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.PilihSampaiTriwulan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.TanggalPenandatanganan;
import id.kecamatan.kinerja.base.ui.TombolUnduh;
import id.kecamatan.kinerja.indikator.IndikatorService.PilihanJabatan;
import id.kecamatan.kinerja.laporan.FormatBerkas;
import id.kecamatan.kinerja.laporan.LaporanEvaluasiService;
import id.kecamatan.kinerja.laporan.LaporanService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The documents of the SAKIP cycle, each as PDF and Excel (the LKjIP also as Word), made in the background from the data. The jabatan
 * lists hold what the signed-in user may make (a Kasi: their own); the service checks the same again.
 */
@Route("laporan")
@Menu(title = "menu.laporan", order = 7.5, icon = "vaadin:file-text-o")
@RolesAllowed({"SEKCAM", "CAMAT", "ADMIN", "KEPALA_UNIT", "STAF", "EVALUATOR"})
public class LaporanView extends VerticalLayout implements HasDynamicTitle {

    private final LaporanService service;
    private final LaporanEvaluasiService laporanEvaluasi;
    private final PekerjaanLatar latar;
    private final Clock clock;
    private final List<PilihanJabatan> jabatan;
    private final boolean semuaJabatan;
    private final Long jabatanSendiri;

    public LaporanView(
            LaporanService service,
            LaporanEvaluasiService laporanEvaluasi,
            PekerjaanLatar latar,
            PenggunaSaatIni penggunaSaatIni,
            Clock clock) {
        this.service = service;
        this.laporanEvaluasi = laporanEvaluasi;
        this.latar = latar;
        this.clock = clock;
        this.jabatan = service.jabatanDapatDipilih();
        this.semuaJabatan = service.bolehSemuaJabatan();
        this.jabatanSendiri = penggunaSaatIni.wajib().jabatanId();
        setWidthFull();
        add(kartu(
                "iku",
                getTranslation("laporan.iku"),
                getTranslation("laporan.iku.keterangan"),
                new HorizontalLayout(),
                format -> () -> () -> service.tabelIku(format)));
        add(kartuIki());
        add(kartuPk());
        add(kartuPengukuran());
        if (semuaJabatan) {
            // the office's report: not offered to a Kasi or staff member, and refused by the service
            PilihTahun tahun = new PilihTahun(clock, 0);
            // Word to edit the report further; Excel keeps its tables as numbers
            add(kartu(
                    "lkjip",
                    getTranslation("laporan.lkjip"),
                    getTranslation("laporan.lkjip.keterangan"),
                    new HorizontalLayout(tahun),
                    List.of(FormatBerkas.PDF, FormatBerkas.DOCX, FormatBerkas.XLSX),
                    format -> () -> {
                        int t = tahun.getValue();
                        return () -> service.lkjip(t, format);
                    }));
            PilihTahun tahunEvaluasi = new PilihTahun(clock, 0);
            // the summary as PDF, the whole worksheet as Excel
            add(kartu(
                    "evaluasi",
                    getTranslation("laporan.evaluasi"),
                    getTranslation("laporan.evaluasi.keterangan"),
                    new HorizontalLayout(tahunEvaluasi),
                    format -> () -> {
                        int t = tahunEvaluasi.getValue();
                        return format == FormatBerkas.PDF
                                ? () -> laporanEvaluasi.ringkasan(t)
                                : () -> laporanEvaluasi.lembarKerja(t);
                    }));
        }
    }

    private Component kartuPengukuran() {
        PilihTahun tahun = new PilihTahun(clock, 0);
        PilihSampaiTriwulan periode = new PilihSampaiTriwulan();
        HorizontalLayout pilihan = new HorizontalLayout(tahun, periode);
        pilihan.setAlignItems(FlexComponent.Alignment.BASELINE);
        // on a phone the period goes under the year instead of running off the screen
        pilihan.setWrap(true);
        return kartu(
                "pengukuran",
                getTranslation("laporan.pengukuran"),
                getTranslation(
                        semuaJabatan ? "laporan.pengukuran.keterangan" : "laporan.pengukuran.keterangan-sendiri"),
                pilihan,
                format -> () -> {
                    int t = tahun.getValue();
                    Optional<Triwulan> sampai = periode.getValue();
                    return () -> sampai.map(tw -> service.pengukuran(new Periode(t, tw), format))
                            .orElseGet(() -> service.pengukuran(t, format));
                });
    }

    private Component kartuIki() {
        ComboBox<PilihanJabatan> pilih = pilihJabatan();
        if (semuaJabatan) {
            pilih.setClearButtonVisible(true);
            pilih.setPlaceholder(getTranslation("laporan.semua-jabatan"));
            pilih.setHelperText(getTranslation("laporan.iki.semua"));
        }
        return kartu(
                "iki",
                getTranslation("laporan.iki"),
                getTranslation("laporan.iki.keterangan"),
                new HorizontalLayout(pilih),
                format -> () -> {
                    PilihanJabatan dipilih = pilih.getValue();
                    if (dipilih == null && !semuaJabatan) {
                        throw new AturanDilanggar("laporan.pilih-jabatan");
                    }
                    return dipilih == null
                            ? () -> service.ikiSemuaJabatan(format)
                            : () -> service.ikiJabatan(dipilih.id(), format);
                });
    }

    private Component kartuPk() {
        ComboBox<PilihanJabatan> pilih = pilihJabatan();
        PilihTahun tahun = new PilihTahun(clock, 1);
        TanggalPenandatanganan tanggal = new TanggalPenandatanganan(tahun, clock);
        tanggal.setHelperText(getTranslation("laporan.pk.tanggal.keterangan"));
        HorizontalLayout pilihan = new HorizontalLayout(pilih, tahun, tanggal);
        pilihan.setAlignItems(FlexComponent.Alignment.BASELINE);
        pilihan.setWrap(true);
        return kartu(
                "pk", getTranslation("laporan.pk"), getTranslation("laporan.pk.keterangan"), pilihan, format -> () -> {
                    if (pilih.getValue() == null) {
                        throw new AturanDilanggar("laporan.pilih-jabatan");
                    }
                    if (tanggal.getValue() == null) {
                        throw new AturanDilanggar("laporan.pk.tanggal-wajib");
                    }
                    Long id = pilih.getValue().id();
                    int t = tahun.getValue();
                    LocalDate pada = tanggal.getValue();
                    return () -> service.perjanjianKinerja(id, t, pada, format);
                });
    }

    private ComboBox<PilihanJabatan> pilihJabatan() {
        ComboBox<PilihanJabatan> pilih = new ComboBox<>(getTranslation("iki.pilih-jabatan"));
        pilih.setItems(jabatan);
        pilih.setItemLabelGenerator(PilihanJabatan::nama);
        pilih.setWidth("24rem");
        jabatan.stream().filter(j -> j.id().equals(jabatanSendiri)).findFirst().ifPresent(pilih::setValue);
        if (!semuaJabatan) {
            // a Kasi or staff member makes only their own documents: nothing to choose
            pilih.setReadOnly(true);
        }
        return pilih;
    }

    /** One document as PDF and Excel. */
    private Component kartu(
            String id,
            String judul,
            String keterangan,
            HorizontalLayout pilihan,
            Function<FormatBerkas, Supplier<Supplier<Berkas>>> pembuat) {
        return kartu(id, judul, keterangan, pilihan, List.of(FormatBerkas.PDF, FormatBerkas.XLSX), pembuat);
    }

    /** One document: its title and explanation, its choices, and a button per format (ids unduh-ID-pdf/-docx/-xlsx). */
    private Component kartu(
            String id,
            String judul,
            String keterangan,
            HorizontalLayout pilihan,
            List<FormatBerkas> daftarFormat,
            Function<FormatBerkas, Supplier<Supplier<Berkas>>> pembuat) {
        Div kartu = new Div(new H2(judul), new Paragraph(keterangan));
        kartu.addClassNames("kartu", "kartu-laporan");
        HorizontalLayout tombol = new HorizontalLayout();
        for (FormatBerkas format : daftarFormat) {
            String label = switch (format) {
                case PDF -> getTranslation("laporan.unduh-pdf");
                case DOCX -> getTranslation("laporan.unduh-word");
                case XLSX -> getTranslation("laporan.unduh-excel");
            };
            TombolUnduh unduh = new TombolUnduh(label, latar, pembuat.apply(format));
            unduh.setId("unduh-" + id + "-" + format.name().toLowerCase(Locale.ROOT));
            tombol.add(unduh);
        }
        tombol.setWrap(true);
        if (pilihan.getComponentCount() > 0) {
            kartu.add(pilihan);
        }
        kartu.add(tombol);
        return kartu;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.laporan");
    }
}
