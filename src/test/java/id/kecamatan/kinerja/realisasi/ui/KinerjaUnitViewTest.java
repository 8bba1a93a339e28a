package id.kecamatan.kinerja.realisasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanUnit;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisPersetujuan;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisUnit;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grid per unit kerja: the owner edits in place, another section's Kasi does not see a draft, the Sekcam
 * approves elsewhere and reopens an approved row here with a reason; history is offered only where the service
 * lets the user read it. The years are among those the picker offers (this year and the four before it), relative
 * to the clock, and this class claims the indicators it writes in them: IKI-KASI-LH-2 (Triwulan III) three years
 * ago, IKU-IPP and IKI-KASI-LH-1 (Triwulan IV) four years ago.
 */
class KinerjaUnitViewTest extends AbstractUiTest {

    private static final String JALAN = "Panjang jalan yang terpelihara";
    private static final String IPP = "IKU-IPP";
    private static final String PEKERJA = "IKI-KASI-LH-1";
    private static final String[] ROMAWI = {"", "I", "II", "III", "IV"};

    private static final int TAHUN =
            TahunUji.indikator(KinerjaUnitViewTest.class, TahunUji.tahunIni() - 3, "IKI-KASI-LH-2");
    /** The year of the approved IKU-IPP and the draft of IKI-KASI-LH-1 in Triwulan IV. */
    private static final int TAHUN_RIWAYAT =
            TahunUji.indikator(KinerjaUnitViewTest.class, TahunUji.tahunIni() - 4, IPP, PEKERJA);

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void drafHanyaTampakBagiYangBerhakDanSekcamMembukaKembali() {
        buka("kasi.lh");
        klik(JALAN, 3, "Isi");
        _setValue(_get(TextField.class), "12,5");
        _click(_get(Button.class, s -> s.withText("Simpan draf")));
        assertThat(teks(JALAN, 3)).contains("Draf", "12,50 km");

        buka("kasi.pemerintahan");
        assertThat(teks(JALAN, 3))
                .as("another section's draft")
                .contains("Belum diisi")
                .doesNotContain("12,5");

        buka("kasi.lh");
        klik(JALAN, 3, "Ubah");
        _click(_get(Button.class, s -> s.withText("Simpan dan ajukan")));
        buka("sekcam");
        UI.getCurrent().navigate("persetujuan");
        @SuppressWarnings("unchecked")
        Grid<BarisPersetujuan> kotak = _get(Grid.class, s -> s.withId("kotak-realisasi"));
        kotak.asMultiSelect()
                .select(kotak.getListDataView()
                        .getItems()
                        .filter(b -> b.indikator().equals(JALAN) && b.periode().tahun() == TAHUN)
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, s -> s.withText("Setujui yang dipilih")));

        buka("kasi.pemerintahan");
        assertThat(teks(JALAN, 3))
                .as("approved figures are for everyone")
                .contains("Disetujui", "12,50 km")
                .doesNotContain("Buka kembali");

        buka("sekcam");
        klik(JALAN, 3, "Buka kembali");
        _click(_find(Button.class, s -> s.withText("Buka kembali")).getLast());
        assertThat(_get(TextArea.class).isInvalid()).as("a reason is required").isTrue();
        _setValue(_get(TextArea.class), "Panjang ruas dikoreksi dinas PU");
        _click(_find(Button.class, s -> s.withText("Buka kembali")).getLast());

        buka("kasi.lh");
        assertThat(teks(JALAN, 3)).contains("Dikembalikan");
    }

    /**
     * The regression of "a Riwayat button that does nothing": an approved figure of the Sekretariat is shown to
     * kasi.lh, but its history is not theirs to read, so it is not offered (it used to be, and the click was only a
     * refusal in the security log). Where they may read, their own row, it is offered and opens; so it does for the
     * Sekcam on the Sekretariat's row.
     */
    @Test
    void riwayatHanyaDitawarkanBilaLayananMengizinkan() {
        siapkanTriwulanIv();
        long logTerakhir = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);

        buka("kasi.lh", "SEKRETARIAT", TAHUN_RIWAYAT);
        assertThat(teks(IPP, 4)).as("approved figures are for everyone").contains("Disetujui", "3,4");
        Grid<BarisUnit> grid = grid();
        for (int baris = 0; baris < GridKt._size(grid); baris++) {
            for (int triwulan = 1; triwulan <= 4; triwulan++) {
                assertThat(_find(
                                komponenSel(grid, baris, "Triwulan " + ROMAWI[triwulan]),
                                Button.class,
                                s -> s.withText("Riwayat")))
                        .as("Riwayat in row %d, Triwulan %d", baris, triwulan)
                        .isEmpty();
            }
        }

        buka("kasi.lh", "LH", TAHUN_RIWAYAT);
        klik(PEKERJA, 4, "Riwayat");
        assertThat(riwayat()).contains("Dibuat sebagai Draf");

        buka("sekcam", "SEKRETARIAT", TAHUN_RIWAYAT);
        klik(IPP, 4, "Riwayat");
        assertThat(riwayat()).contains("Dibuat sebagai Draf", "Draf → Diajukan", "Diajukan → Disetujui");

        assertThat(jdbc.queryForList(
                        "select concat(username, ' ', detail) from log_keamanan where id > ? "
                                + "and peristiwa = 'AKSES_DITOLAK'",
                        String.class,
                        logTerakhir))
                .as("refusals while browsing")
                .isEmpty();
    }

    /** IKU-IPP (the Sekcam's) approved by the Camat, IKI-KASI-LH-1 a draft of kasi.lh; made once per database. */
    private void siapkanTriwulanIv() {
        if (realisasi(IPP) == null) {
            login("sekcam");
            Long id = realisasiService
                    .simpanDraf(new SimpanDraf(
                            indikator(IPP),
                            new Periode(TAHUN_RIWAYAT, Triwulan.IV),
                            Map.of("NILAI_IPP", new BigDecimal("3.4")),
                            null,
                            null,
                            null))
                    .realisasiId();
            realisasiService.ajukan(List.of(id));
            login("camat");
            realisasiService.setujui(List.of(id));
        }
        if (realisasi(PEKERJA) == null) {
            login("kasi.lh");
            realisasiService.simpanDraf(new SimpanDraf(
                    indikator(PEKERJA),
                    new Periode(TAHUN_RIWAYAT, Triwulan.IV),
                    Map.of("JUMLAH_PEKERJA", new BigDecimal("12")),
                    null,
                    null,
                    null));
        }
        logout();
    }

    private Long indikator(String kode) {
        return jdbc.queryForObject(
                "select i.id from indikator i join instansi s on s.id = i.instansi_id "
                        + "where s.kode = 'MERAL' and i.kode = ?",
                Long.class,
                kode);
    }

    private Long realisasi(String kode) {
        return jdbc
                .queryForList(
                        "select id from realisasi where indikator_id = ? and tahun = ? and triwulan = 4",
                        Long.class,
                        indikator(kode),
                        TAHUN_RIWAYAT)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The "Perubahan" column of the open history dialog, which is then closed. */
    @SuppressWarnings("unchecked")
    private static List<String> riwayat() {
        RiwayatDialog dialog = _get(RiwayatDialog.class);
        List<String> perubahan = kolom(_get(dialog, Grid.class), "Perubahan");
        // the times are in the office's zone (kinerja.zona-waktu, Asia/Jakarta here), and the header names it
        assertThat(kolom(_get(dialog, Grid.class), "Waktu (WIB)")).hasSameSizeAs(perubahan);
        _click(_get(dialog, Button.class, s -> s.withText("Tutup")));
        return perubahan;
    }

    private void buka(String username) {
        buka(username, "LH", TAHUN);
    }

    private void buka(String username, String kodeUnit, int diTahun) {
        logout();
        loginAndNavigate(username, "renstra");
        UI.getCurrent().navigate("seksi");
        @SuppressWarnings("unchecked")
        Select<PilihanUnit> unit = _get(Select.class, s -> s.withLabel("Unit kerja"));
        _setValue(
                unit,
                unit.getListDataView()
                        .getItems()
                        .filter(u -> u.kode().equals(kodeUnit))
                        .findFirst()
                        .orElseThrow());
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        _setValue(tahun, diTahun);
    }

    @SuppressWarnings("unchecked")
    private static Grid<BarisUnit> grid() {
        return _get(Grid.class);
    }

    private static String teks(String indikator, int triwulan) {
        Grid<BarisUnit> grid = grid();
        return komponenSel(grid, barisDengan(grid, "Indikator", indikator), "Triwulan " + ROMAWI[triwulan])
                .getElement()
                .getTextRecursively();
    }

    private static void klik(String indikator, int triwulan, String tombol) {
        Grid<BarisUnit> grid = grid();
        var sel = komponenSel(grid, barisDengan(grid, "Indikator", indikator), "Triwulan " + ROMAWI[triwulan]);
        _click(_get(sel, Button.class, s -> s.withText(tombol)));
    }
}
