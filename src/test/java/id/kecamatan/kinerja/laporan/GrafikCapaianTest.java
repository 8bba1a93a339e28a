package id.kecamatan.kinerja.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.kecamatan.kinerja.laporan.GrafikCapaian.Batang;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart read back pixel by pixel: bars as long as their capaian, none for a sasaran without data. */
class GrafikCapaianTest {

    private static final int BATANG = GrafikCapaian.WARNA_BATANG.getRGB();

    @Test
    void aSasaranWithoutDataHasNoBarButItsWordsAndBarsAreAsLongAsTheirCapaian() throws IOException {
        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(GrafikCapaian.png(List.of(
                new Batang("S-1", new BigDecimal("100")),
                new Batang("S-2", null),
                new Batang("S-3", new BigDecimal("50"))))));

        assertThat(gambar.getHeight()).isEqualTo(GrafikCapaian.tinggi(3));
        int kiri = GrafikCapaian.KIRI;
        assertThat(gambar.getRGB(kiri + 5, GrafikCapaian.tengahBaris(0))).isEqualTo(BATANG);
        assertThat(gambar.getRGB(kiri + 5, GrafikCapaian.tengahBaris(1)))
                .as("no bar where there is no data")
                .isNotEqualTo(BATANG);
        assertThat(adaTinta(gambar, kiri + 10, kiri + 200, GrafikCapaian.tengahBaris(1)))
                .as("'belum ada data' written in its row")
                .isTrue();
        int seratus = ujung(gambar, 0) - kiri;
        int limaPuluh = ujung(gambar, 2) - kiri;
        assertThat(seratus).isGreaterThan(100);
        assertThat(limaPuluh).isCloseTo(seratus / 2, within(3));
    }

    @Test
    void aChartWithoutSasaranIsStillAPicture() throws IOException {
        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(GrafikCapaian.png(List.of())));
        assertThat(gambar.getWidth()).isEqualTo(GrafikCapaian.LEBAR);
    }

    /** The last pixel of the bar colour in a row. */
    private static int ujung(BufferedImage gambar, int baris) {
        int y = GrafikCapaian.tengahBaris(baris);
        int x = GrafikCapaian.KIRI + 2;
        while (x + 1 < gambar.getWidth() && gambar.getRGB(x + 1, y) == BATANG) {
            x++;
        }
        return x;
    }

    private static boolean adaTinta(BufferedImage gambar, int dari, int sampai, int yTengah) {
        for (int x = dari; x < sampai; x++) {
            for (int y = yTengah - 8; y <= yTengah + 8; y++) {
                if ((gambar.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
