package id.kecamatan.kinerja.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiUji;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Evaluasi AKIP documents read back, on Meral's evaluation of {@link #TAHUN} (a year this class claims) with two
 * kriteria answered: the worksheet (Excel) has every kriteria, the answers with value and justification and "belum
 * dinilai" for the others (never 0), and no total; the summary (PDF) says how many are missing.
 */
@UjiTerpadu
class LaporanEvaluasiServiceTest {

    static final int TAHUN = TahunUji.milik(LaporanEvaluasiServiceTest.class, 2005);

    @Autowired
    LaporanEvaluasiService laporan;

    @Autowired
    EvaluasiService evaluasiService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ApplicationContext ctx;

    @BeforeEach
    void siapkan() {
        long id = EvaluasiUji.buka(ctx, "MERAL", TAHUN);
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        var lembar = evaluasiService.lembar(TAHUN).orElseThrow();
        var kriteria = lembar.komponen().getFirst().sub().getFirst().kriteria().getFirst();
        if (kriteria.usulan() == null) {
            evaluasiService.jawab(new JawabKriteria(id, "1.a.1", "Y", "Pedoman teknis ditetapkan", kriteria.versi()));
            evaluasiService.jawab(new JawabKriteria(id, "1.b.1", "B", null, EvaluasiService.BELUM_DIJAWAB));
        }
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void lembarKerjaBerisiSetiapKriteriaDanJawabannya() throws Exception {
        MasukSebagai.pengguna(userDetailsService, "camat");
        Berkas berkas = laporan.lembarKerja(TAHUN);

        assertThat(berkas.nama()).startsWith("lke-" + TAHUN + "-").endsWith(".xlsx");
        List<List<Object>> baris = BacaBerkas.barisExcel(berkas.isi());
        assertThat(baris.stream().filter(b -> String.valueOf(b.getFirst()).matches("\\d\\.[abc]\\.\\d+")))
                .hasSize(80);
        List<Object> a11 = BacaBerkas.barisDengan(baris, "1.a.1");
        assertThat(a11).contains("Y", 1.0, "Pedoman teknis ditetapkan");
        assertThat(BacaBerkas.barisDengan(baris, "1.b.1")).contains("B", 0.75);
        assertThat(BacaBerkas.barisDengan(baris, "1.a.2"))
                .contains("belum dinilai")
                .doesNotContain(0.0);
        assertThat(BacaBerkas.barisDengan(baris, "Nilai AKIP")).contains("belum dinilai");
    }

    @Test
    void ringkasanMenyebutYangBelumDinilai() {
        String teks = BacaBerkas.teksPdf(laporan.ringkasan(TAHUN).isi());

        assertThat(teks)
                .contains(
                        "RINGKASAN EVALUASI AKIP TAHUN " + TAHUN,
                        "78 dari 80 kriteria belum dinilai",
                        "Perencanaan Kinerja",
                        "Nilai per Komponen");
    }

    @Test
    void tahunTanpaEvaluasiDitolakDenganPesan() {
        assertThatThrownBy(() -> laporan.ringkasan(TahunUji.tahunIni() - 4))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.belum-dibuka"));
    }
}
