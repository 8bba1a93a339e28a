package id.kecamatan.kinerja.realisasi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import id.kecamatan.kinerja.AbstractUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Rincian of an indicator filled from the Evaluasi AKIP links to the evaluation of the year shown, for those who
 * may open that page (a hidden link is not found); other indicators have no such link. Reads Meral's plan only (IKU-AKIP is marked in the seed).
 */
class RincianIndikatorViewTest extends AbstractUiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ikuDariEvaluasiAkipMenautKeEvaluasiTahunItu() {
        loginAndNavigate("camat", "rincian/" + id("IKU-AKIP") + "/2024");
        Anchor tautan = _get(Anchor.class, s -> s.withId("tautan-evaluasi"));
        assertThat(tautan.getText()).isEqualTo("Nilai dari Evaluasi AKIP 2024");
        assertThat(tautan.getHref()).isEqualTo("evaluasi?tahun=2024");

        loginAndNavigate("camat", "rincian/" + id("IKU-IPP") + "/2024");
        assertThat(_find(Anchor.class, s -> s.withId("tautan-evaluasi"))).isEmpty();
    }

    /** Every role opens the Evaluasi page, a Kasi to the office's scores: the link is there for a reader too. */
    @Test
    void kasiJugaMendapatTautan() {
        loginAndNavigate("kasi.pemerintahan", "rincian/" + id("IKU-AKIP") + "/2024");
        assertThat(_get(Anchor.class, s -> s.withId("tautan-evaluasi")).getHref())
                .isEqualTo("evaluasi?tahun=2024");
    }

    private long id(String kode) {
        return jdbc.queryForObject(
                "select i.id from indikator i join instansi s on s.id = i.instansi_id where s.kode = 'MERAL'"
                        + " and i.kode = ?",
                Long.class,
                kode);
    }
}
