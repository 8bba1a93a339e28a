package id.kecamatan.kinerja.publik;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.PesanProvider;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.pengukuran.CapaianService.TitikTren;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The public page's trend as SVG points: a quarter without approved data breaks the line, never drawn as 0. */
class TampilanPublikTest {

    private final TampilanPublik tampilan =
            new TampilanPublik(pesan(), PesanProvider.INDONESIA, ZoneId.of("Asia/Jakarta"));

    @Test
    void kuartalTanpaDataMemutusGarisDanNilaiNegatifDigambarDiSumbu() {
        List<TitikTren> daftar = List.of(
                titik(Triwulan.I, null),
                titik(Triwulan.II, "50"),
                titik(Triwulan.III, "100"),
                titik(Triwulan.IV, null),
                new TitikTren(new Periode(2026, Triwulan.I), nilai("-10")),
                new TitikTren(new Periode(2026, Triwulan.II), nilai("0")));

        TampilanPublik.Tren tren = tampilan.tren(daftar, TampilanPublik.LEBAR_LAYAR);

        // two pieces of line: II–III of 2025, then I–II of 2026
        assertThat(tren.garisNilai()).hasSize(2);
        assertThat(tren.garisNilai().getFirst().split(" ")).hasSize(2);
        List<TampilanPublik.Titik> titik = tren.titik();
        assertThat(titik.getFirst().y()).isNull();
        assertThat(titik.getFirst().nilai()).isEqualTo("Belum ada data disetujui");
        assertThat(titik.get(2).y()).isLessThan(titik.get(1).y());
        assertThat(titik.get(4).y()).isEqualTo(titik.get(5).y());
        assertThat(titik.get(4).nilai()).isEqualTo("-10,00 %");
        assertThat(tren.tahun()).extracting(TampilanPublik.LabelTahun::tahun).containsExactly("2025", "2026");
        assertThat(tren.ada()).isTrue();
    }

    @Test
    void tanpaDataSamaSekaliTidakAdaGaris() {
        TampilanPublik.Tren tren =
                tampilan.tren(List.of(titik(Triwulan.I, null), titik(Triwulan.II, null)), TampilanPublik.LEBAR_PONSEL);

        assertThat(tren.garisNilai()).isEmpty();
        assertThat(tren.ada()).isFalse();
    }

    private static TitikTren titik(Triwulan tw, String nilai) {
        return new TitikTren(new Periode(2025, tw), nilai == null ? new Hasil.BelumDiisi() : nilai(nilai));
    }

    private static Hasil nilai(String nilai) {
        return new Hasil.Nilai(new BigDecimal(nilai));
    }

    private static ResourceBundleMessageSource pesan() {
        ResourceBundleMessageSource pesan = new ResourceBundleMessageSource();
        pesan.setBasename("messages");
        pesan.setDefaultEncoding("UTF-8");
        pesan.setFallbackToSystemLocale(false);
        return pesan;
    }
}
