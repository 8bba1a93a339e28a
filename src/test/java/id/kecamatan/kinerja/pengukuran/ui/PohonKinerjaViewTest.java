package id.kecamatan.kinerja.pengukuran.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.Grafik;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.indikator.TargetService.SimpanTarget;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.realisasi.ui.RincianIndikatorView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Pohon Kinerja as a Kasi sees it: the whole cascade from visi to each jabatan's IKI; an indicator with an approved
 * figure in the band's colour, one without grey and saying so (never green); a click on an indicator opens its
 * Rincian, anything else the browser might send does nothing. The dataset is entered in a transaction rolled back.
 */
class PohonKinerjaViewTest extends AbstractUiTest {

    private static final int TAHUN = TahunUji.milik(PohonKinerjaViewTest.class, 2006);

    @Autowired
    TargetService targetService;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void kasiMelihatPohonDariVisiSampaiIkiDenganWarnaPredikatDanMembukaRincian() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            long ektp = indikator("IKI-KASI-PEM-1");
            login("sekcam");
            targetService.simpan(
                    new SimpanTarget(ektp, TAHUN, Map.of(PeriodeTarget.TAHUNAN, new BigDecimal("90")), Map.of(), null));
            login("kasi.pemerintahan");
            long id = realisasiService
                    .simpanDraf(new SimpanDraf(
                            ektp,
                            new Periode(TAHUN, Triwulan.I),
                            Map.of(
                                    "PENDUDUK_REKAM_EKTP",
                                    new BigDecimal("45"),
                                    "JUMLAH_PENDUDUK",
                                    new BigDecimal("50")),
                            null,
                            null,
                            null))
                    .realisasiId();
            realisasiService.ajukan(List.of(id));
            login("sekcam");
            realisasiService.setujui(List.of(id));

            loginAndNavigate("kasi.lh", "pohon-kinerja");
            assertThat(_find(SideNavItem.class, s -> s.withLabel("Pohon Kinerja")))
                    .hasSize(1);
            @SuppressWarnings("unchecked")
            Select<Integer> tahun = _get(Select.class, s -> s.withLabel("Tahun"));
            tahun.setValue(TAHUN);
            @SuppressWarnings("unchecked")
            Select<Triwulan> sampai = _get(Select.class, s -> s.withLabel("Sampai dengan"));
            sampai.setValue(Triwulan.IV);

            Grafik grafik = _get(Grafik.class);
            JsonNode akar = JsonMapper.shared()
                    .readTree(grafik.getOpsi())
                    .path("series")
                    .get(0)
                    .path("data")
                    .get(0);
            assertThat(akar.path("name").asString()).isEqualTo("Visi");
            assertThat(akar.path("value").asString()).startsWith("Terwujudnya Kecamatan Meral");

            List<List<JsonNode>> jalur = new ArrayList<>();
            kumpulkan(akar, new ArrayList<>(), jalur);
            List<JsonNode> keSekcam = jalur("IKI-SEKCAM-1", jalur);
            // visi → misi → tujuan → sasaran → IKU → IKI
            assertThat(keSekcam).hasSize(6);
            assertThat(keSekcam.get(1).path("name").asString()).startsWith("Misi ");
            assertThat(keSekcam.get(2).path("name").asString()).startsWith("T-");
            assertThat(keSekcam.get(3).path("name").asString()).startsWith("SK-AKIP · ");
            assertThat(keSekcam.get(4).path("name").asString()).startsWith("IKU-AKIP · ");
            List<JsonNode> keEktp = jalur("IKI-KASI-PEM-1", jalur);
            // Meral's plan puts the sasaran of IKU-IPP under no tujuan: it hangs from the visi
            assertThat(keEktp).hasSize(4);
            assertThat(keEktp.get(1).path("name").asString()).startsWith("SK-IPP · ");
            assertThat(keEktp.get(2).path("name").asString()).startsWith("IKU-IPP · ");
            JsonNode simpulEktp = keEktp.getLast();
            assertThat(simpulEktp.path("name").asString()).isEqualTo("IKI-KASI-PEM-1 · 100,00 % Sangat Tinggi");
            assertThat(simpulEktp.path("value").asString())
                    .contains("Kepala Seksi Pemerintahan", "1 triwulan disetujui");
            assertThat(simpulEktp.path("itemStyle").path("color").asString())
                    .isEqualTo(PohonKinerjaView.WARNA_PITA.getFirst());

            List<JsonNode> tanpaData = jalur.stream()
                    .map(List::getLast)
                    .filter(n -> n.has("tautan") && n.path("name").asString().endsWith("belum ada data"))
                    .toList();
            assertThat(tanpaData).as("indicators without approved data").isNotEmpty();
            assertThat(tanpaData)
                    .allSatisfy(
                            n -> assertThat(n.path("itemStyle").path("color").asString())
                                    .isEqualTo(PohonKinerjaView.WARNA_KOSONG));
            assertThat(jalur.stream().map(List::getLast).filter(n -> n.has("tautan")))
                    .as("every indicator is a link to its Rincian")
                    .allSatisfy(n -> assertThat(n.path("tautan").asString()).matches("\\d+"));

            grafik.diklik("1 or 1=1");
            expectView(PohonKinerjaView.class);
            grafik.diklik(String.valueOf(ektp));
            expectView(RincianIndikatorView.class);
        });
    }

    /** The first path to the indicator's node. */
    private static List<JsonNode> jalur(String kode, List<List<JsonNode>> semua) {
        return semua.stream()
                .filter(j -> j.getLast().path("name").asString().startsWith(kode + " · "))
                .findFirst()
                .orElseThrow();
    }

    /** Every path from the root to a node, the node last. */
    private static void kumpulkan(JsonNode simpul, List<JsonNode> jalan, List<List<JsonNode>> semua) {
        List<JsonNode> sini = new ArrayList<>(jalan);
        sini.add(simpul);
        semua.add(sini);
        for (JsonNode anak : simpul.path("children")) {
            kumpulkan(anak, sini, semua);
        }
    }

    private long indikator(String kode) {
        return jdbc.queryForObject(
                "select i.id from indikator i join instansi n on n.id = i.instansi_id"
                        + " where n.kode = 'MERAL' and i.kode = ?",
                Long.class,
                kode);
    }
}
