package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.demo.TahunDataContoh;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The registry of who owns which test data ({@link TahunUji}, {@link InstansiUji}), on registries of its own. */
class TahunUjiTest {

    /** A test class that claims 2015 (package-private, so named). */
    private static final String PEMILIK_2015 = "id.kecamatan.kinerja.realisasi.ui.BuktiDukungViewTest";

    /** Two test classes, as far as a registry can tell. */
    static final class KelasSatu {}

    static final class KelasDua {}

    /** A registry whose sample data writes in 2022–2026, as DataContoh's does this year. */
    private static DaftarMilik daftar() {
        return new DaftarMilik(2000, 2050, 2052, t -> t >= 2022 && t <= 2026, "MERAL");
    }

    @Test
    void klaimKeduaAtasTahunYangSamaGagalDanMenyebutKeduaKelas() {
        DaftarMilik daftar = daftar();
        assertThat(daftar.milik(KelasSatu.class, 2016)).isEqualTo(2016);

        assertThatThrownBy(() -> daftar.milik(KelasDua.class, 2016))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TahunUjiTest$KelasDua claims the year 2016 of Meral")
                .hasMessageContaining("which TahunUjiTest$KelasSatu already owns");

        assertThat(daftar.milik(KelasSatu.class, 2016))
                .as("the owner may name its year again")
                .isEqualTo(2016);
        assertThat(daftar.daftar()).containsExactly("2016: TahunUjiTest$KelasSatu");
    }

    @Test
    void tahunYangDitulisDataContohTidakDapatDimilikiUtuh() {
        DaftarMilik daftar = daftar();

        assertThatThrownBy(() -> daftar.milik(KelasSatu.class, 2024))
                .hasMessageContaining("TahunUjiTest$KelasSatu claims the year 2024")
                .hasMessageContaining("demo/DataContoh");
        assertThat(daftar.indikator(KelasSatu.class, 2024, "IKI-KASI-LH-1"))
                .as("the realisasi of an indicator, which the generator leaves alone")
                .isEqualTo(2024);
        assertThat(daftar.milik(KelasDua.class, 2021)).isEqualTo(2021);
        assertThat(daftar.milik(KelasDua.class, 2027)).isEqualTo(2027);
    }

    @Test
    void indikatorDanTahunUtuhSalingMenolak() {
        DaftarMilik daftar = daftar();
        daftar.indikator(KelasSatu.class, 2012, "IKI-KASI-PEM-1", "IKU-IPP");

        assertThatThrownBy(() -> daftar.milik(KelasDua.class, 2012))
                .hasMessageContaining("TahunUjiTest$KelasDua claims the year 2012 of Meral")
                .hasMessageContaining("TahunUjiTest$KelasSatu");
        assertThatThrownBy(() -> daftar.indikator(KelasDua.class, 2012, "IKI-KASI-LH-1", "IKU-IPP"))
                .hasMessageContaining("TahunUjiTest$KelasDua claims IKU-IPP in 2012")
                .hasMessageContaining("TahunUjiTest$KelasSatu");
        assertThat(daftar.daftar())
                .as("a refused claim takes nothing, not even its free part")
                .containsExactly("2012 IKI-KASI-PEM-1: TahunUjiTest$KelasSatu", "2012 IKU-IPP: TahunUjiTest$KelasSatu");

        daftar.indikator(KelasDua.class, 2012, "IKI-KASI-LH-1");
        assertThatThrownBy(() -> daftar.milik(KelasSatu.class, 2012))
                .as("the whole year, while another class owns an indicator in it")
                .hasMessageContaining("TahunUjiTest$KelasDua");
        daftar.milik(KelasDua.class, 2013);
        assertThatThrownBy(() -> daftar.indikator(KelasSatu.class, 2013, "IKI-KASI-PEM-1"))
                .hasMessageContaining("the year 2013 of Meral, which TahunUjiTest$KelasDua already owns");
    }

    @Test
    void tahunBebasTidakPernahBertemuTahunTetap() {
        DaftarMilik daftar = daftar();

        assertThat(List.of(daftar.bebas(KelasSatu.class), daftar.bebas(KelasDua.class), daftar.bebas(KelasSatu.class)))
                .containsExactly(2050, 2051, 2052);
        assertThatThrownBy(() -> daftar.bebas(KelasDua.class))
                .hasMessageContaining("No free year left for TahunUjiTest$KelasDua")
                .hasMessageContaining("2051 TahunUjiTest$KelasDua");
        assertThatThrownBy(() -> daftar.milik(KelasSatu.class, 2050))
                .as("a fixed claim among the years handed out")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handed out by TahunUji.bebas");
        assertThatThrownBy(() -> daftar.indikator(KelasSatu.class, 2051, "IKU-IPP"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> daftar.milik(KelasSatu.class, 1999))
                .as("before the first year the realisasi service accepts")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instansiHanyaSatuPemilikDanRencanaBersamaTidakDapatDimiliki() {
        DaftarMilik daftar = daftar();
        assertThat(daftar.instansi(KelasSatu.class, "UJI-RL")).isEqualTo("UJI-RL");

        assertThatThrownBy(() -> daftar.instansi(KelasDua.class, "uji-rl"))
                .hasMessageContaining("TahunUjiTest$KelasDua claims the instansi uji-rl")
                .hasMessageContaining("TahunUjiTest$KelasSatu");
        assertThatThrownBy(() -> daftar.instansi(KelasDua.class, "Meral")).hasMessageContaining("the plan every test");
        assertThat(daftar.instansi(KelasSatu.class, "UJI-RL")).isEqualTo("UJI-RL");
    }

    /** The guard follows demo/DataContoh: its target years, and its realisasi up to the current year. */
    @Test
    void tahunDataContohMengikutiGeneratornya() {
        int terakhir = TahunDataContoh.TARGET_TERAKHIR;
        assertThat(TahunUji.ditulisDataContoh(TahunDataContoh.TARGET_PERTAMA - 1, terakhir))
                .isFalse();
        assertThat(TahunUji.ditulisDataContoh(TahunDataContoh.TARGET_PERTAMA, terakhir))
                .isTrue();
        assertThat(TahunUji.ditulisDataContoh(TahunDataContoh.REALISASI_PERTAMA, terakhir))
                .isTrue();
        assertThat(TahunUji.ditulisDataContoh(terakhir, terakhir)).isTrue();
        assertThat(TahunUji.ditulisDataContoh(terakhir + 1, terakhir)).isFalse();
        assertThat(TahunUji.ditulisDataContoh(terakhir + 4, terakhir + 4))
                .as("realisasi up to the current year")
                .isTrue();
    }

    /** The registry of the run: the year of an existing test class is refused to another class. */
    @Test
    void tahunKelasUjiYangAdaDitolakUntukKelasLain() throws ClassNotFoundException {
        Class.forName(PEMILIK_2015, true, getClass().getClassLoader());

        assertThatThrownBy(() -> TahunUji.milik(TahunUjiTest.class, 2015))
                .hasMessageContaining("TahunUjiTest claims the year 2015 of Meral")
                .hasMessageContaining("which realisasi.ui.BuktiDukungViewTest already owns");
    }

    /**
     * Every class under src/test/java initialised, so that every claim is made in this one run whichever tests it
     * runs: two classes claiming the same year or instansi fail here even when surefire would not run them together.
     */
    @Test
    void semuaKlaimKelasUjiTidakBertabrakan() throws IOException, URISyntaxException {
        Path kelasUji = Path.of(TahunUji.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> nama;
        try (Stream<Path> berkas = Files.walk(kelasUji.resolve("id/kecamatan/kinerja"))) {
            nama = berkas.map(p -> kelasUji.relativize(p).toString())
                    .filter(p -> p.endsWith(".class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
        assertThat(nama).contains(TahunUjiTest.class.getName(), PEMILIK_2015);

        List<String> gagal = new ArrayList<>();
        for (String n : nama) {
            try {
                Class.forName(n, true, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                Throwable sebab = e.getCause() == null ? e : e.getCause();
                gagal.add(n + ": " + sebab);
            }
        }
        assertThat(gagal)
                .as(
                        "test classes whose claims collide; claims so far:%n%s",
                        String.join("\n", DaftarMilik.SEMUA.daftar()))
                .isEmpty();
    }
}
