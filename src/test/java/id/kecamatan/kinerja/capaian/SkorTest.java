package id.kecamatan.kinerja.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkorTest {

    private static final Hasil BELUM = new Hasil.BelumDiisi();
    private static final Hasil TDD = new Hasil.TidakDapatDihitung("Target bernilai 0");

    @Test
    void skorMembatasiCapaianDiAtasBatas() {
        assertThat(Skor.skor(new BigDecimal("135.00"), Skor.BATAS_ATAS_BAKU)).isEqualTo(new BigDecimal("120.00"));
        assertThat(Skor.skor(new BigDecimal("119.99"), Skor.BATAS_ATAS_BAKU)).isEqualTo(new BigDecimal("119.99"));
        assertThat(Skor.skor(new BigDecimal("135.00"), new BigDecimal("100"))).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void batasAtasHarusPositif() {
        assertThatThrownBy(() -> Skor.skor(new BigDecimal("90"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Batas atas skor");
    }

    @Test
    void rataRataTertimbangMemakaiSkorBukanCapaianMentah() {
        // (120 × 1 + 80 × 3) / (1 + 3) = 360 / 4 = 90; with the raw 150 it would be 97.5
        Skor.Gabungan gabungan = Skor.rataRataTertimbang(
                List.of(item(nilai("150.00"), "1"), item(nilai("80.00"), "3")), Skor.BATAS_ATAS_BAKU);

        assertThat(gabungan).isEqualTo(new Skor.Gabungan(nilai("90.00"), 2, 2));
    }

    @Test
    void itemTanpaNilaiMengurangiCakupanBukanDihitungNol() {
        // (90 × 2 + 60 × 1) / (2 + 1) = 240 / 3 = 80; counting the two empty items as 0 would give 48 or less
        Skor.Gabungan gabungan = Skor.rataRataTertimbang(
                List.of(item(nilai("90.00"), "2"), item(BELUM, "1"), item(nilai("60.00"), "1"), item(TDD, "1")),
                Skor.BATAS_ATAS_BAKU);

        assertThat(gabungan).isEqualTo(new Skor.Gabungan(nilai("80.00"), 2, 4));
    }

    @Test
    void rataRataTertimbangDibulatkanDuaDesimal() {
        // (100 + 50 + 50) / 3 = 66.666… → 66.67
        Skor.Gabungan gabungan = Skor.rataRataTertimbang(
                List.of(item(nilai("100"), "1"), item(nilai("50"), "1"), item(nilai("50"), "1")), Skor.BATAS_ATAS_BAKU);

        assertThat(gabungan.nilai()).isEqualTo(nilai("66.67"));
    }

    @Test
    void batasAtasDapatDiaturPerInstansi() {
        // with cap 100: (100 × 1 + 80 × 1) / 2 = 90; with the default 120 it would be 100
        Skor.Gabungan gabungan = Skor.rataRataTertimbang(
                List.of(item(nilai("130.00"), "1"), item(nilai("80.00"), "1")), new BigDecimal("100"));

        assertThat(gabungan.nilai()).isEqualTo(nilai("90.00"));
    }

    @Test
    void tanpaItemBernilaiHasilnyaBelumDiisiDenganCakupanNol() {
        Skor.Gabungan gabungan =
                Skor.rataRataTertimbang(List.of(item(BELUM, "1"), item(TDD, "1")), Skor.BATAS_ATAS_BAKU);

        assertThat(gabungan).isEqualTo(new Skor.Gabungan(BELUM, 0, 2));
    }

    @Test
    void daftarKosongBelumDiisi() {
        assertThat(Skor.rataRataTertimbang(List.of(), Skor.BATAS_ATAS_BAKU)).isEqualTo(new Skor.Gabungan(BELUM, 0, 0));
    }

    @Test
    void bobotNolSemuaTidakDapatDihitung() {
        Skor.Gabungan gabungan = Skor.rataRataTertimbang(List.of(item(nilai("90"), "0")), Skor.BATAS_ATAS_BAKU);

        assertThat(gabungan)
                .isEqualTo(new Skor.Gabungan(new Hasil.TidakDapatDihitung("Jumlah bobot bernilai 0"), 1, 1));
    }

    @Test
    void bobotNegatifDitolak() {
        assertThatThrownBy(() -> item(nilai("90"), "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tidak boleh negatif");
    }

    private static Skor.Item item(Hasil capaian, String bobot) {
        return new Skor.Item(capaian, new BigDecimal(bobot));
    }

    private static Hasil nilai(String angka) {
        return new Hasil.Nilai(new BigDecimal(angka));
    }
}
