package id.kecamatan.kinerja.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.realisasi.BuktiUji;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** File types are told by their bytes; the name only has to agree. */
class JenisBerkasTest {

    @Test
    void setiapJenisDikenaliDariIsinya() {
        assertThat(JenisBerkas.kenali(BuktiUji.PDF)).contains(JenisBerkas.PDF);
        assertThat(JenisBerkas.kenali(BuktiUji.PNG)).contains(JenisBerkas.PNG);
        assertThat(JenisBerkas.kenali(BuktiUji.JPEG)).contains(JenisBerkas.JPEG);
        assertThat(JenisBerkas.kenali(BuktiUji.xlsx("<sheetData/>"))).contains(JenisBerkas.XLSX);
        assertThat(JenisBerkas.kenali(BuktiUji.docx("<document/>"))).contains(JenisBerkas.DOCX);
    }

    @Test
    void isiLainTidakDikenali() {
        assertThat(JenisBerkas.kenali(BuktiUji.EXE)).isEmpty();
        assertThat(JenisBerkas.kenali("laporan kegiatan".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(JenisBerkas.kenali(new byte[0])).isEmpty();
        assertThat(JenisBerkas.kenali(new byte[] {'%', 'P', 'D'}))
                .as("shorter than the PDF header")
                .isEmpty();
        assertThat(JenisBerkas.kenali(BuktiUji.zip("catatan.txt", "bukan dokumen Office")))
                .as("a plain ZIP")
                .isEmpty();
        byte[] zipRusak = Arrays.copyOf(BuktiUji.xlsx("<sheetData/>"), 30);
        assertThat(JenisBerkas.kenali(zipRusak))
                .as("a ZIP cut off before its parts")
                .isEmpty();
    }

    @Test
    void namaHarusBerakhiranSesuaiJenisnya() {
        assertThat(JenisBerkas.JPEG.cocokDengan("foto kegiatan.JPG")).isTrue();
        assertThat(JenisBerkas.JPEG.cocokDengan("foto.jpeg")).isTrue();
        assertThat(JenisBerkas.PDF.cocokDengan("laporan.pdf.exe")).isFalse();
        assertThat(JenisBerkas.PDF.cocokDengan("laporan")).isFalse();
        assertThat(JenisBerkas.XLSX.cocokDengan("rekap.docx")).isFalse();
    }
}
