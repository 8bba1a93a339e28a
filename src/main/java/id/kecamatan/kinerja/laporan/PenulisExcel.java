package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.excel.LembarExcel;
import id.kecamatan.kinerja.base.excel.LembarExcel.Gaya;
import id.kecamatan.kinerja.laporan.Dokumen.Angka;
import id.kecamatan.kinerja.laporan.Dokumen.Bab;
import id.kecamatan.kinerja.laporan.Dokumen.Bagian;
import id.kecamatan.kinerja.laporan.Dokumen.Catatan;
import id.kecamatan.kinerja.laporan.Dokumen.DaftarIsi;
import id.kecamatan.kinerja.laporan.Dokumen.Entri;
import id.kecamatan.kinerja.laporan.Dokumen.Gambar;
import id.kecamatan.kinerja.laporan.Dokumen.HalamanBaru;
import id.kecamatan.kinerja.laporan.Dokumen.Paragraf;
import id.kecamatan.kinerja.laporan.Dokumen.Pihak;
import id.kecamatan.kinerja.laporan.Dokumen.Rincian;
import id.kecamatan.kinerja.laporan.Dokumen.Sampul;
import id.kecamatan.kinerja.laporan.Dokumen.Subjudul;
import id.kecamatan.kinerja.laporan.Dokumen.Tabel;
import id.kecamatan.kinerja.laporan.Dokumen.Tandatangan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Dokumen} as one xlsx sheet, top to bottom as on paper: title (or the cover's lines), parts, tables with
 * borders (numbers as numeric cells), pictures, signature blocks. A sheet has no pages, so no table of contents. Set to
 * print on A4 in the document's orientation.
 */
final class PenulisExcel {

    /** Characters per width unit of a table column, so relative widths become readable columns. */
    private static final int LEBAR_TOTAL = 150;

    private PenulisExcel() {}

    static byte[] tulis(Dokumen dokumen) {
        try (XSSFWorkbook buku = new XSSFWorkbook()) {
            Gaya gaya = new Gaya(buku);
            Sheet lembar =
                    buku.createSheet(LembarExcel.namaLembar(dokumen.judul().getFirst()));
            lembar.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            lembar.getPrintSetup().setLandscape(dokumen.mendatar());
            lembar.setFitToPage(true);
            lembar.getPrintSetup().setFitWidth((short) 1);
            lembar.getPrintSetup().setFitHeight((short) 0);
            lembar.setMargin(PageMargin.LEFT, 0.8);
            lembar.setMargin(PageMargin.RIGHT, 0.8);
            int lebarKolom = lebarTabelTerbesar(dokumen);
            int r = 0;
            for (String judul : dokumen.judul()) {
                teks(lembar, r++, 0, judul, gaya.judul);
            }
            r++;
            for (Bagian bagian : dokumen.bagian()) {
                r = tulis(lembar, r, bagian, gaya);
            }
            // labels of "Label : value" lines and signature lines stand in the first two columns
            lembar.setColumnWidth(0, Math.max(lembar.getColumnWidth(0), (lebarKolom < 3 ? 30 : 18) * 256));
            lembar.setColumnWidth(1, Math.max(lembar.getColumnWidth(1), (lebarKolom < 3 ? 80 : 30) * 256));
            ByteArrayOutputStream keluar = new ByteArrayOutputStream();
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int tulis(Sheet lembar, int r, Bagian bagian, Gaya gaya) {
        switch (bagian) {
            case Sampul s -> {
                teks(lembar, r++, 0, s.judul(), gaya.judul);
                teks(lembar, r++, 0, s.instansi(), gaya.tebal);
                if (s.kabupaten() != null) {
                    teks(lembar, r++, 0, s.kabupaten(), gaya.tebal);
                }
                teks(lembar, r++, 0, s.tahun(), null);
                r++;
            }
            case DaftarIsi d -> {}
            case Bab b -> {
                r++;
                teks(lembar, r++, 0, b.teks(), gaya.judul);
            }
            case Subjudul s -> {
                teks(lembar, r++, 0, s.teks(), gaya.tebal);
            }
            case Gambar g -> {
                Workbook buku = lembar.getWorkbook();
                Drawing<?> gambar = lembar.createDrawingPatriarch();
                ClientAnchor letak = buku.getCreationHelper().createClientAnchor();
                letak.setCol1(0);
                letak.setRow1(r);
                gambar.createPicture(letak, buku.addPicture(g.png(), Workbook.PICTURE_TYPE_PNG))
                        .resize();
                // the picture's height in rows of the default height (15 points)
                r += Math.round(g.tinggi() / 15) + 1;
                teks(lembar, r++, 0, g.keterangan(), null);
            }
            case Paragraf p -> teks(lembar, r++, 0, p.teks(), null);
            case Catatan c -> teks(lembar, r++, 0, c.teks(), null);
            case Rincian rincian -> {
                for (Entri e : rincian.entri()) {
                    for (int i = 0; i < e.nilai().size(); i++) {
                        Row row = lembar.createRow(r++);
                        if (i == 0) {
                            row.createCell(0).setCellValue(e.label());
                        }
                        row.createCell(1)
                                .setCellValue((e.bernomor() ? (i + 1) + ". " : "")
                                        + e.nilai().get(i));
                    }
                }
            }
            case Tabel t -> {
                Row kepala = lembar.createRow(r++);
                float total = 0;
                for (float l : t.lebar()) {
                    total += l;
                }
                for (int c = 0; c < t.kolom().size(); c++) {
                    Cell sel = kepala.createCell(c);
                    sel.setCellValue(t.kolom().get(c));
                    sel.setCellStyle(gaya.kepala);
                    int lebar = Math.max(8, Math.round(t.lebar()[c] / total * LEBAR_TOTAL));
                    lembar.setColumnWidth(c, Math.max(lembar.getColumnWidth(c), Math.min(lebar, 80) * 256));
                }
                for (List<@Nullable Object> baris : t.baris()) {
                    Row row = lembar.createRow(r++);
                    for (int c = 0; c < baris.size(); c++) {
                        isi(row.createCell(c), baris.get(c), gaya);
                    }
                }
            }
            case Tandatangan t -> {
                r++;
                if (t.tempatTanggal() != null) {
                    teks(lembar, r++, 0, t.tempatTanggal(), null);
                }
                for (Pihak p : t.pihak()) {
                    if (p.peran() != null) {
                        teks(lembar, r++, 0, p.peran(), null);
                    }
                    teks(lembar, r++, 0, p.jabatan() + ",", null);
                    r += 3;
                    teks(lembar, r++, 0, p.nama(), gaya.tebal);
                    if (p.nip() != null) {
                        teks(lembar, r++, 0, "NIP " + p.nip(), null);
                    }
                    r++;
                }
            }
            case HalamanBaru h -> r++;
        }
        return r;
    }

    private static int lebarTabelTerbesar(Dokumen dokumen) {
        return dokumen.bagian().stream()
                .filter(Tabel.class::isInstance)
                .map(Tabel.class::cast)
                .mapToInt(t -> t.kolom().size())
                .max()
                .orElse(0);
    }

    private static void teks(Sheet lembar, int r, int c, String teks, @Nullable CellStyle gaya) {
        Row row = lembar.getRow(r) == null ? lembar.createRow(r) : lembar.getRow(r);
        Cell sel = row.createCell(c);
        sel.setCellValue(teks);
        if (gaya != null) {
            sel.setCellStyle(gaya);
        }
    }

    private static void isi(Cell sel, Object nilai, Gaya gaya) {
        if (nilai instanceof Angka angka) {
            sel.setCellValue(angka.nilai().doubleValue());
            sel.setCellStyle(angka.desimal() == 0 ? gaya.angkaBulat : gaya.angkaDuaDesimal);
        } else {
            LembarExcel.isi(sel, nilai, gaya);
        }
    }
}
