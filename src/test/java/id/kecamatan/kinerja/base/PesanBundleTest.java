package id.kecamatan.kinerja.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.anggaran.TingkatAnggaran;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.Efisiensi;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.evaluasi.StatusTindakLanjut;
import id.kecamatan.kinerja.laporan.BagianTeks;
import id.kecamatan.kinerja.notifikasi.JenisNotifikasi;
import id.kecamatan.kinerja.notifikasi.KeamananSmtp;
import id.kecamatan.kinerja.organisasi.JenisPenugasan;
import id.kecamatan.kinerja.pengukuran.JenisPredikat;
import id.kecamatan.kinerja.publik.JenisDokumenTerbit;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.security.Peristiwa;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message bundles: Bahasa Indonesia and English have the same keys, and every key the code asks for exists.
 * Keys are read from src/main/java: literal {@code getTranslation("...")} arguments, {@code @Menu(title = "...")},
 * keys built at run time from an enum ({@code "peran." + peran}), and the keys carried by exceptions.
 */
class PesanBundleTest {

    private static final Path SUMBER = Path.of("src/main/java");

    /** Keys built as {@code "prefix." + value}: the values each prefix can take. */
    private static final List<String> STATUS_PETA =
            List.of("terlambat", "dikembalikan", "draf", "kosong", "diajukan", "disetujui");

    private static final Map<String, List<String>> KUNCI_DINAMIS = Map.ofEntries(
            Map.entry("peran.", nama(Peran.values())),
            Map.entry("peran-komponen.", nama(PeranKomponen.values())),
            Map.entry("formula.", nama(JenisFormula.values())),
            Map.entry(
                    "status.",
                    Stream.concat(nama(StatusRealisasi.values()).stream(), Stream.of("KOSONG"))
                            .toList()),
            Map.entry("triwulan.", List.of("1", "2", "3", "4")),
            Map.entry("publikasi.jenis.", nama(JenisDokumenTerbit.values())),
            Map.entry("dasbor.tw.", List.of("1", "2", "3", "4")),
            Map.entry("agregasi.", nama(Agregasi.values())),
            Map.entry("polaritas.", nama(Polaritas.values())),
            Map.entry("konvensi.", nama(KonvensiNegatif.values())),
            Map.entry("pengaturan.pita.", nama(JenisPredikat.values())),
            Map.entry("dasbor.peta.", STATUS_PETA),
            Map.entry("dasbor.legenda.", STATUS_PETA),
            Map.entry("peristiwa.", nama(Peristiwa.values())),
            Map.entry("penugasan.jenis.", nama(JenisPenugasan.values())),
            Map.entry("anggaran.tambah.", nama(TingkatAnggaran.values())),
            Map.entry("efisiensi.", nama(Efisiensi.Tingkat.values())),
            Map.entry("lkjip.bagian.", nama(BagianTeks.values())),
            Map.entry("notifikasi.jenis.", nama(JenisNotifikasi.values())),
            Map.entry("notifikasi.buka.", List.of("kinerja-saya", "persetujuan")),
            Map.entry("rekomendasi.status.", nama(StatusTindakLanjut.values())),
            Map.entry("pengaturan-surel.keamanan.", nama(KeamananSmtp.values())),
            Map.entry(
                    "bahasa.",
                    Stream.of(PesanProvider.INDONESIA, PesanProvider.INGGRIS)
                            .map(Locale::getLanguage)
                            .toList()));

    /**
     * getTranslation arguments that are neither a literal nor "literal" + value, with where their keys come from:
     * each must be checked by a test of its own below.
     */
    private static final Set<String> ARGUMEN_TERHITUNG = Set.of(
            "entri.title()", // the @Menu titles
            "ditolak.getMessage()", // the keys of AkunService.PasswordDitolak
            "e.getKunciPesan()", // the keys of AturanDilanggar
            "ditolak.getKunciPesan()",
            "g.kunci()", // the keys of base.excel.GalatImpor: everyKeyOfAnImportErrorExists
            "k.halangan()", // UsulanNilaiAkipService's AturanDilanggar keys: everyKeyOfABrokenRuleExists
            "kr.bukti().kunciPesan()"); // evaluasi.BuktiOtomatis's keys: EvaluasiViewTest shows each of them

    private static Properties indonesia;
    private static Properties inggris;
    private static List<String> argumenGetTranslation;

    @BeforeAll
    static void baca() throws IOException {
        indonesia = bundle("messages.properties");
        inggris = bundle("messages_en.properties");
        argumenGetTranslation = new ArrayList<>();
        for (String kode : sumber()) {
            argumenGetTranslation.addAll(argumenPertama(kode, "getTranslation("));
        }
        assertThat(argumenGetTranslation)
                .as("getTranslation calls found in %s", SUMBER)
                .hasSizeGreaterThan(50);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(indonesia).isNotEmpty();
        assertThat(new TreeSet<>(inggris.stringPropertyNames()))
                .as("keys of messages_en.properties")
                .isEqualTo(new TreeSet<>(indonesia.stringPropertyNames()));
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        for (String kunci : indonesia.stringPropertyNames()) {
            assertThat(placeholder(inggris.getProperty(kunci, "")))
                    .as("placeholders of %s in English", kunci)
                    .isEqualTo(placeholder(indonesia.getProperty(kunci)));
        }
    }

    /**
     * A message with arguments goes through MessageFormat, where a single quote starts a quoted section; one without
     * is shown as it is written.
     */
    @Test
    void messagesWithArgumentsAreValidMessageFormats() {
        for (Properties bundle : List.of(indonesia, inggris)) {
            for (String kunci : bundle.stringPropertyNames()) {
                String pesan = bundle.getProperty(kunci);
                if (!placeholder(pesan).isEmpty()) {
                    assertThat(pesan.replace("''", ""))
                            .as("message %s: a quote must be doubled", kunci)
                            .doesNotContain("'");
                    new MessageFormat(pesan, PesanProvider.INDONESIA);
                } else {
                    // without arguments the text is shown as written: a doubled quote would show doubled
                    assertThat(pesan)
                            .as("message %s has no arguments: a quote is single", kunci)
                            .doesNotContain("''");
                }
            }
        }
    }

    @Test
    void everyLiteralKeyOfGetTranslationExists() {
        List<String> kunci = argumenGetTranslation.stream()
                .filter(a -> !a.matches("\"[^\"]*\"\\s*\\+.*"))
                .flatMap(PesanBundleTest::literal)
                .toList();

        assertThat(kunci).as("literal keys").hasSizeGreaterThan(50).contains("menu.iki", "pengguna.aktif");
        assertThat(kunci).allSatisfy(PesanBundleTest::adaDiKeduaBahasa);
    }

    @Test
    void everyMenuTitleExists() {
        List<String> judul = new ArrayList<>();
        Pattern menu = Pattern.compile("@Menu\\s*\\([^)]*\\btitle\\s*=\\s*\"([^\"]+)\"");
        for (String kode : sumber()) {
            Matcher m = menu.matcher(kode);
            while (m.find()) {
                judul.add(m.group(1));
            }
        }

        assertThat(judul).as("@Menu titles").hasSizeGreaterThanOrEqualTo(5).contains("menu.pengguna");
        assertThat(judul).allSatisfy(PesanBundleTest::adaDiKeduaBahasa);
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        Set<String> awalan = argumenGetTranslation.stream()
                .map(Pattern.compile("\"([^\"]*)\"\\s*\\+.*")::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(awalan)
                .as("prefixes of keys built at run time: add new ones to KUNCI_DINAMIS")
                .isNotEmpty()
                .isSubsetOf(KUNCI_DINAMIS.keySet());
        awalan.forEach(a -> KUNCI_DINAMIS.get(a).forEach(nilai -> adaDiKeduaBahasa(a + nilai)));
    }

    @Test
    void everyKeyOfARefusedPasswordExists() {
        List<String> kunci = new ArrayList<>();
        for (String kode : sumber()) {
            argumenPertama(kode, "new PasswordDitolak(").stream()
                    .flatMap(PesanBundleTest::literal)
                    .forEach(kunci::add);
        }

        assertThat(kunci).contains("password.lama-salah", "password.terlalu-pendek");
        assertThat(kunci).allSatisfy(PesanBundleTest::adaDiKeduaBahasa);
    }

    @Test
    void everyKeyOfABrokenRuleExists() {
        List<String> kunci = new ArrayList<>();
        for (String kode : sumber()) {
            argumenPertama(kode, "new AturanDilanggar(").stream()
                    .flatMap(PesanBundleTest::literal)
                    .forEach(kunci::add);
        }

        assertThat(kunci).contains("realisasi.terkunci", "angka.format", "angka.bukan-angka");
        assertThat(kunci).allSatisfy(PesanBundleTest::adaDiKeduaBahasa);
    }

    /** Import errors carry "impor.*" keys written in the laporan package, or the keys of AturanDilanggar. */
    @Test
    void everyKeyOfAnImportErrorExists() {
        List<String> kunci = new ArrayList<>();
        Pattern literalImpor = Pattern.compile("\"(impor\\.[a-z0-9.-]+)\"");
        for (String kode : sumber()) {
            Matcher m = literalImpor.matcher(kode);
            while (m.find()) {
                kunci.add(m.group(1));
            }
        }

        assertThat(kunci).contains("impor.lembar-tidak-ada", "impor.rujukan-tidak-ada", "impor.bukan-indikator-anda");
        assertThat(kunci).allSatisfy(PesanBundleTest::adaDiKeduaBahasa);
    }

    @Test
    void noOtherComputedKeys() {
        List<String> terhitung = argumenGetTranslation.stream()
                .filter(a -> !a.matches("\"[^\"]*\"\\s*\\+.*"))
                .filter(a -> literal(a).findAny().isEmpty())
                .toList();

        assertThat(terhitung)
                .as("getTranslation arguments without a literal key: check their keys in this test")
                .isSubsetOf(ARGUMEN_TERHITUNG);
    }

    private static void adaDiKeduaBahasa(String kunci) {
        assertThat(indonesia.containsKey(kunci))
                .as("%s in messages.properties", kunci)
                .isTrue();
        assertThat(inggris.containsKey(kunci))
                .as("%s in messages_en.properties", kunci)
                .isTrue();
    }

    /**
     * The first argument of every call that starts with {@code call} (e.g. "getTranslation("), as source text,
     * up to the first comma or closing parenthesis outside brackets and string literals. Method declarations
     * ("String getTranslation(String key, ...") are skipped.
     */
    private static List<String> argumenPertama(String kode, String call) {
        List<String> hasil = new ArrayList<>();
        for (int i = kode.indexOf(call); i >= 0; i = kode.indexOf(call, i + 1)) {
            if (kode.substring(0, i).matches("(?s).*\\bString\\s+$")) {
                continue;
            }
            int mulai = i + call.length();
            int kedalaman = 0;
            boolean dalamString = false;
            int j = mulai;
            for (; j < kode.length(); j++) {
                char c = kode.charAt(j);
                if (dalamString) {
                    if (c == '\\') {
                        j++;
                    } else if (c == '"') {
                        dalamString = false;
                    }
                } else if (c == '"') {
                    dalamString = true;
                } else if (c == '(' || c == '[' || c == '{') {
                    kedalaman++;
                } else if ((c == ')' || c == ']' || c == '}') && kedalaman > 0) {
                    kedalaman--;
                } else if ((c == ',' || c == ')') && kedalaman == 0) {
                    break;
                }
            }
            hasil.add(kode.substring(mulai, j).strip());
        }
        return hasil;
    }

    /** The string literals in a piece of source: one for a plain key, two for {@code a ? "x" : "y"}. */
    private static Stream<String> literal(String ekspresi) {
        return Pattern.compile("\"([^\"\\\\]*)\"").matcher(ekspresi).results().map(m -> m.group(1));
    }

    private static Set<String> placeholder(String pesan) {
        return Pattern.compile("\\{(\\d+)")
                .matcher(pesan)
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> sumber() {
        try (Stream<Path> berkas = Files.walk(SUMBER)) {
            return berkas.filter(p -> p.toString().endsWith(".java"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String nama) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PesanBundleTest.class.getClassLoader().getResourceAsStream(nama)) {
            assertThat(in).as(nama).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> nama(Enum<?>[] nilai) {
        return Arrays.stream(nilai).map(Enum::name).toList();
    }
}
