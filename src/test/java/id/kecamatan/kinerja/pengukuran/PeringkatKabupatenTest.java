package id.kecamatan.kinerja.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuSkor;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.BarisKecamatan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kabupaten's ranking: best score first, equal scores share a place (1, 2, 2, 4), no score no place, last. */
class PeringkatKabupatenTest {

    @Test
    void nilaiSamaBerbagiTempatDanTanpaNilaiDiAkhir() {
        List<BarisKecamatan> urut = PerbandinganKabupatenService.peringkat(List.of(
                baris("Belat", new Hasil.BelumDiisi()),
                baris("Buru", nilai("80.00")),
                baris("Durai", nilai("95.50")),
                baris("Karimun", nilai("80.00")),
                baris("Moro", nilai("70.00")),
                baris("Ungar", new Hasil.TidakDapatDihitung("Target bernilai 0"))));

        assertThat(urut)
                .extracting(BarisKecamatan::nama)
                .containsExactly("Durai", "Buru", "Karimun", "Moro", "Belat", "Ungar");
        assertThat(urut).extracting(BarisKecamatan::peringkat).containsExactly(1, 2, 2, 4, null, null);
    }

    private static Hasil nilai(String angka) {
        return new Hasil.Nilai(new BigDecimal(angka));
    }

    private static BarisKecamatan baris(String nama, Hasil skor) {
        return new BarisKecamatan(
                nama.toUpperCase(),
                nama,
                null,
                new KartuSkor(skor, null, 0, 2, 0, 18, new BigDecimal("120")),
                Map.of(),
                List.of(),
                List.of(),
                false);
    }
}
