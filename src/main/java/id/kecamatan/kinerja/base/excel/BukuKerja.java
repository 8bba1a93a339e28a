package id.kecamatan.kinerja.base.excel;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The layout every import template shares: row 1 the column titles, row 2 a short instruction per column, data
 * from row 3. Writes such sheets and reads them back cell by cell, collecting every problem with its place
 * instead of stopping at the first.
 */
public final class BukuKerja {

    /** Rows 1 and 2 are titles and instructions; Excel numbers rows from 1. */
    public static final int BARIS_DATA_PERTAMA = 3;

    public static final String MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An upload larger than this is not a template filled in by hand. */
    public static final int UKURAN_MAKS = 10 * 1024 * 1024;

    /** A column of a template sheet; {@code pilihan} non-empty gives the cell a drop-down list. */
    public record Kolom(String judul, String petunjuk, int lebar, int panjangMaks, List<String> pilihan) {

        public Kolom(String judul, String petunjuk, int lebar, int panjangMaks) {
            this(judul, petunjuk, lebar, panjangMaks, List.of());
        }
    }

    public record Lembar(String nama, List<Kolom> kolom) {

        public int indeks(String judul) {
            for (int i = 0; i < kolom.size(); i++) {
                if (kolom.get(i).judul().equals(judul)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("kolom " + judul + " tidak ada di lembar " + nama);
        }
    }

    private BukuKerja() {}

    // ---------------------------------------------------------------- writing

    public static final class Penulis implements AutoCloseable {

        public final XSSFWorkbook buku = new XSSFWorkbook();
        private final CellStyle gayaJudul;
        private final CellStyle gayaPetunjuk;
        private final CellStyle gayaTeks;

        public Penulis() {
            Font tebal = buku.createFont();
            tebal.setBold(true);
            gayaJudul = buku.createCellStyle();
            gayaJudul.setFont(tebal);
            gayaJudul.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            gayaJudul.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            gayaJudul.setWrapText(true);
            Font miring = buku.createFont();
            miring.setItalic(true);
            miring.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            gayaPetunjuk = buku.createCellStyle();
            gayaPetunjuk.setFont(miring);
            gayaPetunjuk.setWrapText(true);
            gayaTeks = buku.createCellStyle();
            gayaTeks.setWrapText(true);
        }

        /** A sheet with its titles and instructions, the two rows frozen, drop-downs for closed lists. */
        public Sheet lembar(Lembar definisi) {
            Sheet sheet = buku.createSheet(definisi.nama());
            Row judul = sheet.createRow(0);
            Row petunjuk = sheet.createRow(1);
            DataValidationHelper validasi = sheet.getDataValidationHelper();
            for (int i = 0; i < definisi.kolom().size(); i++) {
                Kolom kolom = definisi.kolom().get(i);
                Cell sel = judul.createCell(i);
                sel.setCellValue(kolom.judul());
                sel.setCellStyle(gayaJudul);
                Cell selPetunjuk = petunjuk.createCell(i);
                selPetunjuk.setCellValue(kolom.petunjuk());
                selPetunjuk.setCellStyle(gayaPetunjuk);
                sheet.setColumnWidth(i, kolom.lebar() * 256);
                if (!kolom.pilihan().isEmpty()) {
                    DataValidation daftar = validasi.createValidation(
                            validasi.createExplicitListConstraint(
                                    kolom.pilihan().toArray(String[]::new)),
                            new CellRangeAddressList(BARIS_DATA_PERTAMA - 1, 2000, i, i));
                    daftar.setShowErrorBox(true);
                    sheet.addValidationData(daftar);
                }
            }
            sheet.createFreezePane(0, 2);
            return sheet;
        }

        /** Writes one data row: String as text, Number as a numeric cell, null as an empty cell. */
        public void baris(Sheet sheet, @Nullable Object... nilai) {
            Row row = sheet.createRow(Math.max(sheet.getLastRowNum() + 1, BARIS_DATA_PERTAMA - 1));
            for (int i = 0; i < nilai.length; i++) {
                Object v = nilai[i];
                if (v == null) {
                    continue;
                }
                Cell sel = row.createCell(i);
                if (v instanceof BigDecimal angka) {
                    sel.setCellValue(angka.doubleValue());
                } else if (v instanceof Number angka) {
                    sel.setCellValue(angka.doubleValue());
                } else {
                    sel.setCellValue(v.toString());
                    sel.setCellStyle(gayaTeks);
                }
            }
        }

        public byte[] selesai() {
            try (ByteArrayOutputStream keluaran = new ByteArrayOutputStream()) {
                buku.write(keluaran);
                return keluaran.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            buku.close();
        }
    }

    // ---------------------------------------------------------------- reading

    /** Opens an uploaded workbook; empty when it is not an Excel file (the caller reports that). */
    public static Optional<Workbook> buka(byte[] isi) {
        try {
            return Optional.of(WorkbookFactory.create(new ByteArrayInputStream(isi)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The data rows of one sheet of an uploaded template, and the list its errors go to (the rows' accessors add theirs
     * to it); no rows when the file is too large, not an Excel file, or the sheet is missing or has other titles, each
     * reported in {@code galat}.
     */
    public record Unggahan(Optional<List<Baris>> baris, List<GalatImpor> galat) {}

    /** Reads an upload as {@link Unggahan}: the checks every import makes before it looks at a single row. */
    public static Unggahan bacaUnggahan(byte[] isi, Lembar definisi) {
        List<GalatImpor> galat = new ArrayList<>();
        if (isi.length > UKURAN_MAKS) {
            galat.add(GalatImpor.di(null, null, null, "impor.terlalu-besar", UKURAN_MAKS / (1024 * 1024)));
            return new Unggahan(Optional.empty(), galat);
        }
        Optional<Workbook> terbuka = buka(isi);
        if (terbuka.isEmpty()) {
            galat.add(GalatImpor.di(null, null, null, "impor.bukan-excel"));
            return new Unggahan(Optional.empty(), galat);
        }
        try (Workbook buku = terbuka.get()) {
            return new Unggahan(baca(buku, definisi, galat), galat);
        } catch (IOException e) {
            return new Unggahan(Optional.empty(), List.of(GalatImpor.di(null, null, null, "impor.bukan-excel")));
        }
    }

    /**
     * Reads the data rows of one sheet after checking that it exists and that its titles are the template's;
     * otherwise reports that and returns nothing (not an empty list: a sheet without data rows is a different
     * case), so one wrong sheet does not bury the file under follow-up errors.
     */
    public static Optional<List<Baris>> baca(Workbook buku, Lembar definisi, List<GalatImpor> galat) {
        Sheet sheet = buku.getSheet(definisi.nama());
        if (sheet == null) {
            galat.add(GalatImpor.di(definisi.nama(), null, null, "impor.lembar-tidak-ada"));
            return Optional.empty();
        }
        Row judul = sheet.getRow(0);
        boolean judulBenar = true;
        for (int i = 0; i < definisi.kolom().size(); i++) {
            String ada = judul == null ? null : teksSel(judul.getCell(i));
            String harus = definisi.kolom().get(i).judul();
            if (ada == null || !ada.strip().equalsIgnoreCase(harus)) {
                galat.add(GalatImpor.di(definisi.nama(), 1, huruf(i), "impor.judul-kolom", harus));
                judulBenar = false;
            }
        }
        if (!judulBenar) {
            return Optional.empty();
        }
        List<Baris> hasil = new ArrayList<>();
        for (int r = BARIS_DATA_PERTAMA - 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !kosong(row, definisi.kolom().size())) {
                hasil.add(new Baris(definisi, row, galat));
            }
        }
        return Optional.of(hasil);
    }

    /** Errors in the order a user corrects them: sheet by sheet as in the template, then row, then column. */
    public static List<GalatImpor> urutkan(List<GalatImpor> galat, List<Lembar> urutanLembar) {
        List<String> nama = urutanLembar.stream().map(Lembar::nama).toList();
        return galat.stream()
                .sorted(Comparator.comparingInt((GalatImpor g) -> g.lembar() == null ? -1 : nama.indexOf(g.lembar()))
                        .thenComparing(GalatImpor::baris, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(
                                g -> g.kolom() == null ? "" : g.kolom(),
                                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                .toList();
    }

    public static String huruf(int kolom) {
        return CellReference.convertNumToColString(kolom);
    }

    private static boolean kosong(Row row, int jumlahKolom) {
        for (int i = 0; i < jumlahKolom; i++) {
            if (teksSel(row.getCell(i)) != null) {
                return false;
            }
        }
        return true;
    }

    /** A cell as text: numbers without a trailing ".0" (a kode typed as 12 reads "12"), blank as null. */
    private static @Nullable String teksSel(@Nullable Cell sel) {
        if (sel == null) {
            return null;
        }
        CellType jenis = sel.getCellType() == CellType.FORMULA ? sel.getCachedFormulaResultType() : sel.getCellType();
        String teks = switch (jenis) {
            case STRING -> sel.getStringCellValue();
            case NUMERIC ->
                BigDecimal.valueOf(sel.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> String.valueOf(sel.getBooleanCellValue());
            default -> null;
        };
        return teks == null || teks.isBlank() ? null : teks.strip();
    }

    /** One data row; every accessor reports a problem at its cell and returns null instead of throwing. */
    public static final class Baris {

        private final Lembar lembar;
        private final Row row;
        private final List<GalatImpor> galat;

        Baris(Lembar lembar, Row row, List<GalatImpor> galat) {
            this.lembar = lembar;
            this.row = row;
            this.galat = galat;
        }

        public int nomor() {
            return row.getRowNum() + 1;
        }

        public String lembar() {
            return lembar.nama();
        }

        /** Errors reported so far in the whole file, to tell whether a row added any. */
        public int jumlahGalat() {
            return galat.size();
        }

        public String kolom(String judul) {
            return huruf(lembar.indeks(judul));
        }

        public void galat(@Nullable String judul, String kunci, Object... argumen) {
            galat.add(GalatImpor.di(lembar.nama(), nomor(), judul == null ? null : kolom(judul), kunci, argumen));
        }

        public @Nullable String teks(String judul) {
            int i = lembar.indeks(judul);
            String teks = teksSel(row.getCell(i));
            int maks = lembar.kolom().get(i).panjangMaks();
            if (teks != null && maks > 0 && teks.length() > maks) {
                galat(judul, "impor.terlalu-panjang", maks);
                return null;
            }
            return teks;
        }

        public @Nullable String teksWajib(String judul) {
            String teks = teks(judul);
            if (teks == null && teksSel(row.getCell(lembar.indeks(judul))) == null) {
                galat(judul, "impor.wajib-diisi");
            }
            return teks;
        }

        public @Nullable Integer bilangan(String judul) {
            Cell sel = row.getCell(lembar.indeks(judul));
            String teks = teksSel(sel);
            if (teks == null) {
                return null;
            }
            try {
                return new BigDecimal(teks).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                galat(judul, "impor.bukan-bilangan-bulat", teks);
                return null;
            }
        }

        public @Nullable Integer bilanganWajib(String judul) {
            if (teksSel(row.getCell(lembar.indeks(judul))) == null) {
                galat(judul, "impor.wajib-diisi");
                return null;
            }
            return bilangan(judul);
        }

        /**
         * A number: a numeric cell, or text written the Indonesian way (1.234,5) by the same rules as the
         * portal's forms. Negative numbers are refused.
         */
        public @Nullable BigDecimal angka(String judul) {
            Cell sel = row.getCell(lembar.indeks(judul));
            CellType jenis = sel == null
                    ? CellType.BLANK
                    : sel.getCellType() == CellType.FORMULA ? sel.getCachedFormulaResultType() : sel.getCellType();
            if (jenis == CellType.NUMERIC) {
                BigDecimal angka = BigDecimal.valueOf(sel.getNumericCellValue());
                if (angka.signum() < 0) {
                    galat(judul, "angka.negatif");
                    return null;
                }
                return angka;
            }
            if (jenis != CellType.STRING && jenis != CellType.BLANK) {
                galat(judul, "angka.bukan-angka");
                return null;
            }
            try {
                return FormatAngka.parse(jenis == CellType.STRING ? sel.getStringCellValue() : null);
            } catch (AturanDilanggar ditolak) {
                galat(judul, ditolak.getKunciPesan(), ditolak.getArgumen());
                return null;
            }
        }

        /** One value of an enum, written as its name (case and spaces forgiven). */
        public <E extends Enum<E>> @Nullable E pilihan(String judul, Class<E> jenis) {
            String teks = teksWajib(judul);
            if (teks == null) {
                return null;
            }
            String nama = teks.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            for (E e : jenis.getEnumConstants()) {
                if (e.name().equals(nama)) {
                    return e;
                }
            }
            galat(judul, "impor.pilihan-tidak-sah", teks, String.join(", ", namaPilihan(jenis)));
            return null;
        }
    }

    public static <E extends Enum<E>> List<String> namaPilihan(Class<E> jenis) {
        return Arrays.stream(jenis.getEnumConstants()).map(Enum::name).toList();
    }
}
