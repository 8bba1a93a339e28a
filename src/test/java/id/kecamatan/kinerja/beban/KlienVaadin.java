package id.kecamatan.kinerja.beban;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's own protocol over HTTP, as Chromium does with this portal (Vaadin
 * 25.2.5, recorded with Playwright): the bootstrap page and its {@code v-r=init} request, UIDL requests with
 * csrfToken ({@code Vaadin-Security-Key}), syncId and clientId, the login form with Spring Security's
 * {@code _csrf}, and a mirror of the server's element tree (node ids, tags, properties, children, text) from the
 * UIDL changes so buttons are found by their text. What the browser's web components send on their own and the
 * server relies on (grid update confirmations, a closed dialog's "closed", a notification closing after its
 * duration) is sent too; pure property echoes of layout components are not.
 */
final class KlienVaadin {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The browser's details sent with v-r=init (a 1440×900 window, as recorded). */
    private static final String PARAMETER_BROWSER = "&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED"
            + "&v-ws=false";

    private static final String DATA_KLIK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":800,\"event.clientY\":300,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":400,\"event.screenX\":810}";

    /** A node of the server's element tree, as far as the UIDL told us. */
    static final class Simpul {
        final int id;
        String tag;
        String teks;
        final Map<String, JsonNode> properti = new HashMap<>();
        final Map<String, String> atribut = new HashMap<>();
        final List<Integer> anak = new ArrayList<>();

        Simpul(int id) {
            this.id = id;
        }

        String properti(String nama) {
            JsonNode nilai = properti.get(nama);
            return nilai == null || nilai.isNull() ? null : teksNilai(nilai);
        }
    }

    /** A notification the server opened: its text and whether it has the error theme. */
    record Notifikasi(String teks, boolean galat) {}

    private final HttpClient http;
    private final String dasar;
    private final Map<String, String> cookie = new LinkedHashMap<>();
    private final String namaJendela = "v-" + UUID.randomUUID();

    private int uiId = -1;
    private String csrfToken;
    private String csrfForm;
    private int syncId;
    private int clientId;
    private int janji;
    private int riwayat;
    private final Map<Integer, Simpul> simpul = new HashMap<>();
    /** Rows of each grid as its connector received them: grid node → row index → item. */
    private final Map<Integer, TreeMap<Integer, JsonNode>> barisGrid = new HashMap<>();
    /** What the browser sends at once after a response (confirmations, opened/closed events). */
    private final List<ObjectNode> tindakLanjut = new ArrayList<>();
    /** Notifications to close (the browser does after their duration) before the next user action. */
    private final List<Integer> notifikasiTerbuka = new ArrayList<>();

    private final List<Notifikasi> notifikasiBaru = new ArrayList<>();
    private int jumlahPermintaan;

    KlienVaadin(HttpClient http, String dasar) {
        this.http = http;
        this.dasar = dasar.endsWith("/") ? dasar : dasar + "/";
    }

    /** A cookie as if an earlier response had set it, e.g. the proxy's sticky cookie choosing an instance. */
    void kuki(String nama, String nilai) {
        cookie.put(nama, nilai);
    }

    /**
     * What the page shows: every text node in the order the server created it, then the text columns of every grid
     * row still on the page. Two instances showing the same figures give the same list.
     */
    List<String> teksHalaman() {
        List<String> hasil = new ArrayList<>();
        simpul.values().stream()
                .sorted(Comparator.comparingInt(s -> s.id))
                .filter(s -> s.teks != null && !s.teks.isBlank())
                .forEach(s -> hasil.add(s.teks));
        for (JsonNode item : barisHidup()) {
            item.properties().stream()
                    .filter(e -> e.getKey().startsWith("col") && !e.getKey().endsWith("_nodeid"))
                    .forEach(e -> hasil.add(teksNilai(e.getValue())));
        }
        return hasil;
    }

    int jumlahPermintaan() {
        return jumlahPermintaan;
    }

    /** A full page load of a route: the HTML (following redirects), v-r=init and the first navigation. */
    String bukaHalaman(String rute) {
        tutupUi();
        String alamat = dasar + rute;
        HttpResponse<String> jawaban = dapatkan(alamat);
        for (int i = 0; i < 5 && jawaban.statusCode() / 100 == 3; i++) {
            alamat = URI.create(alamat)
                    .resolve(jawaban.headers().firstValue("location").orElseThrow())
                    .toString();
            jawaban = dapatkan(alamat);
        }
        periksaStatus(jawaban, 200, alamat);
        Matcher csrf = META_CSRF.matcher(jawaban.body());
        csrfForm = csrf.find() ? csrf.group(1) : null;
        URI akhir = URI.create(alamat);
        String lokasi = akhir.getPath().substring(URI.create(dasar).getPath().length());
        String query = akhir.getRawQuery() == null ? "" : akhir.getRawQuery();
        HttpResponse<String> init = dapatkan(dasar + "?v-r=init&location=" + enc(lokasi) + "&query=" + enc(query)
                + PARAMETER_BROWSER + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=" + namaJendela);
        periksaStatus(init, 200, "v-r=init");
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        simpul.clear();
        barisGrid.clear();
        tindakLanjut.clear();
        notifikasiTerbuka.clear();
        janji = 0;
        riwayat = 0;
        uiId = appConfig.path("v-uiId").asInt();
        terapkan(appConfig.path("uidl"));
        ObjectNode data = JSON.createObjectNode()
                .put("route", "/" + lokasi)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        uidl(List.of(peristiwa(1, "ui-navigate", data)));
        return lokasi;
    }

    /** Posts the login form of the loaded login page; true when Spring Security accepted it. */
    boolean masuk(String username, String password) {
        if (csrfForm == null) {
            throw new GagalLangkah("halaman login tanpa token _csrf");
        }
        String isi = "_csrf=" + enc(csrfForm) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> jawaban = kirim(HttpRequest.newBuilder(URI.create(dasar + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(isi)));
        periksaStatus(jawaban, 302, "POST /login");
        return !jawaban.headers().firstValue("location").orElse("").contains("error");
    }

    /** A click on a menu link: the client-side router's navigation event. */
    void navigasi(String rute) {
        ObjectNode data = JSON.createObjectNode()
                .put("route", rute)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "client");
        data.putObject("historyState")
                .putNull("usr")
                .put("key", Integer.toString(riwayat + 1, 36) + "beban")
                .put("idx", ++riwayat);
        uidl(List.of(peristiwa(1, "ui-navigate", data)));
    }

    void klik(int node) {
        uidl(List.of(peristiwa(node, "click", JSON.readTree(DATA_KLIK))));
    }

    /** Typing into a text field with ValueChangeMode.LAZY: the value and its debounced input event. */
    void ketik(int node, String nilai) {
        ObjectNode data = JSON.createObjectNode().put("1", 1).put("for", "trailing");
        uidl(List.of(sinkron(node, "value", nilai), peristiwa(node, "input", data)));
    }

    /** Choosing an item of a vaadin-select by its text. */
    void pilih(int select, String teksItem) {
        String nilai = turunan(select).stream()
                .filter(s -> "vaadin-select-item".equals(s.tag) && teksItem.equals(teksDari(s)))
                .map(s -> s.properti("value"))
                .findFirst()
                .orElseThrow(() -> new GagalLangkah("pilihan '" + teksItem + "' tidak ada"));
        uidl(List.of(sinkron(select, "value", nilai), peristiwa(select, "value-changed", JSON.createObjectNode())));
    }

    /** Sends what the browser sends by itself after the last response; returns false when there was nothing. */
    boolean kirimTindakLanjut() {
        if (tindakLanjut.isEmpty()) {
            return false;
        }
        List<ObjectNode> rpc = new ArrayList<>(tindakLanjut);
        tindakLanjut.clear();
        uidl(rpc);
        return true;
    }

    /** Closes the notifications still open, as their timers do in the browser. */
    boolean tutupNotifikasi() {
        List<ObjectNode> rpc = new ArrayList<>();
        for (int node : notifikasiTerbuka) {
            if (simpul.containsKey(node)) {
                rpc.add(sinkron(node, "opened", false));
                rpc.add(peristiwa(node, "opened-changed", JSON.createObjectNode()));
            }
        }
        notifikasiTerbuka.clear();
        if (rpc.isEmpty()) {
            return false;
        }
        uidl(rpc);
        return true;
    }

    /** Notifications opened since the last call. */
    List<Notifikasi> ambilNotifikasi() {
        List<Notifikasi> hasil = List.copyOf(notifikasiBaru);
        notifikasiBaru.clear();
        return hasil;
    }

    /** The browser's beacon when a page is left, so the server drops that UI at once. */
    void tutupUi() {
        if (uiId < 0) {
            return;
        }
        ObjectNode isi = JSON.createObjectNode().put("csrfToken", csrfToken);
        isi.putArray("rpc");
        isi.put("UNLOAD", true);
        kirim(HttpRequest.newBuilder(URI.create(dasar + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(isi.toString())));
        uiId = -1;
    }

    OptionalInt tombol(String teks) {
        return simpul.values().stream()
                .filter(s -> "vaadin-button".equals(s.tag) && teks.equals(teksDari(s)))
                .mapToInt(s -> s.id)
                .max();
    }

    Optional<Simpul> cari(String tag, String properti, String nilai) {
        return simpul.values().stream()
                .filter(s -> tag.equals(s.tag) && nilai.equals(s.properti(properti)))
                .findFirst();
    }

    /** Nodes of a tag, in the order the server created them. */
    List<Integer> semua(String tag) {
        return simpul.values().stream()
                .filter(s -> tag.equals(s.tag))
                .map(s -> s.id)
                .sorted()
                .toList();
    }

    boolean adaDialogTerbuka() {
        return simpul.values().stream()
                .anyMatch(s -> "vaadin-dialog".equals(s.tag) && "true".equals(s.properti("opened")));
    }

    /** The first column's text of every row the (only) grid on the page holds. */
    List<String> teksKolomPertama() {
        return barisHidup().stream().map(item -> teksKolom(item, "col0")).toList();
    }

    /**
     * The button with the given text in the cell of a component column (0-based, in column order among the
     * component columns) of the grid row whose first column starts with the given text.
     */
    OptionalInt tombolDiSel(String awalanBaris, int kolomKomponen, String teks) {
        for (JsonNode item : barisHidup()) {
            if (!teksKolom(item, "col0").startsWith(awalanBaris)) {
                continue;
            }
            List<Integer> sel = item.properties().stream()
                    .filter(e -> e.getKey().endsWith("_nodeid"))
                    .map(e -> e.getValue().asInt())
                    .toList();
            if (kolomKomponen >= sel.size()) {
                return OptionalInt.empty();
            }
            return turunan(sel.get(kolomKomponen)).stream()
                    .filter(s -> "vaadin-button".equals(s.tag) && teks.equals(teksDari(s)))
                    .mapToInt(s -> s.id)
                    .findFirst();
        }
        return OptionalInt.empty();
    }

    private List<Simpul> turunan(int akar) {
        List<Simpul> hasil = new ArrayList<>();
        List<Integer> antrian = new ArrayList<>(List.of(akar));
        while (!antrian.isEmpty()) {
            Simpul s = simpul.get(antrian.removeLast());
            if (s != null) {
                hasil.add(s);
                antrian.addAll(s.anak);
            }
        }
        return hasil;
    }

    /** The text of an element: its own text nodes (Flow sends text as child nodes). */
    private String teksDari(Simpul s) {
        return s.anak.stream()
                .map(simpul::get)
                .filter(a -> a != null && a.teks != null)
                .map(a -> a.teks)
                .collect(Collectors.joining());
    }

    private JsonNode uidl(List<ObjectNode> rpc) {
        ObjectNode isi = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode daftar = isi.putArray("rpc");
        rpc.forEach(daftar::add);
        isi.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> jawaban = kirim(HttpRequest.newBuilder(URI.create(dasar + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(isi.toString())));
        periksaStatus(jawaban, 200, "UIDL");
        String badan = jawaban.body();
        if (badan.startsWith("for(;;);")) {
            badan = badan.substring("for(;;);".length());
        }
        JsonNode uidl = JSON.readTree(badan);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        terapkan(uidl);
        return uidl;
    }

    private void terapkan(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("sessionExpired")) {
            throw new SesiBerakhir();
        }
        if (meta.has("appError")) {
            throw new GagalLangkah("server: " + meta);
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        List<Integer> dibuka = new ArrayList<>();
        for (JsonNode ubah : uidl.path("changes")) {
            terapkanPerubahan(ubah, dibuka);
        }
        for (int node : dibuka) {
            Simpul s = simpul.get(node);
            if (s != null && "vaadin-notification".equals(s.tag)) {
                notifikasiBaru.add(new Notifikasi(
                        s.properti("text"),
                        String.valueOf(s.atribut.get("theme")).contains("error")));
                tindakLanjut.add(peristiwa(node, "opened-changed", JSON.createObjectNode()));
                notifikasiTerbuka.add(node);
            }
        }
        for (JsonNode jalankan : uidl.path("execute")) {
            terapkanJs(jalankan);
        }
    }

    private void terapkanPerubahan(JsonNode ubah, List<Integer> dibuka) {
        int node = ubah.path("node").asInt();
        String jenis = ubah.path("type").asString();
        int fitur = ubah.path("feat").asInt(-1);
        switch (jenis) {
            case "attach" -> simpul.put(node, new Simpul(node));
            case "detach" -> {
                simpul.remove(node);
                barisGrid.remove(node);
            }
            case "put" -> {
                Simpul s = simpul.computeIfAbsent(node, Simpul::new);
                String kunci = ubah.path("key").asString();
                JsonNode nilai = ubah.has("nodeValue") ? ubah.get("nodeValue") : ubah.path("value");
                switch (fitur) {
                    case 0 -> {
                        if ("tag".equals(kunci)) {
                            s.tag = nilai.asString();
                        }
                    }
                    case 1 -> {
                        boolean tadinyaTerbuka = "true".equals(s.properti("opened"));
                        s.properti.put(kunci, nilai);
                        if ("opened".equals(kunci) && nilai.asBoolean(false) && !tadinyaTerbuka) {
                            dibuka.add(node);
                        }
                        if ("opened".equals(kunci)
                                && !nilai.asBoolean(true)
                                && tadinyaTerbuka
                                && "vaadin-dialog".equals(s.tag)) {
                            // the dialog's close animation ends with "closed"; only then the server removes it
                            tindakLanjut.add(peristiwa(node, "closed", null));
                        }
                    }
                    case 3 -> s.atribut.put(kunci, teksNilai(nilai));
                    case 7 -> {
                        if ("text".equals(kunci)) {
                            s.teks = teksNilai(nilai);
                        }
                    }
                    default -> {}
                }
            }
            case "remove" -> {
                Simpul s = simpul.get(node);
                if (s != null && fitur == 1) {
                    s.properti.remove(ubah.path("key").asString());
                } else if (s != null && fitur == 3) {
                    s.atribut.remove(ubah.path("key").asString());
                }
            }
            case "clear" -> {
                Simpul s = simpul.get(node);
                if (s != null && fitur == 2) {
                    s.anak.clear();
                }
            }
            case "splice" -> {
                Simpul s = simpul.computeIfAbsent(node, Simpul::new);
                if (fitur != 2) {
                    return;
                }
                int indeks = ubah.path("index").asInt();
                for (int i = 0; i < ubah.path("remove").asInt(0) && indeks < s.anak.size(); i++) {
                    s.anak.remove(indeks);
                }
                int posisi = indeks;
                for (JsonNode tambah : ubah.path("addNodes")) {
                    s.anak.add(Math.min(posisi++, s.anak.size()), tambah.asInt());
                }
            }
            default -> {}
        }
    }

    /** The grid connector's calls: rows set and cleared, and updates the client must confirm. */
    private void terapkanJs(JsonNode jalankan) {
        int n = jalankan.size();
        String skrip = teksNilai(jalankan.get(n - 1));
        if (!skrip.contains("$connector")) {
            return;
        }
        int grid = jalankan.get(0).path("@v-node").asInt();
        TreeMap<Integer, JsonNode> baris = barisGrid.computeIfAbsent(grid, g -> new TreeMap<>());
        if (skrip.contains("$connector.set(")) {
            int awal = jalankan.get(1).asInt();
            int i = 0;
            for (JsonNode item : jalankan.get(2)) {
                baris.put(awal + i++, item);
            }
        } else if (skrip.contains("$connector.clear(")) {
            int awal = jalankan.get(1).asInt();
            baris.subMap(awal, awal + jalankan.get(2).asInt()).clear();
        } else if (skrip.contains("$connector.confirm(")) {
            ObjectNode konfirmasi = JSON.createObjectNode()
                    .put("type", "publishedEventHandler")
                    .put("node", grid)
                    .put("templateEventMethodName", "confirmUpdate");
            konfirmasi.putArray("templateEventMethodArgs").add(jalankan.get(1).asInt());
            konfirmasi.put("promise", janji++);
            tindakLanjut.add(konfirmasi);
        }
    }

    private static String teksNilai(JsonNode nilai) {
        return nilai.isValueNode() ? nilai.asString() : nilai.toString();
    }

    private static String teksKolom(JsonNode item, String kolom) {
        JsonNode nilai = item.path(kolom);
        return nilai.isMissingNode() ? "" : teksNilai(nilai);
    }

    /** Rows of the grids still on the page. */
    private List<JsonNode> barisHidup() {
        return barisGrid.entrySet().stream()
                .filter(e -> simpul.containsKey(e.getKey()))
                .flatMap(e -> e.getValue().values().stream())
                .toList();
    }

    private static ObjectNode peristiwa(int node, String nama, JsonNode data) {
        ObjectNode p =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", nama);
        if (data != null) {
            p.set("data", data);
        }
        return p;
    }

    private static ObjectNode sinkron(int node, String properti, Object nilai) {
        ObjectNode p = JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", properti);
        if (nilai instanceof Boolean b) {
            p.put("value", b);
        } else {
            p.put("value", String.valueOf(nilai));
        }
        return p;
    }

    private HttpResponse<String> dapatkan(String alamat) {
        return kirim(HttpRequest.newBuilder(URI.create(alamat)).GET());
    }

    private HttpResponse<String> kirim(HttpRequest.Builder permintaan) {
        if (!cookie.isEmpty()) {
            permintaan.header(
                    "Cookie",
                    cookie.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        permintaan.header("Accept-Language", "id-ID,id;q=0.9");
        HttpResponse<String> jawaban;
        try {
            jawaban = http.send(permintaan.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GagalLangkah("HTTP: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GagalLangkah("terputus");
        }
        jumlahPermintaan++;
        for (String setCookie : jawaban.headers().allValues("set-cookie")) {
            String[] bagian = setCookie.split(";");
            String[] kv = bagian[0].split("=", 2);
            boolean hapus =
                    kv.length < 2 || kv[1].isEmpty() || setCookie.toLowerCase().contains("max-age=0");
            if (hapus) {
                cookie.remove(kv[0].trim());
            } else {
                cookie.put(kv[0].trim(), kv[1]);
            }
        }
        return jawaban;
    }

    private static void periksaStatus(HttpResponse<String> jawaban, int diharapkan, String apa) {
        if (jawaban.statusCode() != diharapkan) {
            throw new GagalLangkah(apa + ": HTTP " + jawaban.statusCode());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Logs out with the layout's "Keluar" button. The server invalidates the session while it handles the click,
     * so its answer is "session expired" (the browser is sent to the login page); anything else is a failure.
     */
    void keluar(String teksTombol) {
        tutupNotifikasi();
        int tombol = tombol(teksTombol).orElseThrow(() -> new GagalLangkah("tombol '" + teksTombol + "' tidak ada"));
        try {
            klik(tombol);
        } catch (SesiBerakhir diharapkan) {
            uiId = -1;
            return;
        }
        throw new GagalLangkah("sesi masih berlaku setelah keluar");
    }

    /** The server says the session is gone. */
    static final class SesiBerakhir extends GagalLangkah {

        SesiBerakhir() {
            super("sesi berakhir");
        }
    }

    /** A step that did not do what a user would have seen it do. */
    static class GagalLangkah extends RuntimeException {

        GagalLangkah(String pesan) {
            super(pesan);
        }
    }
}
