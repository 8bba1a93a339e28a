package id.kecamatan.kinerja.beban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.kecamatan.kinerja.beban.KlienVaadin.Notifikasi;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two portal instances (the packaged jar, prod profile) on one database of the MariaDB server on 127.0.0.1:3306,
 * behind Debian's haproxy started by {@code tools/proxy.sh} (HTTPS with a certificate it generates, sticky sessions),
 * spoken to over HTTP as a browser does ({@link KlienVaadin}); the sticky cookie chooses the instance. Checks what
 * issue 17 asks of more than one server: a deactivation on one instance ends the session on the other within 5 s,
 * two editors on different instances meet the usual conflict, the dashboard shows the same figures from both, the
 * daily backup fired on both at the same second runs once, the login throttle counts the failures of both; and the
 * proxy's HTTPS: Secure cookies, HSTS, plain HTTP redirected.
 * <p>
 * Run by the db-eksternal profile after {@code ./mvnw verify} built the jar (.ci/run); fails, never skips, without
 * the jar, haproxy, openssl, mariadb-dump or the server. Sample accounts (kinerja.demo.enabled) without sample
 * figures, as tools/beban.sh runs it, so that every quarter is free to fill.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DuaInstansIT {

    /** The portal as an office PC runs it, with the start-up cache the build trained (pom profile portal-aot). */
    private static final Path JAR = Path.of("target/portal/kinerja-kecamatan-portal.jar");

    private static final Path AOT = Path.of("target/portal/kinerja.aot");
    private static final Path FOLDER = Path.of("target/dua-instans");
    private static final String URL_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE =
            "kinerja_dua_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String PASSWORD = "meral-demo-2026";
    /** The schedule of the backup on both instances: every 10 s, so both fire at the same second. */
    private static final String JADWAL_CADANGAN = "*/10 * * * * *";

    private static final Pattern DIBUAT = Pattern.compile("Cadangan kinerja-\\S+ dibuat");
    private static final String DILEWATI = "Cadangan terjadwal hari ini sudah diambil";

    private final ResourceBundle pesan = ResourceBundle.getBundle("messages", Locale.ROOT);
    private final List<Process> proses = new ArrayList<>();
    private boolean databaseDibuat;
    private int portA;
    private int portB;
    private int portHttp;
    private int portHttps;
    private HttpClient https;

    @BeforeAll
    void mulai() throws Exception {
        for (String alat : List.of("haproxy", "openssl", "mariadb-dump")) {
            if (!adaDiPath(alat)) {
                fail(alat + " tidak ada di PATH (Debian: apt-get install haproxy openssl mariadb-client)");
            }
        }
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " belum ada: jalankan ./mvnw package (atau verify) dulu");
        }
        hapusFolder(FOLDER);
        Files.createDirectories(FOLDER);
        sql("create database " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
        databaseDibuat = true;
        portA = portBebas();
        portB = portBebas();
        portHttp = portBebas();
        portHttps = portBebas();

        // one after the other (README): the first start migrates and loads the plan, the sample accounts and, last,
        // the sample kecamatan
        mulaiPortal("a", portA, "kecamatan contoh Kabupaten Karimun dibuat");
        mulaiPortal("b", portB, "Started Application");

        ProcessBuilder proksi = new ProcessBuilder("tools/proxy.sh", "127.0.0.1:" + portA, "127.0.0.1:" + portB)
                .redirectErrorStream(true)
                .redirectOutput(FOLDER.resolve("proxy.log").toFile());
        proksi.environment()
                .putAll(Map.of(
                        "PROXY_HTTPS_PORT", Integer.toString(portHttps),
                        "PROXY_HTTP_PORT", Integer.toString(portHttp),
                        "PROXY_FOLDER", FOLDER.resolve("proxy").toString(),
                        "PROXY_NAMA", "localhost"));
        proses.add(proksi.start());
        https = klienHttps(FOLDER.resolve("proxy/sertifikat.crt"));
        tunggu(Duration.ofSeconds(30), "proksi HTTPS", () -> statusHttps("/login") == 200);
    }

    @AfterAll
    void berhenti() throws Exception {
        for (Process p : proses.reversed()) {
            p.destroy();
        }
        for (Process p : proses) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (databaseDibuat) {
            sql("drop database if exists " + DATABASE);
        }
    }

    @Test
    @Order(1)
    void proksiMemakaiHttpsDenganKukiSecureDanHsts() throws Exception {
        HttpClient polos = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> http = polos.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + portHttp + "/dasbor?tahun=2026"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(http.statusCode()).isEqualTo(301);
        assertThat(http.headers().firstValue("location"))
                .contains("https://localhost:" + portHttps + "/dasbor?tahun=2026");

        HttpResponse<String> login = https.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + portHttps + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("strict-transport-security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        assertThat(kuki(login, "JSESSIONID")).contains("; Secure").contains("; HttpOnly");
        assertThat(kuki(login, "KINERJA_INSTANS")).contains("; Secure").contains("; HttpOnly");

        // the instance itself, asked directly over plain http (as the default run is): neither
        HttpResponse<String> langsung = polos.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(langsung.statusCode()).isEqualTo(200);
        assertThat(langsung.headers().firstValue("strict-transport-security")).isEmpty();
        assertThat(kuki(langsung, "JSESSIONID")).doesNotContain("Secure");
    }

    @Test
    @Order(2)
    void penonaktifanDiInstansAMengakhiriSesiDiInstansBDalamLimaDetik() throws Exception {
        String akun = "kasi.kesos";
        KlienVaadin pengguna = masuk("portal2", akun);
        assertThat(pengguna.bukaHalaman("dasbor")).isEqualTo("dasbor");
        KlienVaadin admin = masuk("portal1", "admin");
        admin.bukaHalaman("pengguna");
        admin.kirimTindakLanjut();
        String nonaktifkan = teks("pengguna.nonaktifkan");
        admin.klik(admin.tombolDiSel(akun, 0, nonaktifkan).orElseThrow(() -> new AssertionError("tombol")));
        admin.ambilNotifikasi();
        admin.klik(admin.tombol(nonaktifkan).orElseThrow());
        assertThat(admin.ambilNotifikasi())
                .extracting(Notifikasi::teks)
                .anyMatch(t -> t.startsWith("Akun " + akun + " dinonaktifkan"));
        long mulai = System.nanoTime();

        long ms = -1;
        while (System.nanoTime() - mulai < Duration.ofSeconds(10).toNanos()) {
            if (pengguna.bukaHalaman("dasbor").equals("login")) {
                ms = (System.nanoTime() - mulai) / 1_000_000;
                break;
            }
            Thread.sleep(100);
        }
        System.out.printf("Sesi di instans B berakhir %d ms setelah penonaktifan di instans A%n", ms);
        assertThat(ms).as("ms sampai sesi di B berakhir").isBetween(0L, 5_000L);
        // ended by instance B's own check, not by a request that reached A
        assertThat(Files.readString(FOLDER.resolve("portal-b.log"))).contains("Sesi akun " + akun + " diakhiri");
    }

    @Test
    @Order(3)
    void duaPenyuntingDiInstansBerbedaBertemuKonflik() {
        String akun = "kasi.pemerintahan";
        KlienVaadin a = masuk("portal1", akun);
        kinerjaSaya(a);
        String kode = a.teksKolomPertama().getFirst().split(" · ", 2)[0];
        String awalan = kode + " · ";
        // the first quarter of this year has started: the editor of a new draft, saved once by A
        buka(a, awalan, teks("kinerja.isi"));
        isi(a, "41");
        assertThat(klik(a, teks("kinerja.simpan-draf"))).contains(teks("kinerja.tersimpan"));

        KlienVaadin b = masuk("portal2", akun);
        kinerjaSaya(b);
        kinerjaSaya(a);
        buka(a, awalan, teks("kinerja.ubah"));
        buka(b, awalan, teks("kinerja.ubah"));
        isi(a, "42");
        isi(b, "43");
        assertThat(klik(a, teks("kinerja.simpan-ajukan"))).contains(teks("kinerja.diajukan"));
        assertThat(klik(b, teks("kinerja.simpan-draf")))
                .as("B saved over what it had not seen")
                .contains(teks("kinerja.konflik"));
    }

    @Test
    @Order(4)
    void dasborCamatSamaDariKeduaInstans() {
        List<String> dariA = dasbor("portal1");
        List<String> dariB = dasbor("portal2");
        assertThat(dariA).hasSizeGreaterThan(20).anyMatch(t -> t.matches(".*\\d.*"));
        assertThat(dariB).isEqualTo(dariA);
    }

    /** The kabupaten's comparison of its fourteen kecamatan (thirteen sample ones with figures) from either instance. */
    @Test
    @Order(5)
    void perbandinganKabupatenSamaDariKeduaInstans() {
        List<String> dariA = halaman("portal1", "kabupaten", "kabupaten");
        List<String> dariB = halaman("portal2", "kabupaten", "kabupaten");
        assertThat(dariA)
                .anyMatch(t -> t.contains("Kabupaten Karimun"))
                .anyMatch(t -> t.contains("Kecamatan Selat Gelam (data contoh)"))
                .anyMatch(t -> t.matches("\\d+,\\d\\d %.*"));
        assertThat(dariB).isEqualTo(dariA);
    }

    @Test
    @Order(6)
    void cadanganHarianBerjalanSekaliMeskiDipicuDiKeduaInstans() throws Exception {
        // a new day: the claim of today's backup (taken by the first start) is given back, then both instances
        // fire at the same second every 10 s
        sql("delete from " + DATABASE + ".jadwal_harian where pekerjaan = 'cadangan'");
        long awalA = Files.size(FOLDER.resolve("portal-a.log"));
        long awalB = Files.size(FOLDER.resolve("portal-b.log"));
        long berkasAwal = berkasCadangan();
        tunggu(
                Duration.ofSeconds(40),
                "dua penembakan jadwal di kedua instans",
                () -> hitung(log("a", awalA), DILEWATI) + hitung(log("b", awalB), DILEWATI) >= 3
                        && hitung(log("a", awalA), DILEWATI) >= 1
                        && hitung(log("b", awalB), DILEWATI) >= 1);
        int dibuat = hitung(log("a", awalA), DIBUAT) + hitung(log("b", awalB), DIBUAT);
        assertThat(dibuat)
                .as("cadangan dibuat sejak hari baru, di kedua instans")
                .isOne();
        assertThat(berkasCadangan() - berkasAwal).isOne();
    }

    @Test
    @Order(7)
    void pembatasLoginMenghitungKegagalanDiKeduaInstans() {
        // nine failures are free, the tenth holds the address (PembatasAlamat): five on each instance
        for (int i = 0; i < 10; i++) {
            KlienVaadin k = klien(i % 2 == 0 ? "portal1" : "portal2");
            k.bukaHalaman("login");
            assertThat(k.masuk("tidak.ada." + i, "salah-salah")).isFalse();
        }
        for (String instans : List.of("portal1", "portal2")) {
            KlienVaadin k = klien(instans);
            k.bukaHalaman("login");
            assertThat(k.masuk("camat", PASSWORD))
                    .as("the right password from a held address, on " + instans)
                    .isFalse();
        }
    }

    private List<String> dasbor(String instans) {
        return halaman(instans, "camat", "dasbor");
    }

    /** The texts of a page as {@code username} reads it on one instance. */
    private List<String> halaman(String instans, String username, String jalur) {
        KlienVaadin k = masuk(instans, username);
        k.bukaHalaman(jalur);
        for (int i = 0; i < 5 && k.kirimTindakLanjut(); i++) {
            // the grids' confirmations, as the browser sends them
        }
        return k.teksHalaman();
    }

    /** Kinerja Saya of this year, reached from the dashboard as a user does. */
    private static void kinerjaSaya(KlienVaadin k) {
        k.bukaHalaman("dasbor");
        k.navigasi("kinerja-saya");
        k.kirimTindakLanjut();
        assertThat(k.teksKolomPertama()).as("Kinerja Saya").isNotEmpty();
    }

    /** The editor of the row's first quarter with the button (the earlier component column is the action plan). */
    private static void buka(KlienVaadin k, String awalan, String tombol) {
        OptionalInt node = OptionalInt.empty();
        for (int kolom = 0; kolom < 6 && node.isEmpty(); kolom++) {
            node = k.tombolDiSel(awalan, kolom, tombol);
        }
        k.klik(node.orElseThrow(() -> new AssertionError("tombol '" + tombol + "' di " + awalan)));
        assertThat(k.adaDialogTerbuka()).as("editor").isTrue();
    }

    private static void isi(KlienVaadin k, String pertama) {
        List<Integer> isian = k.semua("vaadin-text-field");
        for (int i = 0; i < isian.size(); i++) {
            k.ketik(isian.get(i), i == 0 ? pertama : "50");
        }
    }

    private static List<String> klik(KlienVaadin k, String tombol) {
        k.tutupNotifikasi();
        k.ambilNotifikasi();
        k.klik(k.tombol(tombol).orElseThrow(() -> new AssertionError("tombol '" + tombol + "'")));
        return k.ambilNotifikasi().stream().map(Notifikasi::teks).toList();
    }

    private KlienVaadin masuk(String instans, String akun) {
        KlienVaadin k = klien(instans);
        k.bukaHalaman("login");
        assertThat(k.masuk(akun, PASSWORD))
                .as("login " + akun + " di " + instans)
                .isTrue();
        return k;
    }

    /** A browser tab that the proxy's sticky cookie sends to the given instance (portal1 = A, portal2 = B). */
    private KlienVaadin klien(String instans) {
        KlienVaadin k = new KlienVaadin(https, "https://localhost:" + portHttps + "/");
        k.kuki("KINERJA_INSTANS", instans);
        return k;
    }

    /** Starts an instance and waits until its log says {@code siap} and it serves the login page. */
    private void mulaiPortal(String nama, int port, String siap) throws Exception {
        Path log = FOLDER.resolve("portal-" + nama + ".log");
        List<String> perintah = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        if (Files.isRegularFile(AOT)) {
            perintah.add("-XX:AOTCache=" + AOT);
        }
        perintah.addAll(List.of(
                "-jar",
                JAR.toString(),
                "--spring.profiles.active=prod",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--kinerja.demo.enabled=true",
                "--kinerja.demo.data-contoh=false",
                // Karimun's other kecamatan with sample figures, for the kabupaten's comparison
                "--kinerja.demo.kecamatan-contoh=true",
                "--kinerja.notifikasi.jadwal=-",
                "--kinerja.cadangan.jadwal=" + JADWAL_CADANGAN,
                "--kinerja.cadangan.folder=" + FOLDER.resolve("cadangan-" + nama)));
        ProcessBuilder portal =
                new ProcessBuilder(perintah).redirectErrorStream(true).redirectOutput(log.toFile());
        portal.environment()
                .putAll(Map.of(
                        "SPRING_DATASOURCE_URL", URL_SERVER + DATABASE,
                        "SPRING_DATASOURCE_USERNAME", "root",
                        "SPRING_DATASOURCE_PASSWORD", ""));
        Process p = portal.start();
        proses.add(p);
        tunggu(Duration.ofSeconds(150), "portal " + nama + " siap", () -> {
            if (!p.isAlive()) {
                throw new AssertionError("portal " + nama + " berhenti; lihat " + log);
            }
            return log(nama, 0).contains(siap) && statusHttp("http://127.0.0.1:" + port + "/login") == 200;
        });
    }

    private long berkasCadangan() throws IOException {
        long jumlah = 0;
        for (String nama : List.of("a", "b")) {
            Path folder = FOLDER.resolve("cadangan-" + nama);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> isi = Files.list(folder)) {
                    jumlah += isi.filter(f -> f.getFileName().toString().endsWith(".sql.gz"))
                            .count();
                }
            }
        }
        return jumlah;
    }

    private static String log(String nama, long dari) {
        try (InputStream masuk = Files.newInputStream(FOLDER.resolve("portal-" + nama + ".log"))) {
            masuk.skipNBytes(dari);
            return new String(masuk.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int hitung(String teks, String cari) {
        return hitung(teks, Pattern.compile(Pattern.quote(cari)));
    }

    private static int hitung(String teks, Pattern pola) {
        Matcher m = pola.matcher(teks);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String kuki(HttpResponse<?> jawaban, String nama) {
        return jawaban.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(nama + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("tanpa kuki " + nama + ": " + jawaban.headers()));
    }

    private int statusHttps(String rute) {
        try {
            return https.send(
                            HttpRequest.newBuilder(URI.create("https://localhost:" + portHttps + rute))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int statusHttp(String alamat) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(alamat)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** An HTTP client that trusts the proxy's generated certificate (and only it), as an office browser would. */
    private static HttpClient klienHttps(Path sertifikat) throws Exception {
        tunggu(Duration.ofSeconds(30), "sertifikat proksi", () -> Files.isRegularFile(sertifikat));
        KeyStore percaya = KeyStore.getInstance(KeyStore.getDefaultType());
        percaya.load(null, null);
        try (InputStream masuk = Files.newInputStream(sertifikat)) {
            percaya.setCertificateEntry(
                    "proksi", CertificateFactory.getInstance("X.509").generateCertificate(masuk));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(percaya);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(ssl)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static void tunggu(Duration paling, String apa, BooleanSupplier syarat) throws InterruptedException {
        long batas = System.nanoTime() + paling.toNanos();
        while (!syarat.getAsBoolean()) {
            if (System.nanoTime() > batas) {
                fail(apa + ": belum setelah " + paling.toSeconds() + " s (log di " + FOLDER + ")");
            }
            Thread.sleep(250);
        }
    }

    private String teks(String kunci) {
        return pesan.getString(kunci);
    }

    private static boolean adaDiPath(String alat) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, alat)));
    }

    private static int portBebas() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void hapusFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> isi = Files.walk(folder)) {
                for (Path p : isi.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void sql(String perintah) throws SQLException {
        try (Connection koneksi = DriverManager.getConnection(URL_SERVER, "root", "");
                Statement s = koneksi.createStatement()) {
            s.execute(perintah);
        }
    }
}
