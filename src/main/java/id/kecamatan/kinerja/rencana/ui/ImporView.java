package id.kecamatan.kinerja.rencana.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.PilihTahun;
import id.kecamatan.kinerja.base.ui.PilihTriwulan;
import id.kecamatan.kinerja.base.ui.UnggahExcel;
import id.kecamatan.kinerja.base.ui.UnggahExcel.Ringkasan;
import id.kecamatan.kinerja.realisasi.ImporRealisasiExcel;
import id.kecamatan.kinerja.realisasi.Tenggat;
import id.kecamatan.kinerja.rencana.EksporRencana;
import id.kecamatan.kinerja.rencana.ImporRencanaExcel;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * Import from Excel: realisasi of the user's own indicators for a quarter (every indicator owner), and a whole
 * kecamatan's plan (template and export for the Admin and Sekcam, import as a new instansi for the Admin).
 * A file is checked whole: its errors are listed by sheet, row and column, and nothing of it is saved.
 */
@Route("impor")
@Menu(title = "menu.impor", order = 8.5, icon = "vaadin:upload")
// the evaluator has no indicators and no plan to import
@RolesAllowed({"ADMIN", "CAMAT", "SEKCAM", "KEPALA_UNIT", "STAF"})
public class ImporView extends VerticalLayout implements HasDynamicTitle {

    private final ImporRealisasiExcel imporRealisasi;
    private final ImporRencanaExcel imporRencana;
    private final EksporRencana eksporRencana;
    /** Read by the download handler, which runs outside the UI lock. */
    private volatile int tahunDipilih;

    private volatile Triwulan triwulanDipilih = Triwulan.I;

    public ImporView(
            ImporRealisasiExcel imporRealisasi,
            ImporRencanaExcel imporRencana,
            EksporRencana eksporRencana,
            PenggunaSaatIni penggunaSaatIni,
            Clock clock,
            Tenggat tenggat) {
        this.imporRealisasi = imporRealisasi;
        this.imporRencana = imporRencana;
        this.eksporRencana = eksporRencana;
        Pengguna pengguna = penggunaSaatIni.wajib();

        if (pengguna.peran() != Peran.ADMIN) {
            add(bagianRealisasi(clock, tenggat));
        }
        if (pengguna.peran() == Peran.ADMIN || pengguna.peran() == Peran.SEKCAM) {
            add(bagianRencana(pengguna.peran() == Peran.ADMIN));
        }
    }

    private Div bagianRealisasi(Clock clock, Tenggat tenggat) {
        PilihTahun tahun = new PilihTahun(clock, 0);
        PilihTriwulan triwulan =
                new PilihTriwulan(getTranslation("impor.triwulan"), tenggat.triwulanBerjalan(tahun.getValue(), clock));
        tahunDipilih = tahun.getValue();
        triwulanDipilih = tenggat.triwulanBerjalan(tahun.getValue(), clock);
        tahun.addValueChangeListener(e -> tahunDipilih = e.getValue());
        // the picker offers no empty choice; a cleared value keeps the last quarter chosen
        triwulan.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                triwulanDipilih = e.getValue();
            }
        });

        Anchor template = UnggahExcel.unduhan(
                () -> imporRealisasi.template(tahunDipilih, triwulanDipilih), getTranslation("impor.realisasi.unduh"));
        HorizontalLayout pilihan = new HorizontalLayout(tahun, triwulan, template);
        pilihan.setAlignItems(Alignment.BASELINE);
        // on a phone the triwulan and the template link go to the next line instead of off the screen
        pilihan.setWrap(true);
        UnggahExcel upload = new UnggahExcel(
                (isi, kemajuan) -> {
                    ImporRealisasiExcel.Hasil h = imporRealisasi.impor(isi, kemajuan);
                    if (!h.berhasil()) {
                        return Ringkasan.ditolak(h.galat());
                    }
                    return Ringkasan.tersimpan(
                            h.jumlahDraf() == 0
                                    ? getTranslation("impor.realisasi.tanpa-perubahan")
                                    : getTranslation("impor.realisasi.berhasil", h.jumlahDraf(), h.jumlahNilai()),
                            null);
                },
                () -> {});
        Div bagian = new Div(
                new H2(getTranslation("impor.realisasi.judul")),
                new Paragraph(getTranslation("impor.realisasi.petunjuk")),
                pilihan,
                upload);
        bagian.addClassName("kartu");
        return bagian;
    }

    private Div bagianRencana(boolean admin) {
        Anchor kosong = UnggahExcel.unduhan(eksporRencana::templateKosong, getTranslation("impor.rencana.template"));
        Anchor ekspor = UnggahExcel.unduhan(eksporRencana::ekspor, getTranslation("impor.rencana.ekspor"));
        HorizontalLayout tautan = new HorizontalLayout(kosong, ekspor);
        tautan.setWrap(true);
        Div bagian = new Div(
                new H2(getTranslation("impor.rencana.judul")),
                new Paragraph(getTranslation(admin ? "impor.rencana.petunjuk" : "impor.rencana.petunjuk-sekcam")),
                tautan);
        if (admin) {
            bagian.add(new UnggahExcel(
                    (isi, kemajuan) -> {
                        ImporRencanaExcel.Hasil h = imporRencana.impor(isi, kemajuan);
                        if (!h.berhasil()) {
                            return Ringkasan.ditolak(h.galat());
                        }
                        return Ringkasan.tersimpan(
                                getTranslation(
                                        "impor.rencana.berhasil",
                                        h.namaInstansi(),
                                        h.kodeInstansi(),
                                        h.jumlahUnit(),
                                        h.jumlahJabatan(),
                                        h.jumlahIndikator()),
                                getTranslation("impor.rencana.akun", h.usernameAdmin(), h.passwordAdmin()));
                    },
                    () -> {}));
        }
        bagian.addClassName("kartu");
        return bagian;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.impor");
    }
}
