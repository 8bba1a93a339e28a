package id.kecamatan.kinerja.laporan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.laporan.Dokumen.Angka;
import id.kecamatan.kinerja.laporan.Dokumen.Bab;
import id.kecamatan.kinerja.laporan.Dokumen.Bagian;
import id.kecamatan.kinerja.laporan.Dokumen.Catatan;
import id.kecamatan.kinerja.laporan.Dokumen.DaftarIsi;
import id.kecamatan.kinerja.laporan.Dokumen.Entri;
import id.kecamatan.kinerja.laporan.Dokumen.Gambar;
import id.kecamatan.kinerja.laporan.Dokumen.HalamanBaru;
import id.kecamatan.kinerja.laporan.Dokumen.Judul;
import id.kecamatan.kinerja.laporan.Dokumen.Paragraf;
import id.kecamatan.kinerja.laporan.Dokumen.Pihak;
import id.kecamatan.kinerja.laporan.Dokumen.Rincian;
import id.kecamatan.kinerja.laporan.Dokumen.Sampul;
import id.kecamatan.kinerja.laporan.Dokumen.Subjudul;
import id.kecamatan.kinerja.laporan.Dokumen.Tabel;
import id.kecamatan.kinerja.laporan.Dokumen.Tandatangan;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Dokumen} as an A4 PDF: centred bold title (or a cover), bordered tables whose header repeats on every page,
 * signatures, "Halaman n" at the foot of every page but the cover. A document with a table of contents is written
 * twice: the first time tells on which page each heading lands, the second prints those pages in the contents (which
 * has the same lines both times, so nothing moves).
 */
final class PenulisPdf {

    /** 2 cm margins, as office letters have them. */
    private static final float MARGIN = 56.7f;

    private static final int PENDEK = 8;
    private static final Color ABU = new Color(225, 225, 225);

    private static final Font JUDUL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font SUBJUDUL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f);
    private static final Font BIASA = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font TABEL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    private static final Font TABEL_KEPALA = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
    private static final Font KECIL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);
    private static final Font NAMA = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BAB = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font SAMPUL_JUDUL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font SAMPUL_INSTANSI = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font SAMPUL_BIASA = FontFactory.getFont(FontFactory.HELVETICA, 14);

    /** The generic tag of a heading's chunk, so the page event learns its page: "judul-" and its index. */
    private static final String TANDA_JUDUL = "judul-";

    private PenulisPdf() {}

    static byte[] tulis(Dokumen dokumen) {
        List<Judul> daftarJudul = dokumen.daftarJudul();
        Map<Integer, Integer> halaman = new HashMap<>();
        byte[] pdf = tulis(dokumen, daftarJudul, Map.of(), halaman);
        return daftarJudul.isEmpty() ? pdf : tulis(dokumen, daftarJudul, halaman, new HashMap<>());
    }

    /**
     * One writing of the document: {@code halamanJudul} the page of each heading (by its index) as the contents
     * print it, {@code terbaca} filled with the pages the headings land on.
     */
    private static byte[] tulis(
            Dokumen dokumen,
            List<Judul> daftarJudul,
            Map<Integer, Integer> halamanJudul,
            Map<Integer, Integer> terbaca) {
        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        Rectangle ukuran = dokumen.mendatar() ? PageSize.A4.rotate() : PageSize.A4;
        Document pdf = new Document(ukuran, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, keluar);
            // justified lines widen the spaces between words only, never the letters
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            // a picture that does not fit goes to the next page with what follows it, never after it
            writer.setStrictImageSequence(true);
            writer.setPageEvent(new KakiHalaman(String.join(" ", dokumen.judul()), dokumen.bersampul(), terbaca));
            pdf.addTitle(String.join(" ", dokumen.judul()));
            pdf.open();
            if (!dokumen.bersampul()) {
                for (String baris : dokumen.judul()) {
                    Paragraph judul = new Paragraph(baris, JUDUL);
                    judul.setAlignment(Element.ALIGN_CENTER);
                    pdf.add(judul);
                }
                pdf.add(new Paragraph(" ", BIASA));
            }
            for (int i = 0; i < dokumen.bagian().size(); i++) {
                tulis(pdf, dokumen.bagian().get(i), i, daftarJudul, halamanJudul);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF tidak dapat dibuat", e);
        }
        return keluar.toByteArray();
    }

    private static void tulis(
            Document pdf, Bagian bagian, int indeks, List<Judul> daftarJudul, Map<Integer, Integer> halamanJudul) {
        switch (bagian) {
            case Sampul s -> sampul(pdf, s);
            case DaftarIsi d -> daftarIsi(pdf, daftarJudul, halamanJudul);
            case Bab b -> {
                pdf.setPageSize(b.mendatar() ? PageSize.A4.rotate() : PageSize.A4);
                pdf.newPage();
                Paragraph p = new Paragraph(judul(b.teks(), indeks, BAB));
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(10);
                pdf.add(p);
            }
            case Subjudul s -> {
                Paragraph p = new Paragraph(judul(s.teks(), indeks, SUBJUDUL));
                p.setSpacingBefore(8);
                p.setSpacingAfter(4);
                pdf.add(p);
            }
            case Gambar g -> {
                try {
                    Image gambar = Image.getInstance(g.png());
                    gambar.scaleToFit(g.lebar(), g.tinggi());
                    gambar.setAlignment(Image.MIDDLE);
                    pdf.add(gambar);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Paragraph keterangan = new Paragraph(g.keterangan(), KECIL);
                keterangan.setAlignment(Element.ALIGN_CENTER);
                keterangan.setSpacingAfter(6);
                pdf.add(keterangan);
            }
            case Paragraf p -> {
                Paragraph paragraf = new Paragraph(p.teks(), BIASA);
                paragraf.setAlignment(Element.ALIGN_JUSTIFIED);
                paragraf.setSpacingAfter(6);
                paragraf.setLeading(14);
                pdf.add(paragraf);
            }
            case Catatan c -> {
                Paragraph catatan = new Paragraph(c.teks(), KECIL);
                catatan.setSpacingBefore(2);
                pdf.add(catatan);
            }
            case Rincian r -> pdf.add(rincian(r));
            case Tabel t -> pdf.add(tabel(t));
            case Tandatangan t -> pdf.add(tandatangan(t));
            case HalamanBaru h -> pdf.newPage();
        }
    }

    /** A heading's text as a chunk that marks its page (generic tag) and is the target of its contents line. */
    private static Chunk judul(String teks, int indeks, Font font) {
        Chunk chunk = new Chunk(teks, font);
        chunk.setGenericTag(TANDA_JUDUL + indeks);
        chunk.setLocalDestination(TANDA_JUDUL + indeks);
        return chunk;
    }

    /** The cover: the title a third down the page, then the office, its kabupaten and the year; nothing else. */
    private static void sampul(Document pdf, Sampul s) {
        Paragraph judul = new Paragraph(s.judul(), SAMPUL_JUDUL);
        judul.setAlignment(Element.ALIGN_CENTER);
        judul.setLeading(28);
        judul.setSpacingBefore(170);
        judul.setSpacingAfter(90);
        pdf.add(judul);
        Paragraph instansi = new Paragraph(s.instansi().toUpperCase(Locale.ROOT), SAMPUL_INSTANSI);
        instansi.setAlignment(Element.ALIGN_CENTER);
        instansi.setSpacingAfter(8);
        pdf.add(instansi);
        String namaKabupaten = s.kabupaten();
        if (namaKabupaten != null) {
            Paragraph kabupaten = new Paragraph(namaKabupaten.toUpperCase(Locale.ROOT), SAMPUL_INSTANSI);
            kabupaten.setAlignment(Element.ALIGN_CENTER);
            pdf.add(kabupaten);
        }
        Paragraph tahun = new Paragraph(s.tahun(), SAMPUL_BIASA);
        tahun.setAlignment(Element.ALIGN_CENTER);
        tahun.setSpacingBefore(90);
        pdf.add(tahun);
        pdf.newPage();
    }

    /** "DAFTAR ISI": one line per heading, a section indented, dotted to its page number; each line links to it. */
    private static void daftarIsi(Document pdf, List<Judul> daftarJudul, Map<Integer, Integer> halamanJudul) {
        Paragraph judul = new Paragraph("DAFTAR ISI", BAB);
        judul.setAlignment(Element.ALIGN_CENTER);
        judul.setSpacingAfter(12);
        pdf.add(judul);
        for (Judul j : daftarJudul) {
            Font font = j.tingkat() == 1 ? SUBJUDUL : BIASA;
            Paragraph baris = new Paragraph();
            baris.setIndentationLeft(j.tingkat() == 1 ? 0 : 18);
            baris.setSpacingBefore(j.tingkat() == 1 ? 6 : 1);
            Chunk teks = new Chunk(j.teks(), font);
            teks.setLocalGoto(TANDA_JUDUL + j.indeks());
            baris.add(teks);
            baris.add(new Chunk(new DottedLineSeparator()));
            // the first writing does not know the pages yet: a placeholder of the same width class
            baris.add(new Chunk(String.valueOf(halamanJudul.getOrDefault(j.indeks(), 0)), font));
            pdf.add(baris);
        }
    }

    private static PdfPTable rincian(Rincian rincian) {
        PdfPTable tabel = new PdfPTable(new float[] {22, 2, 76});
        tabel.setWidthPercentage(100);
        tabel.setSpacingAfter(6);
        for (Entri e : rincian.entri()) {
            tabel.addCell(tanpaGaris(new Phrase(e.label(), BIASA)));
            tabel.addCell(tanpaGaris(new Phrase(":", BIASA)));
            Paragraph nilai = new Paragraph();
            nilai.setLeading(13);
            for (int i = 0; i < e.nilai().size(); i++) {
                String teks = (e.bernomor() ? (i + 1) + ". " : "") + e.nilai().get(i);
                nilai.add(new Chunk(teks + (i < e.nilai().size() - 1 ? "\n" : ""), BIASA));
            }
            tabel.addCell(tanpaGaris(nilai));
        }
        return tabel;
    }

    private static PdfPTable tabel(Tabel t) {
        PdfPTable tabel = new PdfPTable(t.lebar());
        tabel.setWidthPercentage(100);
        tabel.setHeaderRows(1);
        tabel.setSpacingBefore(4);
        tabel.setSpacingAfter(4);
        for (String kolom : t.kolom()) {
            PdfPCell sel = new PdfPCell(new Phrase(kolom, TABEL_KEPALA));
            sel.setBackgroundColor(ABU);
            sel.setHorizontalAlignment(Element.ALIGN_CENTER);
            sel.setVerticalAlignment(Element.ALIGN_MIDDLE);
            sel.setPadding(4);
            tabel.addCell(sel);
        }
        for (List<Object> baris : t.baris()) {
            for (Object nilai : baris) {
                PdfPCell sel = new PdfPCell(new Phrase(teks(nilai), TABEL));
                sel.setPadding(4);
                // figures, "–" and short codes such as "NA" stand centred in their column
                if (nilai == null
                        || nilai instanceof BigDecimal
                        || nilai instanceof Angka
                        || String.valueOf(nilai).length() <= PENDEK) {
                    sel.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                tabel.addCell(sel);
            }
        }
        return tabel;
    }

    /** Signature blocks side by side; the place and date stand above the last (rightmost) one. */
    private static PdfPTable tandatangan(Tandatangan t) {
        int jumlah = Math.max(2, t.pihak().size());
        PdfPTable tabel = new PdfPTable(jumlah);
        tabel.setWidthPercentage(100);
        tabel.setSpacingBefore(14);
        tabel.setKeepTogether(true);
        for (int i = 0; i < jumlah - t.pihak().size(); i++) {
            tabel.addCell(tanpaGaris(new Phrase("", BIASA)));
        }
        for (int i = 0; i < t.pihak().size(); i++) {
            Pihak p = t.pihak().get(i);
            Paragraph blok = new Paragraph();
            blok.setAlignment(Element.ALIGN_CENTER);
            blok.setLeading(13);
            boolean terakhir = i == t.pihak().size() - 1;
            blok.add(new Chunk((terakhir && t.tempatTanggal() != null ? t.tempatTanggal() : " ") + "\n", BIASA));
            if (p.peran() != null) {
                blok.add(new Chunk(p.peran() + "\n", BIASA));
            }
            blok.add(new Chunk(p.jabatan() + ",\n\n\n\n\n", BIASA));
            Chunk nama = new Chunk(p.nama(), NAMA);
            nama.setUnderline(0.6f, -1.5f);
            blok.add(nama);
            blok.add(new Chunk("\n", BIASA));
            if (p.nip() != null) {
                blok.add(new Chunk("NIP " + p.nip(), BIASA));
            }
            PdfPCell sel = tanpaGaris(blok);
            sel.setHorizontalAlignment(Element.ALIGN_CENTER);
            tabel.addCell(sel);
        }
        return tabel;
    }

    static String teks(@Nullable Object nilai) {
        return switch (nilai) {
            case null -> "–";
            case BigDecimal angka -> FormatAngka.format(angka);
            case Angka angka -> FormatAngka.tetap(angka.nilai(), angka.desimal());
            default -> String.valueOf(nilai);
        };
    }

    private static PdfPCell tanpaGaris(Element isi) {
        PdfPCell sel = new PdfPCell();
        sel.addElement(isi);
        sel.setBorder(Rectangle.NO_BORDER);
        sel.setPaddingTop(0);
        return sel;
    }

    private static PdfPCell tanpaGaris(Phrase isi) {
        PdfPCell sel = new PdfPCell(isi);
        sel.setBorder(Rectangle.NO_BORDER);
        return sel;
    }

    /**
     * The document's title and the page number at the foot of every page (but a cover); and the page each heading
     * lands on, from its chunk's generic tag.
     */
    private static final class KakiHalaman extends PdfPageEventHelper {

        private final String judul;
        private final boolean bersampul;
        private final Map<Integer, Integer> halamanJudul;

        KakiHalaman(String judul, boolean bersampul, Map<Integer, Integer> halamanJudul) {
            this.judul = judul;
            this.bersampul = bersampul;
            this.halamanJudul = halamanJudul;
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
            if (text.startsWith(TANDA_JUDUL)) {
                halamanJudul.putIfAbsent(Integer.valueOf(text.substring(TANDA_JUDUL.length())), writer.getPageNumber());
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (bersampul && writer.getPageNumber() == 1) {
                return;
            }
            Rectangle halaman = document.getPageSize();
            ColumnText.showTextAligned(
                    writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(judul, KECIL), MARGIN, MARGIN / 2, 0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase("Halaman " + writer.getPageNumber(), KECIL),
                    halaman.getWidth() - MARGIN,
                    MARGIN / 2,
                    0);
        }
    }
}
