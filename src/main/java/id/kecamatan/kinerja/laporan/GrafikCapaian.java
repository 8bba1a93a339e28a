package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.laporan.Dokumen.Gambar;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The bar chart of the capaian per sasaran for the LKjIP: one horizontal bar per sasaran (a plan has many, with long
 * codes, which a row each keeps readable), drawn with Java2D on an image of its own (no display needed) and written
 * as PNG, so the PDF and the Word file hold the same picture. A sasaran without approved data has no bar and says
 * "belum ada data": it is never drawn as 0.
 */
final class GrafikCapaian {

    /** A bar: its label (the sasaran's kode) and its capaian in percent, or none. */
    record Batang(String label, @Nullable BigDecimal capaian) {}

    /** Pixels per point on paper, so the picture stays sharp when printed. */
    private static final float SKALA = 2.2f;

    static final int LEBAR = 1500;
    private static final int BARIS = 36;
    /** Where the bars start, right of the labels. */
    static final int KIRI = 330;

    private static final int KANAN = 60, ATAS = 20, BAWAH = 50;

    static final Color WARNA_BATANG = new Color(46, 98, 160);
    private static final Color GARIS = new Color(210, 210, 210);
    private static final Color SERATUS = new Color(190, 60, 40);

    private GrafikCapaian() {}

    /** The chart as a picture of the document, {@code keterangan} its caption. */
    static Gambar gambar(List<Batang> batang, String keterangan) {
        int tinggi = tinggi(batang.size());
        return new Gambar(png(batang), LEBAR / SKALA, tinggi / SKALA, keterangan);
    }

    static int tinggi(int jumlahBatang) {
        return ATAS + Math.max(1, jumlahBatang) * BARIS + BAWAH;
    }

    /** The middle of row {@code i}, where its bar and its words stand. */
    static int tengahBaris(int i) {
        return ATAS + i * BARIS + BARIS / 2;
    }

    static byte[] png(List<Batang> batang) {
        BufferedImage gambar = new BufferedImage(LEBAR, tinggi(batang.size()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = gambar.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gambar.getWidth(), gambar.getHeight());
            gambar(g, batang, gambar.getHeight());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        try {
            ImageIO.write(gambar, "png", keluar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keluar.toByteArray();
    }

    private static void gambar(Graphics2D g, List<Batang> batang, int tinggi) {
        int lebarArea = LEBAR - KIRI - KANAN;
        int bawahArea = tinggi - BAWAH;
        // the scale reaches 120 % (the score's usual cap) or the highest bar, in steps of 20
        double tertinggi = batang.stream()
                .map(Batang::capaian)
                .filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        int puncak = (int) Math.max(120, Math.ceil(tertinggi / 20) * 20);
        Font biasa = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
        g.setFont(biasa);
        FontMetrics ukuran = g.getFontMetrics();
        for (int nilai = 0; nilai <= puncak; nilai += 20) {
            int x = KIRI + (int) Math.round((double) nilai / puncak * lebarArea);
            g.setColor(GARIS);
            g.drawLine(x, ATAS, x, bawahArea);
            g.setColor(Color.DARK_GRAY);
            String label = nilai + " %";
            g.drawString(label, x - ukuran.stringWidth(label) / 2, bawahArea + 30);
        }
        for (int i = 0; i < batang.size(); i++) {
            Batang b = batang.get(i);
            int tengah = tengahBaris(i);
            int dasarTeks = tengah + ukuran.getAscent() / 2 - 3;
            g.setColor(Color.BLACK);
            g.drawString(potong(b.label(), ukuran, KIRI - 20), 10, dasarTeks);
            BigDecimal capaian = b.capaian();
            if (capaian == null) {
                g.setColor(Color.GRAY);
                g.setFont(biasa.deriveFont(Font.ITALIC));
                g.drawString("belum ada data", KIRI + 10, dasarTeks);
                g.setFont(biasa);
                continue;
            }
            int panjang = (int) Math.round(capaian.doubleValue() / puncak * lebarArea);
            g.setColor(WARNA_BATANG);
            g.fillRect(KIRI, tengah - BARIS * 3 / 10, panjang, BARIS * 6 / 10);
            g.setColor(Color.BLACK);
            g.drawString(FormatAngka.tetap(capaian, 2), KIRI + panjang + 8, dasarTeks);
        }
        int x100 = KIRI + (int) Math.round(100.0 / puncak * lebarArea);
        g.setColor(SERATUS);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {12, 8}, 0));
        g.drawLine(x100, ATAS, x100, bawahArea);
        g.setStroke(new BasicStroke(2));
        g.setColor(Color.BLACK);
        g.drawLine(KIRI, ATAS, KIRI, bawahArea);
    }

    /** A label cut to the room it has, with an ellipsis. */
    private static String potong(String teks, FontMetrics ukuran, int ruang) {
        if (ukuran.stringWidth(teks) <= ruang) {
            return teks;
        }
        String potong = teks;
        while (!potong.isEmpty() && ukuran.stringWidth(potong + "…") > ruang) {
            potong = potong.substring(0, potong.length() - 1);
        }
        return potong + "…";
    }
}
