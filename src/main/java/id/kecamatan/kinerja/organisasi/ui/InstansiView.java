package id.kecamatan.kinerja.organisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.organisasi.JenisPenugasan;
import id.kecamatan.kinerja.organisasi.KepalaDaerah;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.OrganisasiService.BarisPenugasan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.IsianKepalaDaerah;
import id.kecamatan.kinerja.organisasi.OrganisasiService.IsianPenyusunLkjip;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanJabatan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanPegawai;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanPenugasan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.TambahPenugasan;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The office's own settings: its kepala daerah (pihak kedua of the Camat's Perjanjian Kinerja) and the jabatan that
 * writes the LKjIP's texts besides the Sekcam, set by the Sekcam or the Admin; and for the Admin who holds which jabatan, definitive or acting (Plt., Plh.), since when.
 */
@Route("instansi")
@Menu(title = "menu.instansi", order = 8.2, icon = "vaadin:institution")
@RolesAllowed({"SEKCAM", "ADMIN"})
public class InstansiView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisasiService service;
    private final Clock clock;
    final TextField jabatanKepala = new TextField();
    final TextField namaKepala = new TextField();
    final TextField nipKepala = new TextField();
    final Button simpanKepala = new Button();
    final ComboBox<PilihanJabatan> penyusunLkjip = new ComboBox<>();
    final Button simpanPenyusun = new Button();
    /** The version of the instansi the kepala daerah form was loaded from; a save against an older one conflicts. */
    private long versiInstansi;

    final Grid<BarisPenugasan> penugasan = new Grid<>();

    public InstansiView(OrganisasiService service, PenggunaSaatIni penggunaSaatIni, Clock clock) {
        this.service = service;
        this.clock = clock;
        setWidthFull();
        setMaxWidth("64rem");
        add(kepalaDaerah());
        add(penyusunLkjip());
        if (penggunaSaatIni.wajib().peran() == Peran.ADMIN) {
            add(bagianPenugasan());
            muatPenugasan();
        }
    }

    private Component kepalaDaerah() {
        IsianKepalaDaerah isian = service.kepalaDaerah();
        versiInstansi = isian.versi();
        jabatanKepala.setLabel(getTranslation("kepala-daerah.jabatan"));
        jabatanKepala.setValue(isian.jabatan() == null ? "" : isian.jabatan());
        jabatanKepala.setPlaceholder(isian.saranJabatan());
        jabatanKepala.setMaxLength(100);
        namaKepala.setLabel(getTranslation("kepala-daerah.nama"));
        namaKepala.setValue(isian.nama() == null ? "" : isian.nama());
        namaKepala.setMaxLength(200);
        nipKepala.setLabel(getTranslation("kepala-daerah.nip"));
        nipKepala.setValue(isian.nip() == null ? "" : isian.nip());
        nipKepala.setMaxLength(30);
        nipKepala.setAllowedCharPattern("[0-9 ]");
        simpanKepala.setText(getTranslation("kepala-daerah.simpan"));
        simpanKepala.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpanKepala.addClickListener(e -> simpanKepalaDaerah());
        FormLayout form = new FormLayout(jabatanKepala, namaKepala, nipKepala);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        Paragraph keterangan = new Paragraph(getTranslation("kepala-daerah.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        VerticalLayout bagian =
                new VerticalLayout(new H3(getTranslation("kepala-daerah.judul")), keterangan, form, simpanKepala);
        bagian.setPadding(false);
        return bagian;
    }

    private Component penyusunLkjip() {
        IsianPenyusunLkjip isian = service.penyusunLkjip();
        penyusunLkjip.setLabel(getTranslation("penyusun-lkjip.jabatan"));
        penyusunLkjip.setItems(isian.pilihan());
        penyusunLkjip.setItemLabelGenerator(PilihanJabatan::nama);
        penyusunLkjip.setClearButtonVisible(true);
        penyusunLkjip.setWidth("min(24rem, 100%)");
        isian.pilihan().stream()
                .filter(j -> j.id().equals(isian.jabatanId()))
                .findFirst()
                .ifPresent(penyusunLkjip::setValue);
        simpanPenyusun.setText(getTranslation("penyusun-lkjip.simpan"));
        simpanPenyusun.addClickListener(e -> simpanPenyusunLkjip());
        Paragraph keterangan = new Paragraph(getTranslation("penyusun-lkjip.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        VerticalLayout bagian = new VerticalLayout(
                new H3(getTranslation("penyusun-lkjip.judul")), keterangan, penyusunLkjip, simpanPenyusun);
        bagian.setPadding(false);
        return bagian;
    }

    /** Saved against the same version of the instansi as the kepala daerah form: whichever saves first wins. */
    private void simpanPenyusunLkjip() {
        try {
            PilihanJabatan dipilih = penyusunLkjip.getValue();
            versiInstansi = service.simpanPenyusunLkjip(dipilih == null ? null : dipilih.id(), versiInstansi);
            Pemberitahuan.berhasil(getTranslation("penyusun-lkjip.tersimpan"));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("kepala-daerah.konflik"));
        }
    }

    private void simpanKepalaDaerah() {
        try {
            versiInstansi = service.simpanKepalaDaerah(
                    new KepalaDaerah(jabatanKepala.getValue(), namaKepala.getValue(), nipKepala.getValue()),
                    versiInstansi);
            Pemberitahuan.berhasil(getTranslation("kepala-daerah.tersimpan"));
        } catch (AturanDilanggar ditolak) {
            Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
        } catch (ObjectOptimisticLockingFailureException konflik) {
            Pemberitahuan.galat(getTranslation("kepala-daerah.konflik"));
        }
    }

    private Component bagianPenugasan() {
        Paragraph keterangan = new Paragraph(getTranslation("penugasan.keterangan"));
        keterangan.addClassName("keterangan-kecil");
        Button tambah = new Button(getTranslation("penugasan.tambah"), e -> dialogTambah());
        DateTimeFormatter tanggal =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        penugasan
                .addColumn(p -> p.pegawai() + (p.dataContoh() ? " " + getTranslation("umum.contoh") : ""))
                .setHeader(getTranslation("penugasan.pegawai"))
                .setFlexGrow(2)
                .setWidth("12rem");
        penugasan
                .addColumn(p -> p.jenis().awalan() + p.jabatan())
                .setHeader(getTranslation("penugasan.jabatan"))
                .setFlexGrow(2)
                .setWidth("12rem");
        penugasan
                .addColumn(p -> p.mulai() == null ? "–" : tanggal.format(p.mulai()))
                .setHeader(getTranslation("penugasan.mulai"))
                .setWidth("8rem")
                .setFlexGrow(0);
        penugasan
                .addColumn(p ->
                        p.selesai() == null ? getTranslation("penugasan.sampai-sekarang") : tanggal.format(p.selesai()))
                .setHeader(getTranslation("penugasan.selesai"))
                .setWidth("10rem")
                .setFlexGrow(0);
        penugasan.addComponentColumn(this::tombolAkhiri).setWidth("6rem").setFlexGrow(0);
        penugasan.setPartNameGenerator(p -> p.berlaku() ? null : "baris-lampau");
        penugasan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        penugasan.setAllRowsVisible(true);
        VerticalLayout bagian =
                new VerticalLayout(new H3(getTranslation("penugasan.judul")), keterangan, tambah, penugasan);
        bagian.setPadding(false);
        return bagian;
    }

    private void muatPenugasan() {
        penugasan.setItems(service.daftarPenugasan());
    }

    /** Only an assignment still running (or ending later) can be ended. */
    private Component tombolAkhiri(BarisPenugasan baris) {
        Button akhiri = new Button(getTranslation("penugasan.akhiri"), e -> dialogAkhiri(baris));
        akhiri.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        akhiri.setVisible(baris.selesai() == null || baris.selesai().isAfter(LocalDate.now(clock)));
        return akhiri;
    }

    private void dialogTambah() {
        PilihanPenugasan pilihan = service.pilihanPenugasan();
        ComboBox<PilihanPegawai> pegawai = new ComboBox<>(getTranslation("penugasan.pegawai"));
        pegawai.setItems(pilihan.pegawai());
        pegawai.setItemLabelGenerator(p -> p.nip() == null ? p.nama() : p.nama() + " · " + p.nip());
        ComboBox<PilihanJabatan> jabatan = new ComboBox<>(getTranslation("penugasan.jabatan"));
        jabatan.setItems(pilihan.jabatan());
        jabatan.setItemLabelGenerator(PilihanJabatan::nama);
        Select<JenisPenugasan> jenis = new Select<>();
        jenis.setLabel(getTranslation("penugasan.jenis"));
        jenis.setItems(JenisPenugasan.values());
        jenis.setItemLabelGenerator(j -> getTranslation("penugasan.jenis." + j.name()));
        jenis.setValue(JenisPenugasan.DEFINITIF);
        DatePicker mulai = new DatePicker(getTranslation("penugasan.mulai"), LocalDate.now(clock));
        DatePicker selesai = new DatePicker(getTranslation("penugasan.selesai"));
        FormLayout form = new FormLayout(pegawai, jabatan, jenis, mulai, selesai);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));

        Dialog dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation("penugasan.tambah"));
        Button simpan = new Button(getTranslation("penugasan.simpan"), e -> {
            try {
                if (pegawai.getValue() == null || jabatan.getValue() == null) {
                    throw new AturanDilanggar("penugasan.wajib");
                }
                service.tambahPenugasan(new TambahPenugasan(
                        pegawai.getValue().id(),
                        jabatan.getValue().id(),
                        jenis.getValue(),
                        mulai.getValue(),
                        selesai.getValue()));
                dialog.close();
                Pemberitahuan.berhasil(getTranslation("penugasan.tersimpan"));
                muatPenugasan();
            } catch (AturanDilanggar ditolak) {
                // the dialog stays open with what was chosen
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("penugasan.batal"), e -> dialog.close()), simpan);
        dialog.open();
    }

    private void dialogAkhiri(BarisPenugasan baris) {
        DatePicker selesai = new DatePicker(getTranslation("penugasan.tanggal-selesai"), LocalDate.now(clock));
        Dialog dialog = new Dialog(selesai);
        dialog.setHeaderTitle(getTranslation("penugasan.akhiri-judul", baris.pegawai(), baris.jabatan()));
        Button simpan = new Button(getTranslation("penugasan.akhiri"), e -> {
            try {
                service.akhiriPenugasan(baris.id(), selesai.getValue(), baris.versi());
                dialog.close();
                Pemberitahuan.berhasil(getTranslation("penugasan.diakhiri"));
                muatPenugasan();
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            } catch (ObjectOptimisticLockingFailureException konflik) {
                dialog.close();
                Pemberitahuan.galat(getTranslation("penugasan.konflik"));
                muatPenugasan();
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("penugasan.batal"), e -> dialog.close()), simpan);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instansi.judul");
    }
}
