package id.kecamatan.kinerja.publik;

import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.pengukuran.CapaianResmi.Ringkasan;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuIku;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuSkor;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuUnit;
import id.kecamatan.kinerja.pengukuran.CapaianService.TitikTren;
import id.kecamatan.kinerja.publik.PublikService.DokumenPublik;
import id.kecamatan.kinerja.publik.PublikService.HalamanPublik;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The public page as text, in the visitor's language: every figure written as the dashboard writes it ("87,50 %",
 * "Belum ada data disetujui", never 0 for a missing one), and the trend as the points of an SVG line. The template
 * only places these strings.
 */
final class TampilanPublik {

    /**
     * The trend chart's widths in SVG units: one drawn about 1:1 on a desktop, one on a phone, so its labels stay
     * readable on both (the page shows one by screen width); its height, and the margins for the axis labels.
     */
    static final int LEBAR_LAYAR = 900;

    static final int LEBAR_PONSEL = 360;
    static final int TINGGI = 220;
    static final int KIRI = 48;
    static final int BAWAH = 24;

    record Pilihan(String nilai, String label, boolean dipilih) {}

    record Skor(String nilai, @Nullable String predikat, boolean ada, String cakupanIku, String cakupanIndikator) {}

    record BarisIku(
            String kode,
            String nama,
            String target,
            String realisasi,
            String capaian,
            @Nullable String predikat,
            boolean ada,
            String cakupan) {}

    record BarisUnit(String nama, String capaian, @Nullable String predikat, boolean ada, String cakupan) {}

    /** A quarter of the trend: its label, its score as text, and where it is drawn (none: no approved data). */
    record Titik(
            String label,
            String nilai,
            @Nullable Integer x,
            @Nullable Integer y) {}

    /** The y of a horizontal grid line and its label. */
    record Garis(int y, String label) {}

    /** A year's label under the chart, at the x of its first quarter. */
    record LabelTahun(int x, String tahun) {}

    record Tren(
            int lebar,
            List<String> garisNilai,
            List<Titik> titik,
            List<Garis> grid,
            List<LabelTahun> tahun,
            boolean ada) {}

    record Dokumen(String judul, String tautan, String ukuran, String diterbitkan) {}

    /**
     * {@code bahasa}: "id" or "en"; {@code tautanBahasa}: this page in the other language, labelled in that
     * language ({@code labelBahasa}).
     */
    record Halaman(
            String bahasa,
            String tautanBahasa,
            String labelBahasa,
            String kode,
            String nama,
            @Nullable String kabupaten,
            String periode,
            List<Pilihan> tahun,
            List<Pilihan> triwulan,
            Skor skor,
            List<BarisIku> iku,
            List<BarisUnit> unit,
            Tren trenLayar,
            Tren trenPonsel,
            List<Dokumen> dokumen,
            boolean dataContoh) {}

    private static final DateTimeFormatter TANGGAL =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter TANGGAL_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MessageSource pesan;
    private final Locale locale;
    private final ZoneId zona;

    TampilanPublik(MessageSource pesan, Locale locale, ZoneId zona) {
        this.pesan = pesan;
        this.locale = locale;
        this.zona = zona;
    }

    Halaman halaman(HalamanPublik h) {
        Ringkasan r = h.capaian();
        Periode sampai = r.sampai();
        String kode = h.instansi().kode();
        boolean inggris = inggris(locale);
        String periodeIni = "/publik/" + kode + "?tahun=" + sampai.tahun() + "&triwulan="
                + sampai.triwulan().nomor();
        return new Halaman(
                inggris ? "en" : "id",
                inggris ? periodeIni : periodeIni + "&" + BahasaHalaman.PARAMETER + "=en",
                inggris ? "Bahasa Indonesia" : "English",
                kode,
                h.instansi().nama(),
                h.instansi().kabupaten(),
                teks("publik.periode", namaTriwulan(sampai.triwulan()), sampai.tahun()),
                h.tahunTersedia().stream()
                        .map(t -> new Pilihan(String.valueOf(t), String.valueOf(t), t == sampai.tahun()))
                        .toList(),
                Triwulan.semua().stream()
                        .map(tw -> new Pilihan(String.valueOf(tw.nomor()), namaTriwulan(tw), tw == sampai.triwulan()))
                        .toList(),
                skor(r.kecamatan()),
                r.iku().stream().map(this::iku).toList(),
                r.unit().stream().map(this::unit).toList(),
                tren(r.tren(), LEBAR_LAYAR),
                tren(r.tren(), LEBAR_PONSEL),
                h.dokumen().stream().map(d -> dokumen(kode, d)).toList(),
                r.dataContoh());
    }

    private Skor skor(KartuSkor k) {
        return new Skor(
                persen(k.nilai()),
                k.predikat(),
                k.nilai() instanceof Hasil.Nilai,
                teks("dasbor.cakupan-iku", k.ikuTerisi(), k.jumlahIku()),
                teks("dasbor.cakupan-indikator", k.indikatorTerisi(), k.jumlahIndikator()));
    }

    private BarisIku iku(KartuIku k) {
        BarisCapaian b = k.iku();
        return new BarisIku(
                b.kode(),
                b.nama(),
                b.target() == null ? "–" : FormatAngka.nilai(b.target(), b.satuan()) + " " + b.satuan(),
                nilai(b.realisasi(), b.satuan()),
                persen(k.capaian()),
                k.predikat(),
                k.capaian() instanceof Hasil.Nilai,
                teks("publik.cakupan-iku", b.triwulanDisetujui(), k.ikiTerisi(), k.jumlahIki()));
    }

    private BarisUnit unit(KartuUnit u) {
        return new BarisUnit(
                u.nama() == null ? teks("publik.tanpa-unit") : u.nama(),
                persen(u.capaian()),
                u.predikat(),
                u.capaian() instanceof Hasil.Nilai,
                teks("dasbor.cakupan", u.terisi(), u.jumlah()));
    }

    /**
     * One point per quarter, spaced evenly; the y axis runs from 0 to the larger of 120 and the highest score. A
     * quarter without approved data breaks the line instead of falling to 0.
     */
    Tren tren(List<TitikTren> daftar, int lebarGambar) {
        BigDecimal puncak = daftar.stream()
                .map(t -> angka(t.skor()))
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO)
                .max(new BigDecimal("120"));
        int lebar = lebarGambar - KIRI - 10;
        int tinggi = TINGGI - BAWAH - 10;
        double langkah = daftar.size() > 1 ? (double) lebar / (daftar.size() - 1) : 0;
        List<Titik> titik = new ArrayList<>();
        List<String> garis = new ArrayList<>();
        List<LabelTahun> tahun = new ArrayList<>();
        StringBuilder ruas = new StringBuilder();
        for (int i = 0; i < daftar.size(); i++) {
            TitikTren t = daftar.get(i);
            int x = KIRI + (int) Math.round(i * langkah);
            if (t.periode().triwulan() == Triwulan.I) {
                tahun.add(new LabelTahun(x, String.valueOf(t.periode().tahun())));
            }
            String label =
                    namaTriwulan(t.periode().triwulan()) + " " + t.periode().tahun();
            BigDecimal nilai = angka(t.skor());
            if (nilai == null) {
                titik.add(new Titik(label, persen(t.skor()), null, null));
                if (!ruas.isEmpty()) {
                    garis.add(ruas.toString().strip());
                    ruas.setLength(0);
                }
                continue;
            }
            // a score below 0 (a mirrored negative capaian) is drawn on the axis; the table gives the figure
            int y = 10
                    + tinggi
                    - nilai.max(BigDecimal.ZERO)
                            .multiply(BigDecimal.valueOf(tinggi))
                            .divide(puncak, 0, RoundingMode.HALF_UP)
                            .intValue();
            titik.add(new Titik(label, persen(t.skor()), x, y));
            ruas.append(x).append(',').append(y).append(' ');
        }
        if (!ruas.isEmpty()) {
            garis.add(ruas.toString().strip());
        }
        List<Garis> grid = new ArrayList<>();
        for (int batas : List.of(0, 50, 100)) {
            int y = 10
                    + tinggi
                    - BigDecimal.valueOf((long) batas * tinggi)
                            .divide(puncak, 0, RoundingMode.HALF_UP)
                            .intValue();
            grid.add(new Garis(y, batas + " %"));
        }
        boolean ada = titik.stream().anyMatch(t -> t.y() != null);
        return new Tren(lebarGambar, garis, titik, grid, tahun, ada);
    }

    private Dokumen dokumen(String kode, DokumenPublik d) {
        return new Dokumen(
                d.judul(this::teks),
                "/publik/" + kode + "/dokumen/" + d.id(),
                "PDF, " + FormatAngka.ukuranBerkas(d.ukuran()),
                teks(
                        "publik.dokumen.diterbitkan",
                        (inggris(locale) ? TANGGAL_EN : TANGGAL)
                                .format(d.diterbitkanPada().atZone(zona))));
    }

    /** What a link adds to stay in the page's language: nothing for Bahasa Indonesia. */
    static String parameterBahasa(Locale locale) {
        return inggris(locale) ? "?" + BahasaHalaman.PARAMETER + "=en" : "";
    }

    private static boolean inggris(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private String persen(Hasil hasil) {
        return nilai(hasil, "%");
    }

    private String nilai(Hasil hasil, String satuan) {
        return switch (hasil) {
            case Hasil.Nilai n -> FormatAngka.nilai(n.nilai(), satuan) + " " + satuan;
            case Hasil.BelumDiisi b -> teks("dasbor.belum-ada-data");
            case Hasil.TidakDapatDihitung t -> teks("hasil.tidak-dapat-dihitung", t.alasan());
        };
    }

    private static @Nullable BigDecimal angka(Hasil hasil) {
        return hasil instanceof Hasil.Nilai(BigDecimal nilai) ? nilai : null;
    }

    private String namaTriwulan(Triwulan tw) {
        return teks("triwulan." + tw.nomor());
    }

    private String teks(String kunci, Object... argumen) {
        return pesan.getMessage(kunci, argumen, locale);
    }
}
