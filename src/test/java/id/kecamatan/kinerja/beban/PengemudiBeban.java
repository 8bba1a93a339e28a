package id.kecamatan.kinerja.beban;

import id.kecamatan.kinerja.beban.KlienVaadin.GagalLangkah;
import id.kecamatan.kinerja.beban.KlienVaadin.Notifikasi;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver (issue 6, item 6): N virtual users on the real HTTP protocol, each in its own session, log in,
 * open the dashboard route, open Kinerja Saya, choose the year, open the editor of a started quarter, type the
 * komponen, save the draft, open it again and submit it, thinking between steps as a person does (by default
 * 5–15 s, and the users arrive over 100 s, so that all of them are in the middle of their work at once). A warm-up
 * of the same flow by other users comes first and is not counted. Prints p50/p95/p99 per step, errors, conflicts,
 * throughput, the most users in the middle of their steps at once and, given the portal's pid, its CPU and JIT
 * compiler time and the live heap per open session (after full GC, with the N sessions open and after they
 * logged out). Run by {@code tools/beban.sh}; {@code PengemudiBebanTest} runs a tiny one.
 *
 * <p>Users share the demo accounts (one session each). Every iteration takes its own (indicator, year, quarter)
 * of its account, so drafts do not collide; a conflict would still be counted apart from errors. With
 * {@code --catat=FILE} it writes every quarter the portal confirmed as saved or submitted, for a check of lost
 * commits against the database ({@code tools/galera.sh}).
 */
public final class PengemudiBeban {

    /** Settings, from {@code --name=value} arguments. */
    record Pengaturan(
            String url,
            int pengguna,
            int pemanasan,
            int iterasi,
            Duration ramp,
            Duration jeda,
            String ruteDasbor,
            List<String> akun,
            String password,
            long pidPortal,
            ZoneId zona,
            String catat) {

        static Pengaturan dari(String[] args) {
            Map<String, String> a = new LinkedHashMap<>();
            for (String arg : args) {
                String[] kv = arg.replaceFirst("^--", "").split("=", 2);
                a.put(kv[0], kv.length > 1 ? kv[1] : "true");
            }
            return new Pengaturan(
                    a.getOrDefault("url", "http://localhost:8186"),
                    Integer.parseInt(a.getOrDefault("pengguna", "200")),
                    Integer.parseInt(a.getOrDefault("pemanasan", "100")),
                    Integer.parseInt(a.getOrDefault("iterasi", "1")),
                    Duration.ofSeconds(Long.parseLong(a.getOrDefault("ramp", "100"))),
                    Duration.ofMillis(Long.parseLong(a.getOrDefault("jeda", "10000"))),
                    a.getOrDefault("dasbor", "dasbor"),
                    Arrays.asList(a.getOrDefault("akun", AKUN_DEMO).split(",")),
                    a.getOrDefault("password", "meral-demo-2026"),
                    Long.parseLong(a.getOrDefault("pid", "0")),
                    ZoneId.of(a.getOrDefault("zona", "Asia/Jakarta")),
                    a.getOrDefault("catat", ""));
        }
    }

    /** The demo accounts that enter realisasi (demo/DemoData); accounts without indicators get no users. */
    static final String AKUN_DEMO = "camat,sekcam,kasi.pemerintahan,kasi.pmd,kasi.kesos,kasi.lh,kasi.trantib,"
            + "kasubbag.umum,kasubbag.perencanaan,bendahara,adm.keuangan,adm.perizinan";

    static final List<String> LANGKAH = List.of(
            "halaman-login",
            "masuk",
            "dasbor",
            "kinerja-saya",
            "pilih-tahun",
            "buka-editor",
            "ketik",
            "simpan",
            "ubah",
            "ajukan",
            "keluar",
            "tindak-lanjut");

    /** One quarter of one indicator of one account: what an iteration fills in and submits. */
    record Slot(String akun, String indikator, int tahun, int triwulan) {}

    private final Pengaturan atur;
    private final ResourceBundle pesan = ResourceBundle.getBundle("messages", Locale.ROOT);
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, Queue<Long>> waktu = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> galat = new ConcurrentHashMap<>();
    private final Queue<String> contohGalat = new ConcurrentLinkedQueue<>();
    private final AtomicInteger konflik = new AtomicInteger();
    private final AtomicInteger slotHabis = new AtomicInteger();
    private final AtomicInteger permintaan = new AtomicInteger();
    private final AtomicInteger diajukan = new AtomicInteger();
    private final AtomicInteger aktif = new AtomicInteger();
    private final AtomicInteger puncakAktif = new AtomicInteger();
    private final Map<Slot, String> komit = new ConcurrentHashMap<>();

    PengemudiBeban(Pengaturan atur) {
        this.atur = atur;
        LANGKAH.forEach(l -> {
            waktu.put(l, new ConcurrentLinkedQueue<>());
            galat.put(l, new AtomicInteger());
        });
    }

    public static void main(String[] args) throws Exception {
        Pengaturan atur = Pengaturan.dari(args);
        Hasil hasil = new PengemudiBeban(atur).jalankan(System.out);
        hasil.cetak(System.out);
        if (!atur.catat().isEmpty()) {
            hasil.tulisKomit(Path.of(atur.catat()));
        }
        System.exit(hasil.jumlahGalat() == 0 ? 0 : 1);
    }

    /** What a run measured. */
    record Hasil(
            Pengaturan atur,
            Map<String, long[]> waktuMikro,
            Map<String, Integer> galat,
            int galatPemanasan,
            int konflik,
            int slotHabis,
            int diajukan,
            int puncakAktif,
            int sesiTerbuka,
            int permintaan,
            double detik,
            double cpuPortalDetik,
            double cpuPengemudiDetik,
            double jitDetik,
            long heapTanpaKb,
            long heapDenganKb,
            long heapSetelahKb,
            List<String> contohGalat,
            Map<Slot, String> komit) {

        int jumlahGalat() {
            return galatPemanasan
                    + galat.values().stream().mapToInt(Integer::intValue).sum();
        }

        int jumlah(String langkah) {
            return waktuMikro.get(langkah).length;
        }

        void cetak(PrintStream out) {
            out.printf(
                    Locale.ROOT,
                    "%nBeban: %d pengguna (setelah pemanasan %d), %d iterasi, ramp %d s, jeda rata-rata "
                            + "%d ms, dasbor '/%s', %d inti%n",
                    atur.pengguna(),
                    atur.pemanasan(),
                    atur.iterasi(),
                    atur.ramp().toSeconds(),
                    atur.jeda().toMillis(),
                    atur.ruteDasbor(),
                    Runtime.getRuntime().availableProcessors());
            out.printf(
                    Locale.ROOT,
                    "%-14s %7s %6s %9s %9s %9s %9s%n",
                    "langkah",
                    "n",
                    "galat",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "maks ms");
            for (String l : LANGKAH) {
                long[] w = waktuMikro.get(l);
                if (w.length == 0 && galat.get(l) == 0) {
                    continue;
                }
                out.printf(
                        Locale.ROOT,
                        "%-14s %7d %6d %9.1f %9.1f %9.1f %9.1f%n",
                        l,
                        w.length,
                        galat.get(l),
                        persentil(w, 50),
                        persentil(w, 95),
                        persentil(w, 99),
                        w.length == 0 ? 0 : w[w.length - 1] / 1000.0);
            }
            out.printf(
                    Locale.ROOT,
                    "galat %d (pemanasan %d), konflik %d (bukan galat), slot habis %d, diajukan %d%n",
                    jumlahGalat(),
                    galatPemanasan,
                    konflik,
                    slotHabis,
                    diajukan);
            out.printf(
                    Locale.ROOT,
                    "%d permintaan HTTP dalam %.1f s: %.1f permintaan/s; paling banyak %d pengguna "
                            + "sekaligus di tengah alurnya, %d sesi terbuka di akhir%n",
                    permintaan,
                    detik,
                    permintaan / detik,
                    puncakAktif,
                    sesiTerbuka);
            if (cpuPortalDetik > 0) {
                int inti = Runtime.getRuntime().availableProcessors();
                out.printf(
                        Locale.ROOT,
                        "CPU selama beban (%.1f s x %d inti): portal %.1f s (%.0f %%), pengemudi ini %.1f s "
                                + "(%.0f %%); sisanya MariaDB dan proses lain di mesin%n",
                        detik,
                        inti,
                        cpuPortalDetik,
                        100 * cpuPortalDetik / (detik * inti),
                        cpuPengemudiDetik,
                        100 * cpuPengemudiDetik / (detik * inti));
                if (!Double.isNaN(jitDetik)) {
                    out.printf(Locale.ROOT, "kompilator JIT portal bekerja %.1f s selama beban%n", jitDetik);
                }
            }
            if (heapDenganKb > 0) {
                out.printf(
                        Locale.ROOT,
                        "heap hidup setelah GC penuh: sebelum %d KB, dengan %d sesi %d KB, setelah "
                                + "keluar (dan koneksi ditutup) %d KB -> %.0f KB per sesi (terhadap setelah keluar), "
                                + "%.0f KB (terhadap sebelum)%n",
                        heapTanpaKb,
                        sesiTerbuka,
                        heapDenganKb,
                        heapSetelahKb,
                        (heapDenganKb - heapSetelahKb) / (double) sesiTerbuka,
                        (heapDenganKb - heapTanpaKb) / (double) sesiTerbuka);
            }
            out.printf(
                    Locale.ROOT,
                    "triwulan yang dikonfirmasi tersimpan (pemanasan termasuk): %d, di antaranya %d diajukan%n",
                    komit.size(),
                    komit.values().stream().filter("DIAJUKAN"::equals).count());
            contohGalat.stream().limit(10).forEach(g -> out.println("  galat: " + g));
        }

        /**
         * One line per quarter the portal confirmed as saved, warm-up included: akun, indikator, tahun, triwulan and
         * the last status confirmed on screen (DRAF or DIAJUKAN), tab-separated, for a check against the database
         * after a failover (tools/galera.sh).
         */
        void tulisKomit(Path berkas) throws IOException {
            List<String> baris = komit.entrySet().stream()
                    .map(e -> String.join(
                            "\t",
                            e.getKey().akun(),
                            e.getKey().indikator(),
                            Integer.toString(e.getKey().tahun()),
                            Integer.toString(e.getKey().triwulan()),
                            e.getValue()))
                    .sorted()
                    .toList();
            Files.write(berkas, baris, StandardCharsets.UTF_8);
        }

        static double persentil(long[] terurut, int p) {
            if (terurut.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * terurut.length) - 1;
            return terurut[Math.max(0, Math.min(i, terurut.length - 1))] / 1000.0;
        }
    }

    Hasil jalankan(PrintStream log) throws InterruptedException {
        // 1. each account once: its indicators, and a warm-up of every screen before the heap baseline
        Map<String, List<String>> indikatorPerAkun = new LinkedHashMap<>();
        for (String akun : atur.akun()) {
            KlienVaadin k = new KlienVaadin(http, atur.url());
            k.bukaHalaman("login");
            if (!k.masuk(akun, atur.password())) {
                throw new IllegalStateException("akun " + akun + " tidak dapat masuk");
            }
            k.bukaHalaman(atur.ruteDasbor());
            k.navigasi("kinerja-saya");
            k.kirimTindakLanjut();
            List<String> kode = k.teksKolomPertama().stream()
                    .map(t -> t.split(" · ", 2)[0])
                    .distinct()
                    .toList();
            indikatorPerAkun.put(akun, kode);
            keluar(k);
        }
        Map<String, Queue<Slot>> slot = rencanaSlot(indikatorPerAkun);
        List<String> semuaAkun = bagiAkun(slot, atur.pemanasan() + atur.pengguna());
        log.printf(
                "%d slot di %d akun: %s%n",
                slot.values().stream().mapToInt(Queue::size).sum(), slot.size(), indikatorPerAkun);

        // 2. warm-up: the same flow, not counted, so that the figures are those of a portal that has been running
        // (a freshly started JVM is still compiling: its JIT compilers then work for minutes, printed below)
        int galatPemanasan = 0;
        if (atur.pemanasan() > 0) {
            Duration rampPemanasan = atur.ramp().multipliedBy(atur.pemanasan()).dividedBy(Math.max(1, atur.pengguna()));
            List<KlienVaadin> pemanasan = gelombang(semuaAkun.subList(0, atur.pemanasan()), rampPemanasan, slot);
            keluarSemua(pemanasan, Duration.ZERO);
            tungguKoneksiDitutup();
            galatPemanasan =
                    galat.values().stream().mapToInt(AtomicInteger::get).sum();
            log.printf(
                    "pemanasan: %d pengguna dalam %d s, galat %d (tidak masuk angka di bawah)%n",
                    atur.pemanasan(), rampPemanasan.toSeconds(), galatPemanasan);
            waktu.values().forEach(Queue::clear);
            galat.values().forEach(g -> g.set(0));
            List.of(konflik, slotHabis, diajukan, puncakAktif).forEach(a -> a.set(0));
        }
        long heapTanpa = atur.pidPortal() > 0 ? heapHidupKb() : 0;
        double cpuAwal = cpuPortalDetik();
        double jitAwal = jitDetik();
        long cpuPengemudiAwal = cpuPengemudiNano();

        // 3. the load: users start spread over the ramp, each keeps its session open when done
        long mulai = System.nanoTime();
        List<KlienVaadin> klien = gelombang(semuaAkun.subList(atur.pemanasan(), semuaAkun.size()), atur.ramp(), slot);
        double detik = (System.nanoTime() - mulai) / 1e9;
        double cpuPortal = cpuPortalDetik() - cpuAwal;
        double jit = jitDetik() - jitAwal;
        double cpuPengemudi = (cpuPengemudiNano() - cpuPengemudiAwal) / 1e9;
        long heapDengan = atur.pidPortal() > 0 ? heapHidupKb() : 0;

        // 4. everybody logs out, as they arrived over the ramp; the heap must come back
        keluarSemua(klien, atur.ramp());
        tungguKoneksiDitutup();
        long heapSetelah = atur.pidPortal() > 0 ? heapHidupKb() : 0;
        klien.forEach(k -> permintaan.addAndGet(k.jumlahPermintaan()));

        Map<String, long[]> terurut = new LinkedHashMap<>();
        Map<String, Integer> jumlahGalat = new LinkedHashMap<>();
        for (String l : LANGKAH) {
            long[] w = waktu.get(l).stream().mapToLong(Long::longValue).sorted().toArray();
            terurut.put(l, w);
            jumlahGalat.put(l, galat.get(l).get());
        }
        return new Hasil(
                atur,
                terurut,
                jumlahGalat,
                galatPemanasan,
                konflik.get(),
                slotHabis.get(),
                diajukan.get(),
                puncakAktif.get(),
                klien.size(),
                permintaan.get(),
                detik,
                cpuPortal,
                cpuPengemudi,
                jit,
                heapTanpa,
                heapDengan,
                heapSetelah,
                List.copyOf(contohGalat),
                Map.copyOf(komit));
    }

    /** Every started quarter of the years the year picker offers (this year and the four before), per account. */
    private Map<String, Queue<Slot>> rencanaSlot(Map<String, List<String>> indikatorPerAkun) {
        LocalDate hariIni = LocalDate.now(atur.zona());
        Map<String, Queue<Slot>> slot = new LinkedHashMap<>();
        indikatorPerAkun.forEach((akun, daftar) -> {
            List<Slot> semua = new ArrayList<>();
            for (int tahun = hariIni.getYear(); tahun >= hariIni.getYear() - 4; tahun--) {
                for (int tw = 1; tw <= 4; tw++) {
                    if (!LocalDate.of(tahun, (tw - 1) * 3 + 1, 1).isAfter(hariIni)) {
                        for (String indikator : daftar) {
                            semua.add(new Slot(akun, indikator, tahun, tw));
                        }
                    }
                }
            }
            // mixed years, so that users also change the year; a fixed seed keeps runs comparable
            Collections.shuffle(semua, new Random(6));
            if (!semua.isEmpty()) {
                slot.put(akun, new ConcurrentLinkedQueue<>(semua));
            }
        });
        return slot;
    }

    /** Users to accounts in proportion to the account's free quarters, interleaved so that all start busy. */
    private List<String> bagiAkun(Map<String, Queue<Slot>> slot, int jumlah) {
        Map<String, Integer> sisa = new LinkedHashMap<>();
        slot.forEach((akun, q) -> sisa.put(akun, q.size() / Math.max(1, atur.iterasi())));
        List<String> hasil = new ArrayList<>();
        while (hasil.size() < jumlah && sisa.values().stream().anyMatch(n -> n > 0)) {
            for (var e : sisa.entrySet()) {
                if (e.getValue() > 0 && hasil.size() < jumlah) {
                    hasil.add(e.getKey());
                    e.setValue(e.getValue() - 1);
                }
            }
        }
        if (hasil.size() < jumlah) {
            throw new IllegalStateException(
                    "hanya " + hasil.size() + " pengguna punya triwulan sendiri untuk " + atur.iterasi() + " iterasi");
        }
        return hasil;
    }

    /** Users start spread over the ramp; returns the sessions still signed in once every user is done. */
    private List<KlienVaadin> gelombang(List<String> akunPengguna, Duration ramp, Map<String, Queue<Slot>> slot)
            throws InterruptedException {
        List<KlienVaadin> klien = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch selesai = new CountDownLatch(akunPengguna.size());
        for (int i = 0; i < akunPengguna.size(); i++) {
            String akun = akunPengguna.get(i);
            long tundaMs = tunda(i, akunPengguna.size(), ramp);
            Thread.ofVirtual().name("pengguna-" + i).start(() -> {
                try {
                    tidur(tundaMs);
                    KlienVaadin k = new KlienVaadin(http, atur.url());
                    puncakAktif.accumulateAndGet(aktif.incrementAndGet(), Math::max);
                    if (pengguna(k, akun, slot.get(akun))) {
                        klien.add(k);
                    }
                } finally {
                    aktif.decrementAndGet();
                    selesai.countDown();
                }
            });
        }
        selesai.await();
        return klien;
    }

    /** Every session logs out, spread over {@code sebaran} as people leave (all at once when it is zero). */
    private void keluarSemua(List<KlienVaadin> klien, Duration sebaran) throws InterruptedException {
        List<Thread> keluar = new ArrayList<>();
        for (int i = 0; i < klien.size(); i++) {
            KlienVaadin k = klien.get(i);
            long tundaMs = tunda(i, klien.size(), sebaran);
            keluar.add(Thread.ofVirtual().start(() -> {
                tidur(tundaMs);
                try {
                    langkah("keluar", k, () -> keluar(k));
                } catch (GagalLangkah sudahDihitung) {
                    // counted by langkah(); a session the portal already ended has no logout button
                }
            }));
        }
        for (Thread t : keluar) {
            t.join();
        }
    }

    /** When the i-th of n people starts, in ms, so that the first starts at once and the last after {@code sebaran}. */
    private static long tunda(int i, int n, Duration sebaran) {
        return n <= 1 ? 0 : sebaran.toMillis() * i / (n - 1);
    }

    /** Tomcat keeps each idle keep-alive connection, with its buffers, for 20 s (connectionTimeout). */
    private void tungguKoneksiDitutup() {
        if (atur.pidPortal() > 0) {
            tidur(25_000);
        }
    }

    /** One user's session; true when it is signed in at the end (it then logs out after the heap figure). */
    private boolean pengguna(KlienVaadin k, String akun, Queue<Slot> slot) {
        boolean masuk = false;
        try {
            langkah("halaman-login", k, () -> k.bukaHalaman("login"));
            langkah("masuk", k, () -> {
                if (!k.masuk(akun, atur.password())) {
                    throw new GagalLangkah("login ditolak");
                }
            });
            masuk = true;
            langkah("dasbor", k, () -> k.bukaHalaman(atur.ruteDasbor()));
            String tahunDipilih = Integer.toString(LocalDate.now(atur.zona()).getYear());
            for (int i = 0; i < atur.iterasi(); i++) {
                Slot s = slot.poll();
                if (s == null) {
                    slotHabis.incrementAndGet();
                    return true;
                }
                tahunDipilih = iterasi(k, s, tahunDipilih);
            }
        } catch (GagalLangkah sudahDihitung) {
            // counted by langkah(); this user stops here and keeps its session
        }
        return masuk;
    }

    private String iterasi(KlienVaadin k, Slot s, String tahunDipilih) {
        langkah("kinerja-saya", k, () -> {
            k.navigasi("kinerja-saya");
            if (k.teksKolomPertama().isEmpty()) {
                throw new GagalLangkah("Kinerja Saya tanpa baris");
            }
        });
        String tahun = Integer.toString(s.tahun());
        if (!tahun.equals(tahunDipilih)) {
            langkah("pilih-tahun", k, () -> {
                k.ambilNotifikasi();
                k.pilih(
                        k.cari("vaadin-select", "label", teks("kinerja.tahun"))
                                .orElseThrow(() -> new GagalLangkah("tidak ada pilihan tahun"))
                                .id,
                        tahun);
                // a year whose rows could not be read leaves the previous year's rows on screen
                List<Notifikasi> galat =
                        k.ambilNotifikasi().stream().filter(Notifikasi::galat).toList();
                if (!galat.isEmpty()) {
                    throw new GagalLangkah("pilih tahun " + tahun + ": " + galat);
                }
            });
        }
        String awalan = s.indikator() + " · ";
        langkah("buka-editor", k, () -> bukaEditor(k, awalan, s, teks("kinerja.isi")));
        List<Integer> isian = k.semua("vaadin-text-field");
        for (int i = 0; i < isian.size(); i++) {
            // numerator below denominator, so every formula type gives a plausible value
            String nilai =
                    i == 0 ? Integer.toString(40 + ThreadLocalRandom.current().nextInt(10)) : "50";
            int field = isian.get(i);
            langkah("ketik", k, () -> k.ketik(field, nilai));
        }
        boolean tersimpan =
                langkah("simpan", k, () -> klikDanPeriksa(k, teks("kinerja.simpan-draf"), teks("kinerja.tersimpan")));
        if (!tersimpan) {
            return tahun;
        }
        komit.put(s, "DRAF");
        langkah("ubah", k, () -> bukaEditor(k, awalan, s, teks("kinerja.ubah")));
        if (langkah("ajukan", k, () -> klikDanPeriksa(k, teks("kinerja.simpan-ajukan"), teks("kinerja.diajukan")))) {
            diajukan.incrementAndGet();
            komit.put(s, "DIAJUKAN");
        }
        return tahun;
    }

    private void bukaEditor(KlienVaadin k, String awalan, Slot s, String tombol) {
        // Kinerja Saya's component columns: Rencana Aksi, then Triwulan I-IV (PengemudiBebanTest checks the quarter
        // written against the database)
        OptionalInt isi = k.tombolDiSel(awalan, s.triwulan(), tombol);
        if (isi.isEmpty()) {
            throw new GagalLangkah("tombol '" + tombol + "' tidak ada di " + s);
        }
        k.klik(isi.getAsInt());
        if (!k.adaDialogTerbuka() || k.semua("vaadin-text-field").isEmpty()) {
            throw new GagalLangkah("editor tidak terbuka untuk " + s);
        }
    }

    /** Clicks a button and expects the success notification; a conflict is counted and closes the editor. */
    private void klikDanPeriksa(KlienVaadin k, String tombol, String berhasil) {
        k.ambilNotifikasi();
        k.klik(k.tombol(tombol).orElseThrow(() -> new GagalLangkah("tombol '" + tombol + "' tidak ada")));
        List<Notifikasi> notifikasi = k.ambilNotifikasi();
        if (notifikasi.stream().anyMatch(n -> berhasil.equals(n.teks()))) {
            return;
        }
        if (notifikasi.stream().anyMatch(n -> teks("kinerja.konflik").equals(n.teks()))) {
            konflik.incrementAndGet();
            k.tombol(teks("umum.batal")).ifPresent(k::klik);
            throw new Konflik();
        }
        throw new GagalLangkah(tombol + ": " + notifikasi);
    }

    private void keluar(KlienVaadin k) {
        k.keluar(teks("app.keluar"));
    }

    /**
     * Times one user action (its own requests only), then sends what the browser sends by itself afterwards
     * (timed as "tindak-lanjut"), then thinks. False on a conflict; an error is counted and ends this user.
     */
    private boolean langkah(String nama, KlienVaadin k, Runnable aksi) {
        if (!"keluar".equals(nama)) {
            ikutan(k, k::tutupNotifikasi);
        }
        long mulai = System.nanoTime();
        try {
            aksi.run();
            waktu.get(nama).add((System.nanoTime() - mulai) / 1000);
        } catch (Konflik konflikDihitung) {
            waktu.get(nama).add((System.nanoTime() - mulai) / 1000);
            return false;
        } catch (RuntimeException e) {
            galat.get(nama).incrementAndGet();
            contohGalat.add(
                    nama + ": " + (e instanceof GagalLangkah ? e.getMessage() : e + " at " + e.getStackTrace()[0]));
            throw e instanceof GagalLangkah g ? g : new GagalLangkah(e.toString());
        }
        ikutan(k, k::kirimTindakLanjut);
        if (!"keluar".equals(nama)) {
            long rata = atur.jeda().toMillis();
            tidur(rata / 2 + ThreadLocalRandom.current().nextLong(rata + 1));
        }
        return true;
    }

    private void ikutan(KlienVaadin k, BooleanSupplier kirim) {
        long mulai = System.nanoTime();
        try {
            if (kirim.getAsBoolean()) {
                waktu.get("tindak-lanjut").add((System.nanoTime() - mulai) / 1000);
            }
        } catch (RuntimeException e) {
            galat.get("tindak-lanjut").incrementAndGet();
            contohGalat.add("tindak-lanjut: " + e.getMessage());
            throw e instanceof GagalLangkah g ? g : new GagalLangkah(e.toString());
        }
    }

    private String teks(String kunci) {
        return pesan.getString(kunci);
    }

    /** Live heap of the portal after full GCs ({@code jcmd GC.run}, then {@code GC.heap_info}), in KB. */
    private long heapHidupKb() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        String pid = Long.toString(atur.pidPortal());
        jcmdKeluaran(jcmd, pid, "GC.run");
        tidur(500);
        jcmdKeluaran(jcmd, pid, "GC.run");
        String info = jcmdKeluaran(jcmd, pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("GC.heap_info tanpa 'used': " + info);
        }
        return Long.parseLong(used.group(1));
    }

    /** CPU time the portal's process used so far (Linux /proc), 0 when unknown. */
    private double cpuPortalDetik() {
        Path stat = Path.of("/proc", Long.toString(atur.pidPortal()), "stat");
        if (atur.pidPortal() <= 0 || !Files.isReadable(stat)) {
            return 0;
        }
        try {
            String isi = Files.readString(stat);
            String[] kolom = isi.substring(isi.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) in clock ticks of 1/100 s
            return (Long.parseLong(kolom[11]) + Long.parseLong(kolom[12])) / 100.0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Time the portal's JIT compilers have spent so far ({@code jcmd PerfCounter.print}), NaN when unknown. */
    private double jitDetik() {
        if (atur.pidPortal() <= 0) {
            return Double.NaN;
        }
        String hitungan = jcmdKeluaran(
                Path.of(System.getProperty("java.home"), "bin", "jcmd"),
                Long.toString(atur.pidPortal()),
                "PerfCounter.print");
        Matcher total = Pattern.compile("java\\.ci\\.totalTime=(\\d+)").matcher(hitungan);
        Matcher frekuensi = Pattern.compile("sun\\.os\\.hrt\\.frequency=(\\d+)").matcher(hitungan);
        return total.find() && frekuensi.find()
                ? Long.parseLong(total.group(1)) / (double) Long.parseLong(frekuensi.group(1))
                : Double.NaN;
    }

    private static long cpuPengemudiNano() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }

    private static String jcmdKeluaran(Path jcmd, String pid, String perintah) {
        try {
            Process p = new ProcessBuilder(jcmd.toString(), pid, perintah)
                    .redirectErrorStream(true)
                    .start();
            String keluaran = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + perintah + ": " + keluaran);
            }
            return keluaran;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd " + perintah, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("jcmd " + perintah, e);
        }
    }

    private static void tidur(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Someone else saved the same quarter first: counted apart, not an error. */
    private static final class Konflik extends RuntimeException {

        Konflik() {
            super(null, null, false, false);
        }
    }
}
