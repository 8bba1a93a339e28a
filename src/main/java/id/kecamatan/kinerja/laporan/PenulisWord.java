package id.kecamatan.kinerja.laporan;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A {@link Dokumen} as a Word file (docx) on A4: chapters and sections in Word's own heading styles (Heading1,
 * Heading2), so the navigation pane and the table of contents find them; the contents as a TOC field that Word fills
 * in when the file is opened (until then it lists the headings without pages); real tables; pictures; "Halaman"
 * with a PAGE field in the footer.
 */
final class PenulisWord {

    /** 2 cm margins in twentieths of a point. */
    private static final BigInteger MARGIN = BigInteger.valueOf(1134);

    /** The sides of an A4 page in twentieths of a point. */
    private static final int PENDEK_A4 = 11906;

    private static final int PANJANG_A4 = 16838;

    private static final String HEADING_1 = "Heading1";
    private static final String HEADING_2 = "Heading2";

    private PenulisWord() {}

    static byte[] tulis(Dokumen dokumen) {
        try (XWPFDocument doc = new XWPFDocument()) {
            gayaJudul(doc);
            halaman(doc.getDocument().getBody().addNewSectPr(), dokumen.mendatar());
            kaki(doc, String.join(" ", dokumen.judul()));
            if (!dokumen.bersampul()) {
                for (String baris : dokumen.judul()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, baris, 12, true);
                }
            }
            List<Judul> daftarJudul = dokumen.daftarJudul();
            boolean mendatar = dokumen.mendatar();
            for (Bagian bagian : dokumen.bagian()) {
                // a section break of a new orientation starts the page itself
                boolean patahHalaman = true;
                if (bagian instanceof Bab bab && bab.mendatar() != mendatar) {
                    akhiriBagianHalaman(doc, mendatar);
                    mendatar = bab.mendatar();
                    halaman(doc.getDocument().getBody().getSectPr(), mendatar);
                    patahHalaman = false;
                }
                tulis(doc, bagian, daftarJudul, patahHalaman, lebarIsi(mendatar));
            }
            if (!daftarJudul.isEmpty()) {
                // Word asks to update the fields on opening: the contents get their pages
                doc.enforceUpdateFields();
            }
            ByteArrayOutputStream keluar = new ByteArrayOutputStream();
            doc.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One part; {@code lebar} the width between the margins of the page it is on (twentieths of a point), which
     * tables fill.
     */
    private static void tulis(
            XWPFDocument doc, Bagian bagian, List<Judul> daftarJudul, boolean patahHalaman, int lebar) {
        switch (bagian) {
            case Sampul s -> sampul(doc, s);
            case DaftarIsi d -> daftarIsi(doc, daftarJudul);
            case Bab b -> {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle(HEADING_1);
                p.setPageBreak(patahHalaman);
                p.setAlignment(ParagraphAlignment.CENTER);
                p.createRun().setText(b.teks());
            }
            case Subjudul s -> {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle(HEADING_2);
                p.createRun().setText(s.teks());
            }
            case Paragraf p -> {
                XWPFParagraph paragraf = doc.createParagraph();
                paragraf.setAlignment(ParagraphAlignment.BOTH);
                paragraf.setSpacingAfter(120);
                barisBaris(paragraf, p.teks(), 11, false, false);
            }
            case Catatan c -> barisBaris(doc.createParagraph(), c.teks(), 8, false, true);
            case Rincian r -> rincian(doc, r, lebar);
            case Tabel t -> tabel(doc, t, lebar);
            case Gambar g -> {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                try {
                    p.createRun()
                            .addPicture(
                                    new ByteArrayInputStream(g.png()),
                                    Document.PICTURE_TYPE_PNG,
                                    "grafik.png",
                                    Units.toEMU(g.lebar()),
                                    Units.toEMU(g.tinggi()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InvalidFormatException e) {
                    throw new IllegalStateException("Gambar tidak dapat dimuat", e);
                }
                XWPFParagraph keterangan = doc.createParagraph();
                keterangan.setAlignment(ParagraphAlignment.CENTER);
                run(keterangan, g.keterangan(), 9, false).setItalic(true);
            }
            case Tandatangan t -> tandatangan(doc, t, lebar);
            case HalamanBaru h -> doc.createParagraph().setPageBreak(true);
        }
    }

    /** The cover: the title a third down the page, the office, its kabupaten and the year; then a new page. */
    private static void sampul(XWPFDocument doc, Sampul s) {
        XWPFParagraph judul = doc.createParagraph();
        judul.setAlignment(ParagraphAlignment.CENTER);
        judul.setSpacingBefore(3400);
        judul.setSpacingAfter(1800);
        run(judul, s.judul(), 20, true);
        XWPFParagraph instansi = doc.createParagraph();
        instansi.setAlignment(ParagraphAlignment.CENTER);
        run(instansi, s.instansi().toUpperCase(Locale.ROOT), 16, true);
        String namaKabupaten = s.kabupaten();
        if (namaKabupaten != null) {
            XWPFParagraph kabupaten = doc.createParagraph();
            kabupaten.setAlignment(ParagraphAlignment.CENTER);
            run(kabupaten, namaKabupaten.toUpperCase(Locale.ROOT), 16, true);
        }
        XWPFParagraph tahun = doc.createParagraph();
        tahun.setAlignment(ParagraphAlignment.CENTER);
        tahun.setSpacingBefore(1800);
        run(tahun, s.tahun(), 14, false);
    }

    /**
     * "DAFTAR ISI" and a TOC field over the two heading levels; its shown result, until Word updates it, is the list
     * of headings (a docx has no pages of its own).
     */
    private static void daftarIsi(XWPFDocument doc, List<Judul> daftarJudul) {
        XWPFParagraph judul = doc.createParagraph();
        judul.setPageBreak(true);
        judul.setAlignment(ParagraphAlignment.CENTER);
        run(judul, "DAFTAR ISI", 13, true);
        XWPFParagraph awal = doc.createParagraph();
        awal.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        awal.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        awal.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        for (Judul j : daftarJudul) {
            XWPFParagraph baris = doc.createParagraph();
            baris.setIndentationLeft(j.tingkat() == 1 ? 0 : 360);
            run(baris, j.teks(), 11, j.tingkat() == 1);
        }
        XWPFParagraph akhir = doc.createParagraph();
        akhir.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void rincian(XWPFDocument doc, Rincian rincian, int lebar) {
        XWPFTable tabel = doc.createTable(rincian.entri().size(), 3);
        tabel.removeBorders();
        lebarKolom(tabel, new float[] {24, 3, 73}, lebar);
        for (int i = 0; i < rincian.entri().size(); i++) {
            Entri e = rincian.entri().get(i);
            XWPFTableRow row = tabel.getRow(i);
            sel(row.getCell(0), e.label(), false);
            sel(row.getCell(1), ":", false);
            StringBuilder nilai = new StringBuilder();
            for (int n = 0; n < e.nilai().size(); n++) {
                nilai.append(n > 0 ? "\n" : "")
                        .append(e.bernomor() ? (n + 1) + ". " : "")
                        .append(e.nilai().get(n));
            }
            sel(row.getCell(2), nilai.toString(), false);
        }
        doc.createParagraph();
    }

    /** A bordered table whose header row repeats on every page; widths as the document's relative widths. */
    private static void tabel(XWPFDocument doc, Tabel t, int lebar) {
        XWPFTable tabel = doc.createTable(t.baris().size() + 1, t.kolom().size());
        XWPFTableRow kepala = tabel.getRow(0);
        kepala.setRepeatHeader(true);
        for (int c = 0; c < t.kolom().size(); c++) {
            XWPFTableCell sel = kepala.getCell(c);
            sel(sel, t.kolom().get(c), true);
            sel.setColor("E1E1E1");
        }
        for (int r = 0; r < t.baris().size(); r++) {
            List<@Nullable Object> baris = t.baris().get(r);
            XWPFTableRow row = tabel.getRow(r + 1);
            for (int c = 0; c < baris.size(); c++) {
                Object nilai = baris.get(c);
                sel(row.getCell(c), PenulisPdf.teks(nilai), false);
                if (nilai == null || nilai instanceof BigDecimal || nilai instanceof Angka) {
                    row.getCell(c).getParagraphs().getFirst().setAlignment(ParagraphAlignment.CENTER);
                }
            }
        }
        lebarKolom(tabel, t.lebar(), lebar);
        doc.createParagraph();
    }

    /**
     * Fixed column widths from relative ones, filling {@code lebar}: set on the table's grid and on every cell, as
     * Word and LibreOffice each read one of them.
     */
    private static void lebarKolom(XWPFTable tabel, float[] relatif, int lebar) {
        float total = 0;
        for (float l : relatif) {
            total += l;
        }
        CTTblPr sifat = tabel.getCTTbl().getTblPr();
        CTTblWidth lebarTabel = sifat.isSetTblW() ? sifat.getTblW() : sifat.addNewTblW();
        lebarTabel.setType(STTblWidth.DXA);
        lebarTabel.setW(BigInteger.valueOf(lebar));
        (sifat.isSetTblLayout() ? sifat.getTblLayout() : sifat.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = tabel.getCTTbl().getTblGrid() == null
                ? tabel.getCTTbl().addNewTblGrid()
                : tabel.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float l : relatif) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(l / total * lebar)));
        }
        for (XWPFTableRow row : tabel.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < relatif.length; c++) {
                row.getCell(c).setWidth(String.valueOf(Math.round(relatif[c] / total * lebar)));
                row.getCell(c).setWidthType(TableWidthType.DXA);
            }
        }
    }

    /** Signature blocks side by side in a table without borders; the place and date above the last. */
    private static void tandatangan(XWPFDocument doc, Tandatangan t, int lebar) {
        int jumlah = Math.max(2, t.pihak().size());
        XWPFTable tabel = doc.createTable(1, jumlah);
        tabel.removeBorders();
        float[] sama = new float[jumlah];
        Arrays.fill(sama, 1);
        lebarKolom(tabel, sama, lebar);
        int kosong = jumlah - t.pihak().size();
        for (int i = 0; i < t.pihak().size(); i++) {
            Pihak p = t.pihak().get(i);
            boolean terakhir = i == t.pihak().size() - 1;
            StringBuilder blok = new StringBuilder(terakhir ? t.tempatTanggal() : " ").append('\n');
            if (p.peran() != null) {
                blok.append(p.peran()).append('\n');
            }
            blok.append(p.jabatan()).append(",\n\n\n\n").append(p.nama());
            if (p.nip() != null) {
                blok.append("\nNIP ").append(p.nip());
            }
            XWPFTableCell sel = tabel.getRow(0).getCell(kosong + i);
            sel(sel, blok.toString(), false);
            sel.getParagraphs().getFirst().setAlignment(ParagraphAlignment.CENTER);
        }
    }

    /** A cell's text, each line of it a line break, in the table's size. */
    private static void sel(XWPFTableCell sel, String teks, boolean tebal) {
        barisBaris(sel.getParagraphs().getFirst(), teks, 9, tebal, false);
    }

    private static void barisBaris(XWPFParagraph p, String teks, int ukuran, boolean tebal, boolean miring) {
        XWPFRun run = p.createRun();
        run.setFontSize(ukuran);
        run.setBold(tebal);
        run.setItalic(miring);
        String[] baris = teks.split("\n", -1);
        for (int i = 0; i < baris.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(baris[i], i);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String teks, int ukuran, boolean tebal) {
        XWPFRun run = p.createRun();
        run.setText(teks);
        run.setFontSize(ukuran);
        run.setBold(tebal);
        return run;
    }

    /** Word's heading styles, at the outline levels its navigation pane and TOC field read. */
    private static void gayaJudul(XWPFDocument doc) {
        XWPFStyles gaya = doc.createStyles();
        gaya.addStyle(gayaJudul(HEADING_1, "heading 1", 0, 28));
        gaya.addStyle(gayaJudul(HEADING_2, "heading 2", 1, 22));
    }

    private static XWPFStyle gayaJudul(String id, String nama, int tingkat, int setengahPoin) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(nama);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        style.addNewQFormat();
        CTPPrGeneral paragraf = style.addNewPPr();
        paragraf.addNewKeepNext();
        paragraf.addNewOutlineLvl().setVal(BigInteger.valueOf(tingkat));
        paragraf.addNewSpacing().setBefore(BigInteger.valueOf(240));
        CTRPr huruf = style.addNewRPr();
        huruf.addNewB();
        huruf.addNewSz().setVal(BigInteger.valueOf(setengahPoin));
        return new XWPFStyle(style);
    }

    /**
     * Ends the pages of one orientation: Word keeps a section's page setup in its last paragraph, the last section's
     * in the body. The ended section gets the footer too (a first section without one would have none).
     */
    private static void akhiriBagianHalaman(XWPFDocument doc, boolean mendatar) {
        CTSectPr bagian = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
        halaman(bagian, mendatar);
        CTSectPr akhir = doc.getDocument().getBody().getSectPr();
        for (int i = 0; i < akhir.sizeOfFooterReferenceArray(); i++) {
            bagian.addNewFooterReference().set(akhir.getFooterReferenceArray(i));
        }
    }

    /** The width between the margins of an A4 page, upright or turned, in twentieths of a point. */
    private static int lebarIsi(boolean mendatar) {
        return (mendatar ? PANJANG_A4 : PENDEK_A4) - 2 * MARGIN.intValue();
    }

    /** A4, upright or turned, with 2 cm margins. */
    private static void halaman(CTSectPr bagian, boolean mendatar) {
        if (bagian.isSetPgSz()) {
            bagian.unsetPgSz();
        }
        if (bagian.isSetPgMar()) {
            bagian.unsetPgMar();
        }
        CTPageSz ukuran = bagian.addNewPgSz();
        BigInteger pendek = BigInteger.valueOf(PENDEK_A4);
        BigInteger panjang = BigInteger.valueOf(PANJANG_A4);
        ukuran.setW(mendatar ? panjang : pendek);
        ukuran.setH(mendatar ? pendek : panjang);
        if (mendatar) {
            ukuran.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar tepi = bagian.addNewPgMar();
        tepi.setTop(MARGIN);
        tepi.setBottom(MARGIN);
        tepi.setLeft(MARGIN);
        tepi.setRight(MARGIN);
    }

    /** The document's title on the left and "Halaman" with Word's PAGE field on the right of every footer. */
    private static void kaki(XWPFDocument doc, String judul) {
        XWPFFooter kaki = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = kaki.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, judul + "    Halaman ", 8, false).setItalic(true);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }
}
