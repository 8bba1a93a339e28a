package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.FormatAngka;
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
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The bar chart of the capaian per sasaran for the LKjIP, drawn with Java2D on an image of its own (no display
 * needed) and written as PNG, so the PDF and the Word file hold the same picture. A sasaran without approved data
 * has no bar and says "belum ada data": it is never drawn as 0.
 */
final class GrafikCapaian {

    /** A bar: its label under the axis (the sasaran's kode) and its capaian in percent, or none. */
    record Batang(String label, @Nullable BigDecimal capaian) {}

    /** Pixels; drawn at about half this size on paper, so it stays sharp when printed. */
    static final int LEBAR = 1400;

    static final int TINGGI = 700;

    private static final Color BATANG = new Color(46, 98, 160);
    private static final Color GARIS = new Color(200, 200, 200);
    private static final Color TARGET = new Color(190, 60, 40);
    private static final int KIRI = 110, KANAN = 40, ATAS = 50, BAWAH = 90;

    private GrafikCapaian() {}

    static byte[] png(List<Batang> batang) {
        BufferedImage gambar = new BufferedImage(LEBAR, TINGGI, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = gambar.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, LEBAR, TINGGI);
            gambar(g, batang);
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

    private static void gambar(Graphics2D g, List<Batang> batang) {
        int tinggiArea = TINGGI - ATAS - BAWAH;
        int lebarArea = LEBAR - KIRI - KANAN;
        // the scale reaches 120 % (the score's usual cap) or the highest bar, in steps of 20
        double tertinggi = batang.stream()
                .map(Batang::capaian)
                .filter(c -> c != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        int puncak = (int) Math.max(120, Math.ceil(tertinggi / 20) * 20);
        Font kecil = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
        Font tebal = new Font(Font.SANS_SERIF, Font.BOLD, 22);
        g.setFont(kecil);
        FontMetrics ukuran = g.getFontMetrics();
        for (int nilai = 0; nilai <= puncak; nilai += 20) {
            int y = ATAS + tinggiArea - (int) Math.round((double) nilai / puncak * tinggiArea);
            g.setColor(GARIS);
            g.drawLine(KIRI, y, LEBAR - KANAN, y);
            g.setColor(Color.DARK_GRAY);
            String label = nilai + " %";
            g.drawString(label, KIRI - 12 - ukuran.stringWidth(label), y + ukuran.getAscent() / 2 - 2);
        }
        int y100 = ATAS + tinggiArea - (int) Math.round(100.0 / puncak * tinggiArea);
        g.setColor(TARGET);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {12, 8}, 0));
        g.drawLine(KIRI, y100, LEBAR - KANAN, y100);
        g.setStroke(new BasicStroke(1));
        if (batang.isEmpty()) {
            return;
        }
        double slot = (double) lebarArea / batang.size();
        int lebarBatang = (int) Math.min(120, slot * 0.6);
        for (int i = 0; i < batang.size(); i++) {
            Batang b = batang.get(i);
            int tengah = KIRI + (int) Math.round(slot * i + slot / 2);
            g.setColor(Color.BLACK);
            g.setFont(tebal);
            FontMetrics tebalUkuran = g.getFontMetrics();
            g.drawString(b.label(), tengah - tebalUkuran.stringWidth(b.label()) / 2, TINGGI - BAWAH + 34);
            g.setFont(kecil);
            BigDecimal capaian = b.capaian();
            if (capaian == null) {
                // no bar, and a word where it would stand, written upwards so a narrow slot holds it
                tulisTegak(g, "belum ada data", tengah, ATAS + tinggiArea - 10);
                continue;
            }
            int tinggi = (int) Math.round(capaian.doubleValue() / puncak * tinggiArea);
            g.setColor(BATANG);
            g.fillRect(tengah - lebarBatang / 2, ATAS + tinggiArea - tinggi, lebarBatang, tinggi);
            g.setColor(Color.BLACK);
            String angka = FormatAngka.tetap(capaian, 2);
            g.drawString(angka, tengah - ukuran.stringWidth(angka) / 2, ATAS + tinggiArea - tinggi - 8);
        }
        g.setColor(Color.BLACK);
        g.drawLine(KIRI, ATAS + tinggiArea, LEBAR - KANAN, ATAS + tinggiArea);
    }

    private static void tulisTegak(Graphics2D g, String teks, int x, int bawah) {
        Graphics2D tegak = (Graphics2D) g.create();
        try {
            tegak.setColor(Color.GRAY);
            tegak.translate(x + tegak.getFontMetrics().getAscent() / 2 - 2, bawah);
            tegak.rotate(-Math.PI / 2);
            tegak.drawString(teks, 0, 0);
        } finally {
            tegak.dispose();
        }
    }
}
