package id.kecamatan.kinerja.capaian.lke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-worked LKE examples of {@code lke/contoh-lke.tsv} (format in its header), and those of the file named by
 * the system property {@code lke.contoh}: {@code ./mvnw -q test -Dtest=ContohLkeTest -Dlke.contoh=more.tsv}.
 */
class ContohLkeTest {

    static final String PROPERTI = "lke.contoh";
    private static final String BERKAS_PROYEK = "/lke/contoh-lke.tsv";
    private static final int SUB_KOMPONEN = 12;

    private static final SkalaJawaban YT = new SkalaJawaban("YT", Map.of("Y", BigDecimal.ONE, "T", BigDecimal.ZERO));
    private static final SkalaJawaban AE =
            new SkalaJawaban("AE", urut("A", "1", "B", "0.75", "C", "0.5", "D", "0.25", "E", "0"));
    private static final String[] KOMPONEN = {"Perencanaan", "Pengukuran", "Pelaporan", "Evaluasi"};
    private static final BigDecimal[] BOBOT = {bd("30"), bd("30"), bd("15"), bd("25")};
    private static final String[] SUB = {"a", "b", "c"};
    private static final BigDecimal[] PORSI = {bd("20"), bd("30"), bd("50")};

    /** One line of a table. */
    record Contoh(
            String sumber, int baris, String kasus, List<List<String>> jawaban, BigDecimal nilai, String predikat) {}

    @TestFactory
    Stream<DynamicTest> contoh() {
        return muatSemua().stream()
                .map(c -> DynamicTest.dynamicTest(c.sumber() + ":" + c.baris() + " " + c.kasus(), () -> periksa(c)));
    }

    @Test
    void berkasProyekMemuatSepuluhKasusLebihDenganHitungannya() throws IOException {
        List<String> baris = barisProyek();
        List<Contoh> contoh = muat(BERKAS_PROYEK, baris);
        assertThat(contoh).hasSizeGreaterThanOrEqualTo(10);
        for (Contoh c : contoh) {
            assertThat(baris.get(c.baris() - 2))
                    .as("hitungan di atas kasus %s", c.kasus())
                    .startsWith("# " + c.kasus() + ":");
        }
        assertThat(contoh).extracting(Contoh::predikat).contains("AA", "A", "BB", "B", "CC", "C", "D");
    }

    @Test
    void berkasDariPropertiIkutDibaca(@TempDir Path folder) throws IOException {
        Path tambahan = folder.resolve("tambahan.tsv");
        Files.writeString(tambahan, """
                # satu kasus tambahan: semua penuh kecuali 4c 12.5×0.5/1=6.25; total 93.75
                kasus-tambahan\tY\tA\tA\tY\tA\tA\tY\tA\tA\tY\tA\tC\t93.75\tAA
                """);
        String semula = System.getProperty(PROPERTI);
        try {
            System.setProperty(PROPERTI, tambahan.toString());
            List<Contoh> semua = muatSemua();
            assertThat(semua).extracting(Contoh::kasus).contains("kasus-tambahan", "semua-Y");
            Contoh kasus = semua.stream()
                    .filter(c -> c.kasus().equals("kasus-tambahan"))
                    .findFirst()
                    .orElseThrow();
            assertThat(kasus.sumber()).isEqualTo(tambahan.toString());
            assertThat(kasus.baris()).isEqualTo(2);
            periksa(kasus);
        } finally {
            if (semula == null) {
                System.clearProperty(PROPERTI);
            } else {
                System.setProperty(PROPERTI, semula);
            }
        }
    }

    @Test
    void kasusYangSalahHitungGagal() {
        List<Contoh> salahNilai = muat("salah.tsv", List.of("salah\tY\tA\tA\tY\tA\tA\tY\tA\tA\tY\tA\tC\t93.76\tAA"));
        assertThatThrownBy(() -> periksa(salahNilai.getFirst())).isInstanceOf(AssertionError.class);
        List<Contoh> salahPredikat = muat("salah.tsv", List.of("salah\tY\tA\tA\tY\tA\tA\tY\tA\tA\tY\tA\tC\t93.75\tA"));
        assertThatThrownBy(() -> periksa(salahPredikat.getFirst())).isInstanceOf(AssertionError.class);
    }

    @Test
    void barisRusakDitolakDenganBarisnya() {
        assertThatThrownBy(() -> muat("rusak.tsv", List.of("# komentar", "pendek\tY\tA\t100.00\tAA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rusak.tsv baris 2");
        assertThatThrownBy(() -> muat("rusak.tsv", List.of("koma\tY\tA\tA\tY\tA\tA\tY\tA\tA\tY\tA\tA\t100,00\tAA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rusak.tsv baris 1");
    }

    @Test
    void berkasPropertiYangTidakAdaDitolak(@TempDir Path folder) {
        String semula = System.getProperty(PROPERTI);
        try {
            System.setProperty(PROPERTI, folder.resolve("tidak-ada.tsv").toString());
            assertThatThrownBy(ContohLkeTest::muatSemua).isInstanceOf(UncheckedIOException.class);
        } finally {
            if (semula == null) {
                System.clearProperty(PROPERTI);
            } else {
                System.setProperty(PROPERTI, semula);
            }
        }
    }

    static List<Contoh> muatSemua() {
        List<Contoh> semua = new ArrayList<>();
        try {
            semua.addAll(muat(BERKAS_PROYEK, barisProyek()));
            String tambahan = System.getProperty(PROPERTI);
            if (tambahan != null && !tambahan.isBlank()) {
                semua.addAll(muat(tambahan, Files.readAllLines(Path.of(tambahan), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return semua;
    }

    private static List<String> barisProyek() throws IOException {
        try (InputStream isi = Objects.requireNonNull(ContohLkeTest.class.getResourceAsStream(BERKAS_PROYEK))) {
            return new String(isi.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
    }

    static List<Contoh> muat(String sumber, List<String> baris) {
        List<Contoh> hasil = new ArrayList<>();
        for (int i = 0; i < baris.size(); i++) {
            String teks = baris.get(i);
            if (teks.isBlank() || teks.startsWith("#") || teks.startsWith("kasus\t")) {
                continue;
            }
            String[] kolom = teks.split("\t", -1);
            if (kolom.length != SUB_KOMPONEN + 3) {
                throw new IllegalArgumentException(sumber + " baris " + (i + 1) + ": " + kolom.length
                        + " kolom dipisah tab, seharusnya " + (SUB_KOMPONEN + 3));
            }
            List<List<String>> jawaban = new ArrayList<>();
            for (int s = 1; s <= SUB_KOMPONEN; s++) {
                jawaban.add(
                        Arrays.stream(kolom[s].split(",")).map(String::strip).toList());
            }
            BigDecimal nilai;
            try {
                nilai = new BigDecimal(kolom[SUB_KOMPONEN + 1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        sumber + " baris " + (i + 1) + ": nilai '" + kolom[SUB_KOMPONEN + 1]
                                + "' bukan angka dengan titik desimal",
                        e);
            }
            hasil.add(new Contoh(sumber, i + 1, kolom[0].strip(), jawaban, nilai, kolom[SUB_KOMPONEN + 2].strip()));
        }
        return hasil;
    }

    /** Builds the case's LKE (the 88/2021 weights, as many kriteria as answers) and checks total and grade. */
    static void periksa(Contoh contoh) {
        List<KomponenLke> komponen = new ArrayList<>();
        Map<String, String> jawaban = new LinkedHashMap<>();
        for (int k = 0; k < KOMPONEN.length; k++) {
            List<SubKomponenLke> sub = new ArrayList<>();
            for (int s = 0; s < SUB.length; s++) {
                String kodeSub = (k + 1) + "." + SUB[s];
                List<KriteriaLke> kriteria = new ArrayList<>();
                List<String> isian = contoh.jawaban().get(k * SUB.length + s);
                for (int j = 0; j < isian.size(); j++) {
                    String kode = kodeSub + "." + (j + 1);
                    String huruf = isian.get(j);
                    SkalaJawaban skala = huruf.equals("Y") || huruf.equals("T") ? YT : AE;
                    kriteria.add(new KriteriaLke(kode, "Kriteria " + kode, skala, null));
                    jawaban.put(kode, huruf);
                }
                sub.add(new SubKomponenLke(kodeSub, KOMPONEN[k] + " " + SUB[s], PORSI[s], kriteria));
            }
            komponen.add(new KomponenLke(String.valueOf(k + 1), KOMPONEN[k], BOBOT[k], sub));
        }
        Lke lke = new Lke("CONTOH", "Contoh " + contoh.kasus(), 2022, List.of(YT, AE), komponen);

        HasilLke hasil = PenilaianLke.nilai(lke, jawaban, TabelPredikat.NILAI_AKIP_BAKU);

        assertThat(hasil.nilai()).as(contoh.kasus() + ": nilai").isEqualTo(new Hasil.Nilai(contoh.nilai()));
        assertThat(hasil.predikat()).as(contoh.kasus() + ": predikat").isNotNull();
        assertThat(Objects.requireNonNull(hasil.predikat()).nama())
                .as(contoh.kasus() + ": predikat")
                .isEqualTo(contoh.predikat());
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
