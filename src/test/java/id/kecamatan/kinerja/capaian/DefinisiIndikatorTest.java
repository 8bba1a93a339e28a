package id.kecamatan.kinerja.capaian;

import static id.kecamatan.kinerja.capaian.PeranKomponen.ISIAN;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PEMBILANG;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PENYEBUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinisiIndikatorTest {

    @Test
    void definisiYangBenarDiterima() {
        DefinisiIndikator rasio = definisi(JenisFormula.RASIO, null, k("rekam", PEMBILANG), k("penduduk", PENYEBUT));
        DefinisiIndikator rumus = definisi(JenisFormula.RUMUS, "(A + b) / 2", k("a", ISIAN), k("B", ISIAN));

        assertThat(rasio.komponen()).extracting(DefinisiKomponen::kode).containsExactly("rekam", "penduduk");
        assertThat(rumus.rumus()).isEqualTo("(A + b) / 2");
    }

    @Test
    void daftarKomponenDisalinAgarTidakBerubahDariLuar() {
        List<DefinisiKomponen> komponen = new ArrayList<>(List.of(k("jumlah", ISIAN)));
        DefinisiIndikator definisi =
                new DefinisiIndikator(JenisFormula.JUMLAH, Agregasi.KUMULATIF, Polaritas.POSITIF, komponen, null);

        komponen.add(k("lain", ISIAN));

        assertThat(definisi.komponen()).hasSize(1);
    }

    @Test
    void rumusKosongUntukFormulaLainDisimpanSebagaiNull() {
        assertThat(definisi(JenisFormula.NILAI, " ", k("indeks", ISIAN)).rumus())
                .isNull();
    }

    @Test
    void rasioTanpaPenyebutDitolak() {
        assertDitolak(
                () -> definisi(JenisFormula.RASIO, null, k("a", PEMBILANG), k("b", PEMBILANG)),
                "Formula RASIO memerlukan minimal satu komponen PENYEBUT");
    }

    @Test
    void rasioTanpaPembilangDitolak() {
        assertDitolak(
                () -> definisi(JenisFormula.RASIO, null, k("b", PENYEBUT)),
                "Formula RASIO memerlukan minimal satu komponen PEMBILANG");
    }

    @Test
    void rasioDenganIsianDitolak() {
        assertDitolak(
                () -> definisi(JenisFormula.RASIO, null, k("a", PEMBILANG), k("b", PENYEBUT), k("c", ISIAN)),
                "komponen 'c' berperan ISIAN");
    }

    @Test
    void jumlahDenganPembilangDitolak() {
        assertDitolak(
                () -> definisi(JenisFormula.JUMLAH, null, k("a", ISIAN), k("b", PEMBILANG)),
                "Formula JUMLAH hanya menerima komponen ISIAN");
    }

    @Test
    void nilaiHarusTepatSatuKomponen() {
        assertDitolak(
                () -> definisi(JenisFormula.NILAI, null, k("a", ISIAN), k("b", ISIAN)),
                "Formula NILAI memerlukan tepat satu komponen, bukan 2");
    }

    @Test
    void tanpaKomponenDitolak() {
        assertDitolak(() -> definisi(JenisFormula.JUMLAH, null), "minimal satu komponen");
    }

    @Test
    void kodeGandaDitolakTanpaMembedakanHurufBesar() {
        assertDitolak(
                () -> definisi(JenisFormula.JUMLAH, null, k("Penduduk", ISIAN), k("penduduk", ISIAN)),
                "Kode komponen 'penduduk' dipakai lebih dari sekali");
    }

    @Test
    void isianWajibDitolakBilaKosong() {
        assertDitolak(
                () -> new DefinisiIndikator(null, Agregasi.KUMULATIF, Polaritas.POSITIF, List.of(k("a", ISIAN)), null),
                "Jenis formula wajib diisi");
        assertDitolak(
                () -> new DefinisiIndikator(JenisFormula.NILAI, null, Polaritas.POSITIF, List.of(k("a", ISIAN)), null),
                "Agregasi wajib diisi");
        assertDitolak(
                () -> new DefinisiIndikator(JenisFormula.NILAI, Agregasi.KUMULATIF, null, List.of(k("a", ISIAN)), null),
                "Polaritas wajib diisi");
        assertDitolak(
                () -> new DefinisiIndikator(JenisFormula.NILAI, Agregasi.KUMULATIF, Polaritas.POSITIF, null, null),
                "Daftar komponen wajib diisi");
        assertDitolak(
                () -> new DefinisiIndikator(
                        JenisFormula.NILAI,
                        Agregasi.KUMULATIF,
                        Polaritas.POSITIF,
                        Arrays.asList(k("a", ISIAN), null),
                        null),
                "Daftar komponen berisi komponen kosong");
    }

    @Test
    void kodeKomponenKosongAtauBerspasiDitolak() {
        assertDitolak(() -> k(" ", ISIAN), "Kode komponen wajib diisi");
        assertDitolak(() -> k("penduduk ", ISIAN), "tidak boleh diawali atau diakhiri spasi");
        assertDitolak(() -> k("penduduk", null), "Peran komponen 'penduduk' wajib diisi");
    }

    @Test
    void rumusUntukFormulaLainDitolak() {
        assertDitolak(
                () -> definisi(JenisFormula.JUMLAH, "a * 2", k("a", ISIAN)),
                "Rumus hanya diisi untuk formula RUMUS, bukan JUMLAH");
    }

    @Test
    void rumusKosongDitolak() {
        assertDitolak(() -> definisi(JenisFormula.RUMUS, "  ", k("a", ISIAN)), "Formula RUMUS memerlukan rumus");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a +           | tidak dapat dibaca
            (a + b        | tidak dapat dibaca
            a b           | tidak dapat dibaca
            foo(a) + b    | tidak dapat dibaca
            a.x + b       | tidak dapat dibaca
            a[1] + b      | tidak dapat dibaca
            a + b + c     | bukan komponen indikator: c
            a / nol + b   | bukan komponen indikator: nol
            a * 100       | Komponen tidak dipakai dalam rumus: b
            100           | Komponen tidak dipakai dalam rumus: a, b
            """)
    void rumusYangSalahDitolak(String rumus, String pesan) {
        assertDitolak(() -> definisi(JenisFormula.RUMUS, rumus, k("a", ISIAN), k("b", ISIAN)), pesan);
    }

    @Test
    void kodeYangBukanNamaVariabelDitolakUntukRumus() {
        assertDitolak(
                () -> definisi(JenisFormula.RUMUS, "a", k("jumlah-penduduk", ISIAN)),
                "Kode komponen 'jumlah-penduduk' tidak dapat dipakai dalam rumus");
        assertDitolak(
                () -> definisi(JenisFormula.RUMUS, "a", k("2a", ISIAN)),
                "Kode komponen '2a' tidak dapat dipakai dalam rumus");
    }

    @Test
    void kodeYangSamaDenganKonstantaDitolakUntukRumus() {
        // EvalEx reads e and pi as constants, so a komponen named e would silently never be used
        assertDitolak(() -> definisi(JenisFormula.RUMUS, "e * 2", k("e", ISIAN)), "sama dengan konstanta E");
    }

    @Test
    void kodeBebasUntukFormulaSelainRumus() {
        assertThat(definisi(JenisFormula.JUMLAH, null, k("jumlah-penduduk", ISIAN), k("e", ISIAN))
                        .komponen())
                .hasSize(2);
    }

    private static void assertDitolak(Runnable buat, String pesan) {
        assertThatThrownBy(buat::run)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(pesan);
    }

    private static DefinisiIndikator definisi(JenisFormula formula, String rumus, DefinisiKomponen... komponen) {
        return new DefinisiIndikator(formula, Agregasi.KUMULATIF, Polaritas.POSITIF, List.of(komponen), rumus);
    }

    private static DefinisiKomponen k(String kode, PeranKomponen peran) {
        return new DefinisiKomponen(kode, peran);
    }
}
