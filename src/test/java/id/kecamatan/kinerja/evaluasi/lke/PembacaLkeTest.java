package id.kecamatan.kinerja.evaluasi.lke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.capaian.lke.HasilLke;
import id.kecamatan.kinerja.capaian.lke.KomponenLke;
import id.kecamatan.kinerja.capaian.lke.KriteriaLke;
import id.kecamatan.kinerja.capaian.lke.Lke;
import id.kecamatan.kinerja.capaian.lke.PenilaianLke;
import id.kecamatan.kinerja.capaian.lke.SubKomponenLke;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PembacaLkeTest {

    /** The portal's keys of automatic evidence, as listed in the default file's header. */
    private static final Set<String> SUMBER_DATA = Set.of(
            "IKU_DITETAPKAN",
            "IKI_DITETAPKAN",
            "TARGET_DITETAPKAN",
            "CASCADE",
            "PERJANJIAN_KINERJA",
            "RENCANA_AKSI",
            "ANGGARAN",
            "FORMULA_INDIKATOR",
            "REALISASI_TRIWULANAN",
            "LKJIP",
            "DOKUMEN_TERBIT");

    /** A small valid file; each test breaks one thing in it. Line numbers are in the comments. */
    private static final String SAH = """
            kode: UJI
            nama: LKE uji
            berlakuMulai: 2024
            skala:
              - kode: YT
                jawaban:
                  Y: 1
                  T: 0
            komponen:
              - kode: "1"
                nama: Satu
                bobot: 60
                subKomponen:
                  - kode: 1.a
                    nama: Satu a
                    porsi: 100
                    kriteria:
                      - kode: 1.a.1
                        uraian: Kriteria satu
                        skala: YT
              - kode: "2"
                nama: Dua
                bobot: 40
                subKomponen:
                  - kode: 2.a
                    nama: Dua a
                    porsi: 40
                    kriteria:
                      - kode: 2.a.1
                        uraian: Kriteria dua
                        skala: YT
                  - kode: 2.b
                    nama: Dua b
                    porsi: 60
                    kriteria:
                      - kode: 2.b.1
                        uraian: Kriteria tiga
                        skala: YT
                        sumberData: LKJIP
            """;

    @Test
    void lkeBakuTerbacaDenganBobotPermenpanrb88() {
        Lke lke = PembacaLke.baku();

        assertThat(lke.kode()).isEqualTo("PERMENPANRB-88-2021");
        assertThat(lke.komponen())
                .extracting(KomponenLke::nama)
                .containsExactly(
                        "Perencanaan Kinerja",
                        "Pengukuran Kinerja",
                        "Pelaporan Kinerja",
                        "Evaluasi Akuntabilitas Kinerja Internal");
        assertThat(lke.komponen()).extracting(k -> k.bobot().intValueExact()).containsExactly(30, 30, 15, 25);
        for (KomponenLke k : lke.komponen()) {
            assertThat(k.subKomponen())
                    .extracting(s -> s.porsi().intValueExact())
                    .containsExactly(20, 30, 50);
            for (SubKomponenLke sub : k.subKomponen()) {
                // Pemenuhan (x.a) Y/T, Kualitas and Implementasi A–E
                String skala = sub.kode().endsWith(".a") ? "YT" : "AE";
                assertThat(sub.kriteria())
                        .allSatisfy(kr -> assertThat(kr.skala().kode()).isEqualTo(skala));
            }
        }
        assertThat(lke.komponen()
                        .get(2)
                        .bobot(lke.komponen().get(2).subKomponen().get(1)))
                .isEqualByComparingTo("4.5");
        assertThat(lke.kriteria()).hasSize(80);
        assertThat(lke.skala()).extracting(s -> s.kode()).containsExactly("YT", "AE");
        assertThat(lke.skala().get(1).jawaban()).containsEntry("B", new BigDecimal("0.75"));
        assertThat(lke.kriteria("1.b.6")).extracting(KriteriaLke::sumberData).isEqualTo("IKU_DITETAPKAN");
        assertThat(lke.kriteriaBersumberData())
                .extracting(KriteriaLke::sumberData)
                .allMatch(SUMBER_DATA::contains)
                .contains(
                        "IKU_DITETAPKAN",
                        "TARGET_DITETAPKAN",
                        "REALISASI_TRIWULANAN",
                        "PERJANJIAN_KINERJA",
                        "LKJIP",
                        "RENCANA_AKSI");

        Map<String, String> terbaik = new HashMap<>();
        lke.kriteria()
                .values()
                .forEach(kr -> terbaik.put(kr.kode(), kr.skala().urutan().getFirst()));
        HasilLke hasil = PenilaianLke.nilai(lke, terbaik, TabelPredikat.NILAI_AKIP_BAKU);
        assertThat(hasil.nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("100.00")));
    }

    @Test
    void berkasSahTerbaca() {
        Lke lke = baca(SAH);

        assertThat(lke.kriteria()).containsOnlyKeys("1.a.1", "2.a.1", "2.b.1");
        assertThat(lke.kriteria("2.b.1")).extracting(KriteriaLke::sumberData).isEqualTo("LKJIP");
        assertThat(lke.kriteria("2.a.1")).extracting(KriteriaLke::sumberData).isNull();
        assertThat(lke.berlakuMulai()).isEqualTo(2024);
    }

    @Test
    void bobotKomponenTidakBerjumlah100Ditolak() {
        assertDitolak(SAH.replace("bobot: 60", "bobot: 50"), 10, "bobot komponen berjumlah 90, seharusnya 100");
    }

    @Test
    void porsiSubKomponenTidakBerjumlah100Ditolak() {
        assertDitolak(
                SAH.replace("porsi: 40", "porsi: 30"), 25, "porsi sub-komponen 2 berjumlah 90 %, seharusnya 100 %");
    }

    @Test
    void skalaTidakDikenalDitolak() {
        assertDitolak(
                SAH.replace(
                        "uraian: Kriteria dua\n            skala: YT", "uraian: Kriteria dua\n            skala: AE"),
                31,
                "skala 'AE' tidak dikenal");
    }

    @Test
    void kodeGandaDitolak() {
        assertDitolak(SAH.replace("kode: 2.b.1", "kode: 2.a.1"), 36, "kode '2.a.1' dipakai lebih dari sekali");
        assertDitolak(SAH.replace("kode: 2.b\n", "kode: 1.a\n"), 32, "kode '1.a' dipakai lebih dari sekali");
        assertDitolak(
                SAH.replace("    nama: Dua\n", "    nama: Dua\n    nama: Dua lagi\n"),
                23,
                "kunci 'nama' muncul dua kali");
        assertDitolak(
                SAH.replace("      T: 0\n", "      T: 0\n      Y: 0.5\n"),
                9,
                "jawaban 'Y' muncul dua kali dalam skala YT");
    }

    @Test
    void nilaiSkalaDiLuar0Sampai1Ditolak() {
        assertDitolak(SAH.replace("T: 0", "T: 1.5"), 8, "nilai jawaban 'T' harus 0 sampai 1");
        assertDitolak(SAH.replace("T: 0", "T: -0.25"), 8, "nilai jawaban 'T' harus 0 sampai 1");
        assertDitolak(SAH.replace("T: 0", "T: 1.0"), 8, "nilai 1.0 dipakai lebih dari satu jawaban skala YT");
    }

    @Test
    void kolomWajibYangHilangDitolak() {
        assertDitolak(SAH.replace("\n            uraian: Kriteria satu\n", "\n"), 18, "kunci 'uraian' wajib ada");
        assertDitolak(SAH.replace("    bobot: 40\n", ""), 21, "kunci 'bobot' wajib ada");
        assertDitolak(SAH.replace("berlakuMulai: 2024\n", ""), 1, "kunci 'berlakuMulai' wajib ada");
        assertDitolak(SAH.replace("uraian: Kriteria satu", "uraian:"), 19, "diharapkan teks yang tidak kosong");
    }

    @Test
    void kunciTidakDikenalDanYamlRusakDitolak() {
        assertDitolak(SAH.replace("sumberData: LKJIP", "sumber: LKJIP"), 39, "kunci 'sumber' tidak dikenal");
        assertThatThrownBy(() -> baca(SAH.replace("    nama: Dua\n", "   nama: Dua\n")))
                .isInstanceOf(BerkasLkeTidakValid.class)
                .hasMessageStartingWith("uji.yaml baris ")
                .hasMessageContaining("susunan YAML rusak");
        assertThatThrownBy(() -> baca(""))
                .isInstanceOf(BerkasLkeTidakValid.class)
                .hasMessage("uji.yaml: berkas kosong");
    }

    private static void assertDitolak(String yaml, int baris, String masalah) {
        assertThatThrownBy(() -> baca(yaml))
                .isInstanceOfSatisfying(BerkasLkeTidakValid.class, e -> {
                    assertThat(e.berkas()).isEqualTo("uji.yaml");
                    assertThat(e.baris()).isEqualTo(baris);
                })
                .hasMessageStartingWith("uji.yaml baris " + baris + ": ")
                .hasMessageContaining(masalah);
    }

    private static Lke baca(String yaml) {
        return PembacaLke.baca("uji.yaml", new StringReader(yaml));
    }
}
