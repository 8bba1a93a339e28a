package id.kecamatan.kinerja.capaian.lke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.capaian.lke.SaranKenaikan.Langkah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PenilaianLkeTest {

    static final SkalaJawaban YT = new SkalaJawaban("YT", urut("Y", "1", "T", "0"));
    static final SkalaJawaban AE =
            new SkalaJawaban("AE", urut("A", "1", "B", "0.75", "C", "0.5", "D", "0.25", "E", "0"));

    /**
     * Komponen 1 (60): 1.a 20 % = 12 points over 2 Y/T kriteria (6 each), 1.b 80 % = 48 points over 3 A–E kriteria
     * (16 each, a step 4); komponen 2 (40): 2.a 100 % = 40 points, one A–E kriteria (a step 10).
     */
    static final Lke LKE = new Lke(
            "UJI",
            "LKE uji",
            2024,
            List.of(YT, AE),
            List.of(
                    new KomponenLke(
                            "1",
                            "Satu",
                            bd("60"),
                            List.of(
                                    new SubKomponenLke(
                                            "1.a",
                                            "Satu a",
                                            bd("20"),
                                            List.of(kriteria("1.a.1", YT), kriteria("1.a.2", YT))),
                                    new SubKomponenLke(
                                            "1.b",
                                            "Satu b",
                                            bd("80"),
                                            List.of(
                                                    kriteria("1.b.1", AE),
                                                    kriteria("1.b.2", AE),
                                                    kriteria("1.b.3", AE))))),
                    new KomponenLke(
                            "2",
                            "Dua",
                            bd("40"),
                            List.of(new SubKomponenLke("2.a", "Dua a", bd("100"), List.of(kriteria("2.a.1", AE)))))));

    /** 1.a 12×1/2 = 6; 1.b 48×(0.5+1+0)/3 = 24; 2.a 40×0.25 = 10; total 40 → C. */
    static Map<String, String> jawaban() {
        Map<String, String> j = new LinkedHashMap<>();
        j.put("1.a.1", "T");
        j.put("1.a.2", "Y");
        j.put("1.b.1", "C");
        j.put("1.b.2", "A");
        j.put("1.b.3", "E");
        j.put("2.a.1", "D");
        return j;
    }

    @Test
    void nilaiPerSubKomponenKomponenDanTotal() {
        HasilLke hasil = PenilaianLke.nilai(LKE, jawaban(), TabelPredikat.NILAI_AKIP_BAKU);

        assertThat(hasil.nilai()).isEqualTo(nilai("40.00"));
        assertThat(hasil.predikat()).extracting(TabelPredikat.Pita::nama).isEqualTo("C");
        assertThat(hasil.lengkap()).isTrue();
        assertThat(hasil.jumlahKriteria()).isEqualTo(6);
        assertThat(hasil.komponen())
                .extracting(HasilLke.HasilKomponen::nilai)
                .containsExactly(nilai("30.00"), nilai("10.00"));
        assertThat(hasil.komponen().getFirst().subKomponen())
                .extracting(HasilLke.HasilSubKomponen::nilai)
                .containsExactly(nilai("6.00"), nilai("24.00"));
    }

    @Test
    void kriteriaTanpaJawabanBelumDinilaiBukanNol() {
        Map<String, String> j = jawaban();
        j.remove("1.b.3"); // answered E (0): as a number nothing would change, so a 0 would go unnoticed

        HasilLke hasil = PenilaianLke.nilai(LKE, j, TabelPredikat.NILAI_AKIP_BAKU);

        assertThat(hasil.nilai()).isEqualTo(new Hasil.BelumDiisi());
        assertThat(hasil.predikat()).isNull();
        assertThat(hasil.lengkap()).isFalse();
        assertThat(hasil.belumDinilai()).isEqualTo(1);
        HasilLke.HasilKomponen satu = hasil.komponen().getFirst();
        assertThat(satu.nilai()).isEqualTo(new Hasil.BelumDiisi());
        assertThat(satu.belumDinilai()).isEqualTo(1);
        assertThat(satu.jumlahKriteria()).isEqualTo(5);
        assertThat(satu.subKomponen())
                .extracting(HasilLke.HasilSubKomponen::nilai)
                .containsExactly(nilai("6.00"), new Hasil.BelumDiisi());
        assertThat(hasil.komponen().get(1).nilai()).isEqualTo(nilai("10.00"));
        assertThat(hasil.komponen().get(1).belumDinilai()).isZero();

        HasilLke kosong = PenilaianLke.nilai(LKE, Map.of(), TabelPredikat.NILAI_AKIP_BAKU);
        assertThat(kosong.belumDinilai()).isEqualTo(6);
        assertThat(kosong.komponen())
                .extracting(HasilLke.HasilKomponen::belumDinilai)
                .containsExactly(5, 1);
    }

    @Test
    void jawabanDiLuarSkalaDitolakDenganKriterianya() {
        Map<String, String> j = jawaban();
        j.put("1.a.2", "B"); // an A–E answer to a Y/T kriteria

        assertThatThrownBy(() -> PenilaianLke.nilai(LKE, j, TabelPredikat.NILAI_AKIP_BAKU))
                .isInstanceOfSatisfying(JawabanDiLuarSkala.class, e -> {
                    assertThat(e.kodeKriteria()).isEqualTo("1.a.2");
                    assertThat(e.jawaban()).isEqualTo("B");
                    assertThat(e.kodeSkala()).isEqualTo("YT");
                })
                .hasMessageContaining("1.a.2")
                .isInstanceOf(IllegalArgumentException.class);

        Map<String, String> hurufKecil = jawaban();
        hurufKecil.put("2.a.1", "a");
        assertThatThrownBy(() -> PenilaianLke.nilai(LKE, hurufKecil, TabelPredikat.NILAI_AKIP_BAKU))
                .isInstanceOfSatisfying(
                        JawabanDiLuarSkala.class,
                        e -> assertThat(e.kodeKriteria()).isEqualTo("2.a.1"));

        Map<String, String> asing = new HashMap<>(jawaban());
        asing.put("9.z.9", "Y");
        assertThatThrownBy(() -> PenilaianLke.nilai(LKE, asing, TabelPredikat.NILAI_AKIP_BAKU))
                .isInstanceOfSatisfying(JawabanDiLuarSkala.class, e -> {
                    assertThat(e.kodeKriteria()).isEqualTo("9.z.9");
                    assertThat(e.kodeSkala()).isEmpty();
                });
    }

    @Test
    void saranKenaikanUrutMenurutPoinLaluUrutanLke() {
        SaranKenaikan saran = PenilaianLke.saranKenaikan(LKE, jawaban(), TabelPredikat.NILAI_AKIP_BAKU);

        // 2.a.1 D→C 0.25×40 = 10; 1.a.1 T→Y 1×12/2 = 6; 1.b.1 C→B and 1.b.3 E→D 0.25×48/3 = 4 each, in LKE order;
        // 1.a.2 (Y) and 1.b.2 (A) are at the top of their scale
        assertThat(saran.langkah())
                .extracting(l -> l.kriteria().kode() + " " + l.dari() + "→" + l.ke() + " " + l.tambahan())
                .containsExactly("2.a.1 D→C 10.00", "1.a.1 T→Y 6.00", "1.b.1 C→B 4.00", "1.b.3 E→D 4.00");
        // 40.00 is C; CC needs more than 50: the lowest total shown that reaches it is 50.01
        assertThat(saran.predikatBerikut()).extracting(TabelPredikat.Pita::nama).isEqualTo("CC");
        assertThat(saran.kurangKePredikatBerikut()).isEqualByComparingTo("10.01");
        assertThat(saran.belumDinilai()).isZero();
    }

    @Test
    void saranKenaikanDenganTabelBatasBawahCukupMencapaiBatas() {
        TabelPredikat tabel = TabelPredikat.batasBawah(
                List.of(new TabelPredikat.Pita(bd("50"), "Baik"), new TabelPredikat.Pita(bd("0"), "Kurang")));

        SaranKenaikan saran = PenilaianLke.saranKenaikan(LKE, jawaban(), tabel);

        assertThat(saran.predikatBerikut()).extracting(TabelPredikat.Pita::nama).isEqualTo("Baik");
        assertThat(saran.kurangKePredikatBerikut()).isEqualByComparingTo("10.00");
    }

    @Test
    void saranKenaikanPadaPredikatTertinggiTanpaPredikatBerikut() {
        Map<String, String> penuh =
                Map.of("1.a.1", "Y", "1.a.2", "Y", "1.b.1", "A", "1.b.2", "A", "1.b.3", "A", "2.a.1", "B");

        SaranKenaikan saran = PenilaianLke.saranKenaikan(LKE, penuh, TabelPredikat.NILAI_AKIP_BAKU);

        // 100 − 10 = 90.00 → A; one step (2.a.1 B→A, 10 points) to AA, which needs 90.01
        assertThat(saran.kurangKePredikatBerikut()).isEqualByComparingTo("0.01");
        assertThat(saran.langkah()).extracting(l -> l.kriteria().kode()).containsExactly("2.a.1");

        Map<String, String> semua = new HashMap<>(penuh);
        semua.put("2.a.1", "A");
        SaranKenaikan puncak = PenilaianLke.saranKenaikan(LKE, semua, TabelPredikat.NILAI_AKIP_BAKU);
        assertThat(puncak.langkah()).isEmpty();
        assertThat(puncak.predikatBerikut()).isNull();
        assertThat(puncak.kurangKePredikatBerikut()).isNull();
    }

    @Test
    void saranKenaikanSaatBelumLengkapTetapMemberiLangkahTanpaPredikatBerikut() {
        Map<String, String> j = jawaban();
        j.remove("1.a.1");

        SaranKenaikan saran = PenilaianLke.saranKenaikan(LKE, j, TabelPredikat.NILAI_AKIP_BAKU);

        assertThat(saran.belumDinilai()).isEqualTo(1);
        assertThat(saran.predikatBerikut()).isNull();
        assertThat(saran.kurangKePredikatBerikut()).isNull();
        assertThat(saran.langkah()).extracting(l -> l.kriteria().kode()).containsExactly("2.a.1", "1.b.1", "1.b.3");
    }

    @Test
    void tambahanPoinTepatDanYangDitampilkan() {
        Lke tigaKriteria = new Lke(
                "TIGA",
                "Tiga kriteria",
                2024,
                List.of(AE),
                List.of(new KomponenLke(
                        "1",
                        "Satu",
                        bd("100"),
                        List.of(new SubKomponenLke(
                                "1.a",
                                "Satu a",
                                bd("100"),
                                List.of(kriteria("1.a.1", AE), kriteria("1.a.2", AE), kriteria("1.a.3", AE)))))));

        Langkah langkah = PenilaianLke.saranKenaikan(
                        tigaKriteria, Map.of("1.a.1", "B", "1.a.2", "A", "1.a.3", "A"), TabelPredikat.NILAI_AKIP_BAKU)
                .langkah()
                .getFirst();

        // 0.25 × 100 / 3 = 8.3333…
        assertThat(langkah.tambahanTepat().setScale(20, RoundingMode.HALF_UP))
                .isEqualByComparingTo("8.33333333333333333333");
        assertThat(langkah.tambahan()).isEqualTo(bd("8.33"));
        // 100 × (0.75 + 1 + 1) / 3 = 91.666… → 91.67
        assertThat(PenilaianLke.nilai(
                                tigaKriteria,
                                Map.of("1.a.1", "B", "1.a.2", "A", "1.a.3", "A"),
                                TabelPredikat.NILAI_AKIP_BAKU)
                        .nilai())
                .isEqualTo(nilai("91.67"));
    }

    @Test
    void skalaNaikSatuLangkah() {
        assertThat(AE.naikSatu("E")).isEqualTo("D");
        assertThat(AE.naikSatu("D")).isEqualTo("C");
        assertThat(AE.naikSatu("B")).isEqualTo("A");
        assertThat(AE.naikSatu("A")).isNull();
        assertThat(YT.naikSatu("T")).isEqualTo("Y");
        assertThat(YT.naikSatu("Y")).isNull();
        assertThat(AE.naikSatu("X")).isNull();
        assertThat(AE.urutan()).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void modelMenolakDataYangTidakSah() {
        assertThatThrownBy(() -> new SkalaJawaban("X", urut("Y", "1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 sampai 1");
        assertThatThrownBy(() -> new SkalaJawaban("X", urut("Y", "1", "Z", "1.0")))
                .hasMessageContaining("lebih dari sekali");
        assertThatThrownBy(() -> new KomponenLke(
                        "1",
                        "Satu",
                        bd("100"),
                        List.of(new SubKomponenLke("1.a", "Satu a", bd("90"), List.of(kriteria("1.a.1", YT))))))
                .hasMessageContaining("100 %");
        assertThatThrownBy(() -> new Lke(
                        "X",
                        "X",
                        2024,
                        List.of(YT),
                        List.of(new KomponenLke(
                                "1",
                                "Satu",
                                bd("90"),
                                List.of(new SubKomponenLke(
                                        "1.a", "Satu a", bd("100"), List.of(kriteria("1.a.1", YT))))))))
                .hasMessageContaining("seharusnya 100");
        assertThatThrownBy(() -> new Lke(
                        "X",
                        "X",
                        2024,
                        List.of(YT),
                        List.of(new KomponenLke(
                                "1",
                                "Satu",
                                bd("100"),
                                List.of(new SubKomponenLke(
                                        "1.a",
                                        "Satu a",
                                        bd("100"),
                                        List.of(kriteria("1.a.1", YT), kriteria("1.a.1", YT))))))))
                .hasMessageContaining("1.a.1");
        assertThatThrownBy(() -> new Lke(
                        "X",
                        "X",
                        2024,
                        List.of(YT),
                        List.of(new KomponenLke(
                                "1",
                                "Satu",
                                bd("100"),
                                List.of(new SubKomponenLke(
                                        "1.a", "Satu a", bd("100"), List.of(kriteria("1.a.1", AE))))))))
                .hasMessageContaining("skala AE");
    }

    static KriteriaLke kriteria(String kode, SkalaJawaban skala) {
        return new KriteriaLke(kode, "Kriteria " + kode, skala, null);
    }

    private static Hasil nilai(String angka) {
        return new Hasil.Nilai(bd(angka));
    }

    private static Map<String, BigDecimal> urut(String... hurufNilai) {
        Map<String, BigDecimal> peta = new LinkedHashMap<>();
        for (int i = 0; i < hurufNilai.length; i += 2) {
            peta.put(hurufNilai[i], bd(hurufNilai[i + 1]));
        }
        return peta;
    }

    private static BigDecimal bd(String nilai) {
        return new BigDecimal(nilai);
    }
}
