package id.kecamatan.kinerja.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.kecamatan.kinerja.AbstractUiTest;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIku;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisPersetujuan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sample rows and targets are marked on the screens ("(data contoh)", or an asterisk explained under Tabel IKU),
 * and real ones are not. The sample data is written as of now inside a transaction the screens join (Karibu runs them on the test's thread), then rolled back.
 */
class DataContohViewTest extends AbstractUiTest {

    private static final String TANDA = "(data contoh)";
    private static final String[] TRIWULAN = {"Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"};

    /** The year before the sample realisasi begin, where this class's real submission (rolled back) goes. */
    private static final int TAHUN_NYATA =
            TahunUji.indikator(DataContohViewTest.class, DataContoh.TAHUN_REALISASI_PERTAMA - 1, "IKI-KASI-PEM-3");

    @Autowired
    DataContoh dataContoh;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void kinerjaSayaMenandaiSelContohSaja() {
        dalamTransaksiYangDibatalkan(() -> {
            dataContoh.buat(clock.instant());
            loginAndNavigate("kasi.pemerintahan", "kinerja-saya");
            Grid<BarisKinerja> grid = grid();
            int tahun = LocalDate.now(clock).getYear();
            Map<String, Boolean> contoh = new HashMap<>();
            jdbc.query(
                    """
                    select i.kode, r.triwulan, r.data_contoh from realisasi r join indikator i on i.id = r.indikator_id
                    join instansi n on n.id = i.instansi_id where n.kode = 'MERAL' and r.tahun = ?
                    """,
                    rs -> {
                        contoh.put(rs.getString("kode") + "/" + rs.getInt("triwulan"), rs.getBoolean("data_contoh"));
                    },
                    tahun);

            List<Boolean> ditandai = new ArrayList<>();
            for (int baris = 0; baris < GridKt._size(grid); baris++) {
                String kode = GridKt._get(grid, baris).kode();
                for (int triwulan = 1; triwulan <= 4; triwulan++) {
                    boolean harapan = contoh.getOrDefault(kode + "/" + triwulan, false);
                    assertThat(teksSel(grid, baris, TRIWULAN[triwulan - 1]).contains(TANDA))
                            .as("%s triwulan %d", kode, triwulan)
                            .isEqualTo(harapan);
                    ditandai.add(harapan);
                }
            }
            assertThat(ditandai)
                    .as("sample cells and cells without sample data")
                    .contains(true, false);
            if (tahun <= DataContoh.TAHUN_TARGET_TERAKHIR) {
                assertThat(kolom(grid, "Target tahunan"))
                        .isNotEmpty()
                        .allSatisfy(t -> assertThat(t).endsWith(TANDA));
            }
        });
    }

    @Test
    void persetujuanMenandaiBarisContohSaja() {
        dalamTransaksiYangDibatalkan(() -> {
            dataContoh.buat(clock.instant());
            // a real submission beside the sample ones, in a triwulan no sample covers
            login("kasi.pemerintahan");
            Long data = realisasiService.kinerjaSaya(TAHUN_NYATA).stream()
                    .filter(b -> b.kode().equals("IKI-KASI-PEM-3"))
                    .findFirst()
                    .orElseThrow()
                    .indikatorId();
            SelTriwulan nyata = realisasiService.simpanDraf(new SimpanDraf(
                    data,
                    new Periode(TAHUN_NYATA, Triwulan.IV),
                    Map.of("DATA_KEPENDUDUKAN_SESUAI", new BigDecimal("1180")),
                    null,
                    null,
                    null));
            realisasiService.ajukan(List.of(nyata.realisasiId()));

            logout();
            loginAndNavigate("sekcam", "persetujuan");
            @SuppressWarnings("unchecked")
            Grid<BarisPersetujuan> grid = _get(Grid.class, s -> s.withId("kotak-realisasi"));
            List<Boolean> ditandai = new ArrayList<>();
            for (int baris = 0; baris < GridKt._size(grid); baris++) {
                Long id = GridKt._get(grid, baris).realisasiId();
                boolean harapan =
                        jdbc.queryForObject("select data_contoh from realisasi where id = ?", Boolean.class, id);
                assertThat(teksSel(grid, baris, "Indikator").contains(TANDA))
                        .as("realisasi %d", id)
                        .isEqualTo(harapan);
                ditandai.add(harapan);
            }
            assertThat(ditandai).contains(true, false);
        });
    }

    @Test
    void dasborMenyatakanAngkanyaDariDataContoh() {
        dalamTransaksiYangDibatalkan(() -> {
            dataContoh.buat(clock.instant());
            loginAndNavigate("camat", "dasbor");

            assertThat(_get(Div.class, d -> d.withClasses("peringatan"))
                            .getElement()
                            .getTextRecursively())
                    .contains("dihitung dari data contoh");
        });
    }

    @Test
    void tabelIkuMenandaiTargetContohSaja() {
        dalamTransaksiYangDibatalkan(() -> {
            dataContoh.buat(clock.instant());
            loginAndNavigate("camat", "iku");
            Grid<BarisIku> grid = grid();

            for (int baris = 0; baris < GridKt._size(grid); baris++) {
                for (int tahun = 2017; tahun <= 2021; tahun++) {
                    assertThat(GridKt._getFormatted(grid, baris, "target-" + tahun))
                            .doesNotContain("*");
                }
                for (int tahun = 2022; tahun <= 2026; tahun++) {
                    assertThat(GridKt._getFormatted(grid, baris, "target-" + tahun))
                            .matches("[\\d.,]+\\*");
                }
            }
            assertThat(GridKt._getFormatted(grid, 0, "target-2020")).isEqualTo("56,86");
            assertThat(_find(Paragraph.class, p -> p.withText("* (data contoh)")))
                    .hasSize(1);
        });
    }

    private void dalamTransaksiYangDibatalkan(Runnable isi) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            isi.run();
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid() {
        return _get(Grid.class);
    }
}
