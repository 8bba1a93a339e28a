package id.kecamatan.kinerja.pengukuran.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UnduhUji;
import id.kecamatan.kinerja.anggaran.MataAnggaran;
import id.kecamatan.kinerja.anggaran.MataAnggaranRepository;
import id.kecamatan.kinerja.anggaran.TingkatAnggaran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.indikator.TargetService.SimpanTarget;
import id.kecamatan.kinerja.laporan.BacaBerkas;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisPeta;
import id.kecamatan.kinerja.pengukuran.CapaianService.EfisiensiSasaran;
import id.kecamatan.kinerja.pengukuran.CapaianService.Terlambat;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.realisasi.ui.RincianIndikatorView;
import id.kecamatan.kinerja.renstra.SasaranRepository;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard on a fixed dataset of Meral in 2012 (a year this class claims, so that no other class commits data
 * in it), entered through the services inside a transaction that is rolled back, so nothing stays behind. Expected
 * figures, by hand:
 * <ul>
 * <li>IKU-AKIP (NILAI, TERAKHIR): target 60, approved Q4 66 → 66 / 60 × 100 = 110,00.</li>
 * <li>IKI-KASI-PEM-1 (RASIO, cascaded to IKU-IPP): target 90, approved Q1 45/50 = 90 % → 100,00.</li>
 * <li>IKU-IPP has no realisasi of its own, so it counts with its IKI index: 100,00 (1 of 9 IKI with data).</li>
 * <li>Kecamatan: (110 + 100) / 2 = 105,00, "Sangat Tinggi"; 2 of 2 IKU, 2 of 18 indicators with data.</li>
 * <li>IKI-KASI-KESOS-1 has a draft in Q2, past its deadline: late, seen by the Camat, not by Kasi Pemerintahan.</li>
 * </ul>
 */
class DasborViewTest extends AbstractUiTest {

    static final int TAHUN = TahunUji.milik(DasborViewTest.class, 2012);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TargetService targetService;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    BuktiDukungService buktiService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    SasaranRepository sasaranRepository;

    @Autowired
    MataAnggaranRepository mataAnggaranRepository;

    @Test
    void camatMelihatSkorIkuUnitPetaDanYangTerlambat() {
        denganData(() -> {
            DasborView view = buka("camat");

            List<String> kartu = _find(Div.class, s -> s.withClasses("kartu")).stream()
                    .map(this::teks)
                    .toList();
            assertThat(kartu.getFirst())
                    .contains(
                            "Skor kinerja kecamatan",
                            "105,00 %",
                            "Sangat Tinggi",
                            "Cakupan: 2 dari 2 IKU memiliki angka",
                            "2 dari 18 indikator memiliki realisasi disetujui");
            assertThat(kartu)
                    .anySatisfy(k -> assertThat(k)
                            .contains(
                                    "Nilai AKIP Kecamatan Meral",
                                    "110,00 %",
                                    "Capaian IKU sendiri: 110,00 % (realisasi 66,00 nilai, target 60,00)",
                                    "Indeks IKI: Belum ada data disetujui (0 dari 7 IKI berdata)"));
            assertThat(kartu)
                    .anySatisfy(k -> assertThat(k)
                            .contains(
                                    "Nilai Indeks Pelayanan Publik (IPP)",
                                    "100,00 %",
                                    "Indeks IKI: 100,00 % (1 dari 9 IKI berdata)"));

            // the chart options carry the figures drawn: one bar per unit kerja, a gap (null) where no data
            assertThat(view.grafikUnit.getOpsi())
                    .contains("\"Seksi Pemerintahan\"")
                    .contains("100.00")
                    .contains("null");
            assertThat(view.grafikTren.getOpsi()).contains("\"2012 TW IV\"").contains("105.00");

            Grid<BarisPeta> peta = petaStatus();
            BarisPeta kesos = baris(peta, "Kepala Seksi Kesejahteraan Sosial");
            assertThat(kesos.triwulan().get(1).terlambat()).isEqualTo(1);
            BarisPeta pemerintahan = baris(peta, "Kepala Seksi Pemerintahan");
            assertThat(pemerintahan.triwulan().getFirst().disetujui()).isEqualTo(1);
            assertThat(pemerintahan.triwulan().getFirst().terlambat()).isEqualTo(3);

            assertThat(terlambat())
                    .anySatisfy(t -> assertThat(t.kode() + " " + t.triwulan().nomor() + " " + t.status())
                            .isEqualTo("IKI-KASI-KESOS-1 2 DRAF"));
            // the test profile has no sample data, so no warning that figures come from it
            assertThat(_find(Div.class, s -> s.withClasses("peringatan"))).isEmpty();
        });
    }

    @Test
    void rincianSampaiKeBarisRealisasiDanBuktiDukungnya() {
        denganData(() -> {
            buka("camat");
            Button rincianIpp = _find(Div.class, s -> s.withClasses("kartu")).stream()
                    .filter(k -> teks(k).contains("Nilai Indeks Pelayanan Publik"))
                    .findFirst()
                    .orElseThrow()
                    .getChildren()
                    .filter(Button.class::isInstance)
                    .map(Button.class::cast)
                    .findFirst()
                    .orElseThrow();
            _click(rincianIpp);

            Dialog dialog = _get(Dialog.class);
            @SuppressWarnings("unchecked")
            Grid<BarisCapaian> grid = _get(dialog, Grid.class);
            List<BarisCapaian> baris = GridKt._findAll(grid);
            assertThat(baris.getFirst().kode()).isEqualTo("IKU-IPP");
            int ektp = baris.stream().map(BarisCapaian::kode).toList().indexOf("IKI-KASI-PEM-1");
            assertThat(baris.get(ektp).capaian().toString()).contains("100.00");

            _click((Button) GridKt._getCellComponent(grid, ektp, "rincian"));

            @SuppressWarnings("unchecked")
            Grid<Triwulan> triwulan = _get(_get(RincianIndikatorView.class), Grid.class);
            assertThat(teks(GridKt._getCellComponent(triwulan, 0, "komponen"))).contains("45", "50");
            assertThat(_get(GridKt._getCellComponent(triwulan, 0, "bukti"), Anchor.class)
                            .getText())
                    .isEqualTo("rekap-ektp-2012.pdf");
        });
    }

    @Test
    void kasiMelihatRingkasanDanMiliknyaSajaTanpaDrafSeksiLain() {
        denganData(() -> {
            buka("kasi.pemerintahan");

            assertThat(teks(_find(Div.class, s -> s.withClasses("kartu")).getFirst()))
                    .contains("105,00 %");
            assertThat(petaStatus()
                            .getGenericDataView()
                            .getItems()
                            .map(BarisPeta::jabatan)
                            .toList())
                    .containsExactly("Kepala Seksi Pemerintahan");
            assertThat(terlambat())
                    .isNotEmpty()
                    .allSatisfy(t -> assertThat(t.jabatan()).isEqualTo("Kepala Seksi Pemerintahan"));
            assertThat(terlambat()).noneSatisfy(t -> assertThat(t.kode()).isEqualTo("IKI-KASI-KESOS-1"));
        });
    }

    /**
     * A program serving the sasaran of IKI-KASI-PEM-1, with pagu 1.000.000 and 800.000 spent: serapan 80,00. The
     * sasaran has no IKU, so its capaian is its IKI with data, 100,00 (the other IKI has none, left out): selisih 20,00
     * points, above the default 5: efficient.
     */
    @Test
    void efisiensiPerSasaranMembandingkanCapaianDenganSerapan() {
        denganData(() -> {
            Long sasaran = jdbc.queryForObject(
                    "select sasaran_id from indikator where id = ?", Long.class, indikator("IKI-KASI-PEM-1"));
            Instansi meral = instansiRepository.findByKode("MERAL").orElseThrow();
            MataAnggaran program = new MataAnggaran(
                    meral, TAHUN, TingkatAnggaran.PROGRAM, null, "P1", "Program Pelayanan Administrasi Kependudukan");
            program.setSasaran(sasaranRepository.getReferenceById(sasaran));
            MataAnggaran kegiatan = new MataAnggaran(
                    meral, TAHUN, TingkatAnggaran.KEGIATAN, program, "P1.K1", "Pelayanan KTP elektronik");
            MataAnggaran sub = new MataAnggaran(
                    meral,
                    TAHUN,
                    TingkatAnggaran.SUB_KEGIATAN,
                    kegiatan,
                    "P1.K1.S1",
                    "Perekaman KTP elektronik keliling");
            sub.setPagu(new BigDecimal("1000000"));
            sub.setRealisasi(Triwulan.II, new BigDecimal("800000"));
            mataAnggaranRepository.saveAll(List.of(program, kegiatan, sub));

            buka("camat");

            @SuppressWarnings("unchecked")
            Grid<EfisiensiSasaran> grid = _find(Grid.class).stream()
                    .filter(g -> g.getColumnByKey("tingkat") != null)
                    .findFirst()
                    .orElseThrow();
            assertThat(GridKt._size(grid)).isEqualTo(1);
            assertThat(GridKt._getFormatted(grid, 0, "capaian")).isEqualTo("100,00 %");
            assertThat(GridKt._getFormatted(grid, 0, "serapan")).isEqualTo("80,00 %");
            assertThat(GridKt._getFormatted(grid, 0, "tingkat")).isEqualTo("Efisien (20,00 poin)");
        });
    }

    /**
     * The export runs in the background, in a transaction of its own, so it sees committed data only: 2012 has
     * none for Meral, and every figure must say so instead of being written as 0.
     */
    @Test
    void unduhExcelBerisiSetiapIndikatorDanDataKosongBukanNol() {
        buka("camat");

        List<List<Object>> baris =
                BacaBerkas.barisExcel(UnduhUji.unduh(_find(UnduhExcel.class).getFirst()));

        List<List<Object>> akip = baris.stream()
                .filter(b -> String.valueOf(b.getFirst()).startsWith("IKU-AKIP"))
                .toList();
        assertThat(akip).hasSize(1);
        // columns: indikator, jabatan, target, realisasi, capaian, predikat, triwulan disetujui
        assertThat(akip.getFirst().subList(3, 5))
                .containsExactly("Belum ada data disetujui", "tidak dapat dihitung (Target belum ditetapkan)");
        assertThat(akip.getFirst().get(6)).isEqualTo(0.0);
        assertThat(baris.stream().filter(b -> String.valueOf(b.getFirst()).matches("IK[IU]-.*")))
                .hasSize(18);
    }

    private DasborView buka(String username) {
        loginAndNavigate(username, "dasbor");
        DasborView view = _get(DasborView.class);
        @SuppressWarnings("unchecked")
        Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
        tahun.setValue(TAHUN);
        @SuppressWarnings("unchecked")
        Select<Triwulan> triwulan = _get(Select.class, s -> s.withLabel("Sampai dengan"));
        triwulan.setValue(Triwulan.IV);
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Grid<BarisPeta> petaStatus() {
        return _find(Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof BarisPeta)
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Terlambat> terlambat() {
        return _find(Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof Terlambat)
                .findFirst()
                .map(g -> (List<Terlambat>) GridKt._findAll(g))
                .orElse(List.of());
    }

    private static BarisPeta baris(Grid<BarisPeta> peta, String jabatan) {
        return peta.getGenericDataView()
                .getItems()
                .filter(b -> b.jabatan().equals(jabatan))
                .findFirst()
                .orElseThrow();
    }

    private String teks(com.vaadin.flow.component.Component komponen) {
        return komponen.getElement().getTextRecursively();
    }

    /**
     * The dataset, entered as the people would: the Sekcam sets the targets, the Camat submits and approves his own
     * IKU, kasi.pemerintahan submits IKI-KASI-PEM-1 with its evidence and the Sekcam approves it, kasi.kesos leaves
     * a draft. All in one transaction, rolled back after {@code uji}.
     */
    private void denganData(Runnable uji) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            login("sekcam");
            target("IKU-AKIP", "60");
            target("IKI-KASI-PEM-1", "90");
            login("camat");
            long akip = draf("IKU-AKIP", 4, Map.of("NILAI_AKIP", "66"));
            realisasiService.ajukan(List.of(akip));
            realisasiService.setujui(List.of(akip));
            login("kasi.pemerintahan");
            long ektp = draf("IKI-KASI-PEM-1", 1, Map.of("PENDUDUK_REKAM_EKTP", "45", "JUMLAH_PENDUDUK", "50"));
            buktiService.unggah(ektp, "rekap-ektp-2012.pdf", BuktiUji.PDF);
            realisasiService.ajukan(List.of(ektp));
            login("sekcam");
            realisasiService.setujui(List.of(ektp));
            login("kasi.kesos");
            draf("IKI-KASI-KESOS-1", 2, Map.of("RASTRA", "3"));
            logout();
            assertThat(akip).isPositive();
            uji.run();
            UI.getCurrent()
                    .getChildren()
                    .filter(Dialog.class::isInstance)
                    .map(Dialog.class::cast)
                    .forEach(Dialog::close);
        });
    }

    private long indikator(String kode) {
        return jdbc.queryForObject(
                "select i.id from indikator i join instansi n on n.id = i.instansi_id"
                        + " where n.kode = 'MERAL' and i.kode = ?",
                Long.class,
                kode);
    }

    /** A yearly target of {@link #TAHUN}, as the signed-in Sekcam sets it. */
    private void target(String kode, String nilai) {
        targetService.simpan(new SimpanTarget(
                indikator(kode), TAHUN, Map.of(PeriodeTarget.TAHUNAN, new BigDecimal(nilai)), Map.of(), null));
    }

    /** A draft of the signed-in owner in {@link #TAHUN}; returns its id. */
    private long draf(String kode, int triwulan, Map<String, String> nilai) {
        Map<String, BigDecimal> angka = new HashMap<>();
        nilai.forEach((komponen, teks) -> angka.put(komponen, new BigDecimal(teks)));
        return realisasiService
                .simpanDraf(new SimpanDraf(
                        indikator(kode), new Periode(TAHUN, Triwulan.dari(triwulan)), angka, null, null, null))
                .realisasiId();
    }
}
