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
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TetapkanKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiUji;
import id.kecamatan.kinerja.evaluasi.RekomendasiService;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.CatatTindakLanjut;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.TulisRekomendasi;
import id.kecamatan.kinerja.evaluasi.StatusTindakLanjut;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Evaluasi AKIP documents read back, on Meral's evaluation of {@link #TAHUN} (a year this class claims) with two
 * kriteria answered, one of them set by the evaluator, and one recommendation in progress: the worksheet (Excel) has
 * every kriteria, the answers with value and justification, the evaluator's answer and note, "belum dinilai" /
 * "belum ditetapkan" for the others (never 0), and no total; the summary (PDF) says how many are missing and lists
 * the recommendation with its follow-up.
 */
@UjiTerpadu
class LaporanEvaluasiServiceTest {

    static final int TAHUN = TahunUji.milik(LaporanEvaluasiServiceTest.class, 2005);

    @Autowired
    LaporanEvaluasiService laporan;

    @Autowired
    EvaluasiService evaluasiService;

    @Autowired
    RekomendasiService rekomendasiService;

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
            EvaluasiUji.bukti(ctx, id, "1.a.1");
            MasukSebagai.pengguna(userDetailsService, "evaluator");
            long versi = evaluasiService
                    .lembar(TAHUN)
                    .orElseThrow()
                    .komponen()
                    .getFirst()
                    .sub()
                    .getFirst()
                    .kriteria()
                    .getFirst()
                    .versi();
            evaluasiService.tetapkan(new TetapkanKriteria(id, "1.a.1", "T", "SK pedoman belum ditandatangani", versi));
            long rekomendasi = rekomendasiService.tulis(
                    new TulisRekomendasi(id, null, "1.a.1", "Tandatangani SK pedoman teknis", 0));
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            rekomendasiService.catatTindakLanjut(new CatatTindakLanjut(
                    rekomendasi, "Rancangan SK diajukan", LocalDate.of(TAHUN, 12, 31), StatusTindakLanjut.PROSES, 0));
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
        // the kriteria's own row: its code in the first column (the recommendation on it names it too)
        List<Object> a11 = baris.stream()
                .filter(b -> "1.a.1".equals(b.getFirst()))
                .findFirst()
                .orElseThrow();
        assertThat(a11).contains("Y", 1.0, "Pedoman teknis ditetapkan", "T", 0.0, "SK pedoman belum ditandatangani");
        // its evidence file, told apart by the start of its SHA-256
        assertThat(a11).anySatisfy(sel -> assertThat(String.valueOf(sel)).startsWith("bukti.pdf (SHA-256 "));
        // a kriteria the portal's own data answers names the page it is on
        assertThat(baris).anySatisfy(b -> assertThat(b).contains("Data portal: halaman iku"));
        assertThat(BacaBerkas.barisDengan(baris, "1.b.1")).contains("B", 0.75, "belum ditetapkan");
        assertThat(BacaBerkas.barisDengan(baris, "1.a.2"))
                .contains("belum dinilai")
                .doesNotContain(0.0);
        assertThat(BacaBerkas.barisDengan(baris, "Nilai AKIP")).contains("belum dinilai", "belum ditetapkan");
        assertThat(BacaBerkas.barisDengan(baris, "Tandatangani SK pedoman teknis"))
                // due at the end of a year long past and not done
                .contains("1.a.1", "Rancangan SK diajukan", "dalam proses, lewat batas waktu");
    }

    @Test
    void ringkasanMenyebutYangBelumDinilai() {
        String teks = BacaBerkas.teksPdf(laporan.ringkasan(TAHUN).isi());

        assertThat(teks)
                .contains(
                        "RINGKASAN EVALUASI AKIP TAHUN " + TAHUN,
                        "78 dari 80 kriteria belum dinilai",
                        "79 dari 80 kriteria belum ditetapkan",
                        "Perencanaan Kinerja",
                        "Nilai per Komponen",
                        "Rekomendasi dan Tindak Lanjut",
                        "Tandatangani SK pedoman teknis",
                        "Rancangan SK diajukan",
                        "31 Desember " + TAHUN);
    }

    @Test
    void tahunTanpaEvaluasiDitolakDenganPesan() {
        assertThatThrownBy(() -> laporan.ringkasan(TahunUji.tahunIni() - 4))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.belum-dibuka"));
    }
}
