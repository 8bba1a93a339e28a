package id.kecamatan.kinerja.laporan;

import static id.kecamatan.kinerja.laporan.BacaBerkas.barisDengan;
import static id.kecamatan.kinerja.laporan.BacaBerkas.barisExcel;
import static id.kecamatan.kinerja.laporan.BacaBerkas.periksaA4;
import static id.kecamatan.kinerja.laporan.BacaBerkas.teksPdf;
import static id.kecamatan.kinerja.laporan.BacaBerkas.teksPdfBerurutan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.anggaran.AnggaranService;
import id.kecamatan.kinerja.anggaran.SumberAnggaran;
import id.kecamatan.kinerja.anggaran.TingkatAnggaran;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIku;
import id.kecamatan.kinerja.indikator.IndikatorService.IkiJabatan;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.JenisPenugasan;
import id.kecamatan.kinerja.organisasi.KepalaDaerah;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.PegawaiRepository;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import id.kecamatan.kinerja.pengukuran.CapaianService;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.renstra.RenstraService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The documents read back (PDF text with PDFBox, xlsx cells with POI) and checked against the data. */
@UjiTerpadu
class LaporanServiceTest {

    /** This test's years, named by what the documents print: targets of 2032 for the PK. */
    static final int TAHUN_PK = TahunUji.milik(LaporanServiceTest.class, 2032);

    /** Approved realisasi of this year are written through the repository (the year has not started). */
    static final int TAHUN_PENGUKURAN = TahunUji.milik(LaporanServiceTest.class, 2033);

    /** A new Camat from the first day of {@link #TAHUN_PENGUKURAN}, for the signing date. */
    static final LocalDate CAMAT_BARU_MULAI = LocalDate.of(TAHUN_PENGUKURAN, 1, 1);

    static final String CAMAT_BARU = "Camat Pengganti Uji";

    @Autowired
    LaporanService laporanService;

    @Autowired
    IndikatorService indikatorService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    IndikatorRepository indikatorRepository;

    @Autowired
    TargetRepository targetRepository;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    JabatanRepository jabatanRepository;

    @Autowired
    PegawaiRepository pegawaiRepository;

    @Autowired
    PenugasanRepository penugasanRepository;

    @Autowired
    CapaianService capaianService;

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    PengaturanSkorService pengaturanSkorService;

    @Autowired
    PenggunaSaatIni penggunaSaatIni;

    @Autowired
    PenjagaAkses penjaga;
    /** The portal's clock, in the office's zone (kinerja.zona-waktu). */
    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    SumberAnggaran sumberAnggaran;

    @Autowired
    AnggaranService anggaranService;

    @Autowired
    RenstraService renstraService;

    @Autowired
    TeksLkjipRepository teksLkjipRepository;

    @Autowired
    TeksLkjipService teksLkjipService;

    @BeforeEach
    void dataUji() {
        Instansi meral = instansiRepository.findByKode("MERAL").orElseThrow();
        Jabatan kasi = jabatanRepository
                .findByInstansiIdAndKode(meral.getId(), "KASI-PEM")
                .orElseThrow();
        List<Indikator> indikator = indikatorRepository.findByPemilik(kasi.getId());
        if (targetRepository
                .findByIndikatorDanTahun(
                        indikator.stream().map(Indikator::getId).toList(), TAHUN_PK)
                .isEmpty()) {
            for (int i = 0; i < indikator.size(); i++) {
                targetRepository.save(new Target(
                        indikator.get(i),
                        TAHUN_PK,
                        PeriodeTarget.TAHUNAN,
                        new BigDecimal("87.5").add(BigDecimal.valueOf(i)),
                        null,
                        0,
                        Instant.now(),
                        "uji"));
            }
        }
        Jabatan camat = jabatanRepository
                .findByInstansiIdAndKode(meral.getId(), "CAMAT")
                .orElseThrow();
        boolean adaPengganti = penugasanRepository.findBerlaku(meral.getId(), CAMAT_BARU_MULAI).stream()
                .anyMatch(p -> p.getPegawai().getNama().equals(CAMAT_BARU));
        if (!adaPengganti) {
            Pegawai pengganti = pegawaiRepository.save(new Pegawai(meral, CAMAT_BARU, "19900101 201001 1 009", false));
            penugasanRepository.save(new Penugasan(pengganti, camat, CAMAT_BARU_MULAI));
        }
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void tabelIkuPdfHoldsEveryIkuOfMeralWithTheTargetsOfTheDocument() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        Berkas berkas = laporanService.tabelIku(FormatBerkas.PDF);

        assertThat(berkas.jenisMime()).isEqualTo(Berkas.MIME_PDF);
        assertThat(berkas.nama()).startsWith("tabel-iku-").endsWith(".pdf");
        periksaA4(berkas.isi());
        String teks = teksPdf(berkas.isi());
        assertThat(teks)
                .contains(
                        "TABEL INDIKATOR KINERJA UTAMA (IKU)",
                        "KECAMATAN MERAL",
                        "Kecamatan Meral, Kabupaten Karimun",
                        "Periode",
                        "Dicetak",
                        "Kinerja Utama / Sasaran Strategis",
                        "Penanggung Jawab");
        List<BarisIku> iku = indikatorService.tabelIku().baris();
        assertThat(iku).hasSizeGreaterThanOrEqualTo(2);
        for (BarisIku b : iku) {
            assertThat(teks).contains(b.nama(), b.penanggungJawab());
        }
        // the AKIP row: NA for 2017–2019, then the document's 56,86 and 53
        String akip = teks.substring(teks.indexOf("Nilai AKIP Kecamatan Meral"));
        assertThat(akip).containsSubsequence("NA", "NA", "NA", "56,86", "53");
        // the signature of the plan as it was set
        assertThat(teks)
                .contains("Meral Karimun, Januari 2022", "CAMAT MERAL", "R. NOVI YOHANDRI", "19861103 200602 1 001");
    }

    @Test
    void tabelIkuExcelKeepsTargetsAsNumbers() {
        MasukSebagai.pengguna(userDetailsService, "camat");
        Berkas berkas = laporanService.tabelIku(FormatBerkas.XLSX);

        assertThat(berkas.nama()).endsWith(".xlsx");
        List<List<Object>> baris = barisExcel(berkas.isi());
        List<Object> kepala = barisDengan(baris, "Indikator Kinerja Utama");
        assertThat(kepala).contains("Target 2017", "Target 2020", "Target 2021");
        List<Object> akip = barisDengan(baris, "Nilai AKIP Kecamatan Meral");
        assertThat(akip.get(kepala.indexOf("Target 2017"))).isEqualTo("NA");
        assertThat(akip.get(kepala.indexOf("Target 2020"))).isEqualTo(56.86);
        assertThat(akip.get(kepala.indexOf("Target 2021"))).isEqualTo(53.0);
        assertThat(akip.get(kepala.indexOf("Penanggung Jawab"))).isEqualTo("Camat Meral");
        for (BarisIku b : indikatorService.tabelIku().baris()) {
            barisDengan(baris, b.nama());
        }
    }

    @Test
    void ikiOfAKasiHasJabatanTugasFungsiAndEveryIndicator() {
        Pengguna kasi = MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        IkiJabatan iki = indikatorService.ikiJabatan(kasi.jabatanId());

        Berkas pdf = laporanService.ikiJabatan(kasi.jabatanId(), FormatBerkas.PDF);
        periksaA4(pdf.isi());
        String teks = teksPdf(pdf.isi());
        assertThat(teks)
                .contains(
                        "INDIKATOR KINERJA INDIVIDU",
                        iki.nama(),
                        iki.tugas(),
                        "1. " + iki.fungsi().getFirst(),
                        "Sasaran / Kinerja Utama",
                        "Indikator Kinerja Individu",
                        "Formula / Penjelasan",
                        "Sumber Data");
        iki.indikator().forEach(b -> assertThat(teks).contains(b.nama(), b.sasaran()));

        List<List<Object>> baris = barisExcel(
                laporanService.ikiJabatan(kasi.jabatanId(), FormatBerkas.XLSX).isi());
        iki.indikator()
                .forEach(b -> assertThat(barisDengan(baris, b.nama())).contains(b.sasaran(), b.penanggungJawab()));
    }

    @Test
    void sekcamMakesTheIkiOfEveryJabatanInOneDocument() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        String teks = teksPdf(laporanService.ikiSemuaJabatan(FormatBerkas.PDF).isi());

        List<String> denganIki = indikatorService.daftarJabatan().stream()
                .filter(j -> indikatorService.ikiJabatan(j.id()).indikator().stream()
                        .anyMatch(b -> b.jenis() == JenisIndikator.IKI))
                .map(IndikatorService.PilihanJabatan::nama)
                .toList();
        assertThat(denganIki).hasSizeGreaterThan(5).doesNotContain("Camat Meral");
        denganIki.forEach(nama -> assertThat(teks).contains(nama));
        assertThat(teks)
                .contains("1. INDIKATOR KINERJA INDIVIDU", denganIki.size() + ". INDIKATOR KINERJA INDIVIDU")
                .doesNotContain((denganIki.size() + 1) + ". INDIKATOR KINERJA INDIVIDU");
    }

    @Test
    void perjanjianKinerjaHasBothPartiesAsOnTheSigningDateAndTheTargets() {
        Pengguna kasi = MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        List<Indikator> indikator = indikatorRepository.findByPemilik(kasi.jabatanId());

        Berkas berkas = laporanService.perjanjianKinerja(
                kasi.jabatanId(), TAHUN_PK, LocalDate.of(TAHUN_PK, 1, 2), FormatBerkas.PDF);

        periksaA4(berkas.isi());
        String teks = teksPdf(berkas.isi());
        String dibaca = teksPdfBerurutan(berkas.isi());
        assertThat(dibaca)
                .contains(
                        "PERJANJIAN KINERJA TAHUN 2032",
                        "Dalam rangka mewujudkan manajemen pemerintahan yang "
                                + "efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
        // pihak pertama: the Kasi (a sample holder, marked so); pihak kedua: the Camat who held office on that date
        assertThat(dibaca)
                .containsSubsequence(
                        kasi.nama() + " (data contoh)",
                        "Kepala Seksi Pemerintahan",
                        "pihak pertama",
                        "R. NOVI YOHANDRI",
                        "19861103 200602 1 001",
                        "Camat Meral",
                        "pihak kedua",
                        "PIHAK KEDUA,",
                        "PIHAK PERTAMA,",
                        "R. NOVI YOHANDRI",
                        kasi.nama());
        assertThat(teks)
                .contains(
                        "Meral Karimun, 2 Januari 2032",
                        "PIHAK PERTAMA,",
                        "PIHAK KEDUA,",
                        "LAMPIRAN PERJANJIAN KINERJA TAHUN 2032")
                .doesNotContain(CAMAT_BARU);
        for (int i = 0; i < indikator.size(); i++) {
            assertThat(teks).containsSubsequence(indikator.get(i).getNama(), (87 + i) + ",50");
        }

        List<List<Object>> baris = barisExcel(laporanService
                .perjanjianKinerja(kasi.jabatanId(), TAHUN_PK, LocalDate.of(TAHUN_PK, 1, 2), FormatBerkas.XLSX)
                .isi());
        assertThat(barisDengan(baris, indikator.getFirst().getNama()))
                .contains(87.5, indikator.getFirst().getSatuan());
    }

    @Test
    void aPkSignedAfterAHandOverNamesTheNewHolder() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        Long kasi = jabatanId("KASI-PEM");

        String teks = teksPdf(laporanService
                .perjanjianKinerja(kasi, TAHUN_PK + 1, CAMAT_BARU_MULAI.plusDays(1), FormatBerkas.PDF)
                .isi());

        assertThat(teks).contains(CAMAT_BARU, "19900101 201001 1 009").doesNotContain("R. NOVI YOHANDRI");
    }

    @Test
    void aPkBeforeAnyoneHeldTheJabatanIsRefusedWithAClearMessage() {
        MasukSebagai.pengguna(userDetailsService, "camat");
        // the demo holders start on the day the test database was made
        assertThatThrownBy(() -> laporanService.perjanjianKinerja(
                        jabatanId("KASI-PEM"), 2001, LocalDate.of(2001, 1, 2), FormatBerkas.PDF))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("laporan.pk.tanpa-pemegang"));
    }

    @Test
    void theCamatsPkWithoutAKepalaDaerahIsRefusedNotInvented() {
        Pengguna camat = MasukSebagai.pengguna(userDetailsService, "camat");
        assertThatThrownBy(() -> laporanService.perjanjianKinerja(
                        camat.jabatanId(), TAHUN_PK, LocalDate.of(TAHUN_PK, 1, 2), FormatBerkas.PDF))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("laporan.pk.tanpa-kepala-daerah"));
    }

    @Test
    void theCamatsPkHasTheKepalaDaerahAsSecondPartyAndEveryProgramWithItsPagu() {
        List<String> teks = laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            organisasiService.simpanKepalaDaerah(
                    new KepalaDaerah("Bupati Karimun", "Bupati Uji, S.H.", null),
                    organisasiService.kepalaDaerah().versi());
            Long kasiPem1 = indikatorRepository
                    .findByPemilik(jabatanId("KASI-PEM"))
                    .getFirst()
                    .getId();
            Long program = anggaranService.simpan(anggaran(null, TingkatAnggaran.PROGRAM, "7.01.01", null, null));
            Long kegiatan =
                    anggaranService.simpan(anggaran(program, TingkatAnggaran.KEGIATAN, "7.01.01.2.01", null, null));
            anggaranService.simpan(
                    anggaran(kegiatan, TingkatAnggaran.SUB_KEGIATAN, "7.01.01.2.01.0001", "1250000", kasiPem1));
            anggaranService.simpan(
                    anggaran(kegiatan, TingkatAnggaran.SUB_KEGIATAN, "7.01.01.2.01.0002", "750000", null));
            LocalDate tanggal = LocalDate.of(TAHUN_PK, 1, 2);
            return List.of(
                    teksPdf(laporanService
                            .perjanjianKinerja(jabatanId("CAMAT"), TAHUN_PK, tanggal, FormatBerkas.PDF)
                            .isi()),
                    teksPdf(laporanService
                            .perjanjianKinerja(jabatanId("KASI-PEM"), TAHUN_PK, tanggal, FormatBerkas.PDF)
                            .isi()));
        });

        assertThat(teks.get(0))
                .containsSubsequence("PIHAK KEDUA,", "Bupati Karimun,", "Bupati Uji, S.H.", "PIHAK PERTAMA,", "Camat")
                .doesNotContain("NIP –")
                // the head of the office: every program, its pagu the sum of its sub-kegiatan
                .containsSubsequence("PROGRAM DAN ANGGARAN", "7.01.01", "Uraian 7.01.01", "2.000.000", "Jumlah");
        // a Kasi: the sub-kegiatan linked to the Kasi's own indicators only
        assertThat(teks.get(1))
                .containsSubsequence("PROGRAM DAN ANGGARAN", "7.01.01.2.01.0001", "1.250.000")
                .doesNotContain("7.01.01.2.01.0002");
    }

    /** The number format of the cell in the given column of the first row that names {@code teks}. */
    private static String formatSel(byte[] xlsx, String teks, int kolom) {
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : buku.getSheetAt(0)) {
                for (Cell sel : row) {
                    if (sel.getCellType() == CellType.STRING
                            && sel.getStringCellValue().equals(teks)) {
                        return row.getCell(kolom).getCellStyle().getDataFormatString();
                    }
                }
            }
            throw new AssertionError("no row names " + teks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AnggaranService.SimpanMataAnggaran anggaran(
            Long induk, TingkatAnggaran tingkat, String kode, String pagu, Long indikator) {
        return new AnggaranService.SimpanMataAnggaran(
                null,
                null,
                TAHUN_PK,
                tingkat,
                induk,
                kode,
                "Uraian " + kode,
                null,
                indikator,
                pagu == null ? null : new BigDecimal(pagu),
                Map.of());
    }

    @Test
    void anActingHolderSignsWithThePrefixOnTheSigningDateOnly() {
        LocalDate mulai = CAMAT_BARU_MULAI.minusMonths(6);
        LocalDate selesai = mulai.plusDays(9);
        List<String> teks = laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "admin");
            Long sekcam = jdbc.queryForObject("""
                    select p.pegawai_id from penugasan p join jabatan j on j.id = p.jabatan_id
                    where j.id = ? order by p.id limit 1""", Long.class, jabatanId("SEKCAM"));
            organisasiService.tambahPenugasan(new OrganisasiService.TambahPenugasan(
                    sekcam, jabatanId("CAMAT"), JenisPenugasan.PLH, mulai, selesai));
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            Long kasi = jabatanId("KASI-PEM");
            return List.of(
                    teksPdf(laporanService
                            .perjanjianKinerja(kasi, TAHUN_PK, mulai.plusDays(1), FormatBerkas.PDF)
                            .isi()),
                    teksPdf(laporanService
                            .perjanjianKinerja(kasi, TAHUN_PK, selesai.plusDays(1), FormatBerkas.PDF)
                            .isi()));
        });

        assertThat(teks.get(0)).contains("Plh. Camat Meral");
        assertThat(teks.get(1)).doesNotContain("Plh.").contains("Camat Meral");
    }

    /** Runs a step whose writes must not outlive it (the Meral rows other tests read), and returns its result. */
    private <T> T laluBatalkan(Supplier<T> langkah) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            return langkah.get();
        });
    }

    @Test
    void aKasiAskingAnotherJabatansDocumentsIsRefused() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        Long lain = jabatanId("KASI-KESOS");

        assertThatThrownBy(() -> laporanService.perjanjianKinerja(
                        lain, TAHUN_PK, LocalDate.of(TAHUN_PK, 1, 2), FormatBerkas.PDF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> laporanService.ikiJabatan(lain, FormatBerkas.XLSX))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> laporanService.ikiSemuaJabatan(FormatBerkas.PDF))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(laporanService.jabatanDapatDipilih())
                .extracting(IndikatorService.PilihanJabatan::kode)
                .containsExactly("KASI-PEM");
        assertThat(laporanService.bolehSemuaJabatan()).isFalse();
    }

    @Test
    void staffAreRefusedOtherJabatanToo() {
        MasukSebagai.pengguna(userDetailsService, "bendahara");
        assertThatThrownBy(() -> laporanService.ikiJabatan(jabatanId("KASI-PEM"), FormatBerkas.PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sekcamCamatAndAdminMakeEveryJabatansDocuments() {
        for (String akun : List.of("sekcam", "camat", "admin")) {
            MasukSebagai.pengguna(userDetailsService, akun);
            assertThat(laporanService.bolehSemuaJabatan()).as(akun).isTrue();
            assertThat(laporanService.jabatanDapatDipilih())
                    .as(akun)
                    .hasSize(indikatorService.daftarJabatan().size());
            assertThat(teksPdf(laporanService
                            .perjanjianKinerja(
                                    jabatanId("KASI-KESOS"), TAHUN_PK, LocalDate.of(TAHUN_PK, 1, 2), FormatBerkas.PDF)
                            .isi()))
                    .as(akun)
                    .contains("Kepala Seksi Kesejahteraan Sosial");
        }
    }

    @Test
    void aJabatanOfAnotherInstansiIsRefusedEvenForTheCamat() {
        MasukSebagai.pengguna(userDetailsService, "camat");
        assertThatThrownBy(() -> laporanService.ikiJabatan(Long.MAX_VALUE, FormatBerkas.PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pengukuranOfAKasiHasTheDashboardsFiguresForTheirOwnRowsOnly() {
        Pengguna kasi = MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        isiRealisasiPengukuran();
        List<BarisCapaian> dasbor = capaianService.pengukuran(new Periode(TAHUN_PENGUKURAN, Triwulan.IV)).stream()
                .filter(b -> b.jabatanId().equals(kasi.jabatanId()))
                .toList();
        assertThat(dasbor).isNotEmpty();

        byte[] xlsx =
                laporanService.pengukuran(TAHUN_PENGUKURAN, FormatBerkas.XLSX).isi();
        List<List<Object>> baris = barisExcel(xlsx);
        List<Object> kepala = barisDengan(baris, "Capaian (%)");
        // the spreadsheet keeps figures numbers, shown with two decimals in the reader's own separators
        assertThat(formatSel(xlsx, dasbor.getFirst().nama(), kepala.indexOf("Capaian (%)")))
                .isEqualTo("#,##0.00");
        for (BarisCapaian b : dasbor) {
            List<Object> sel = barisDengan(baris, b.nama());
            assertThat(sel.get(kepala.indexOf("Target"))).isEqualTo(angka(b.target()));
            assertThat(sel.get(kepala.indexOf("Realisasi"))).isEqualTo(angka(b.realisasi()));
            assertThat(sel.get(kepala.indexOf("Capaian (%)"))).isEqualTo(angka(b.capaian()));
            assertThat(sel.get(kepala.indexOf("Predikat"))).isEqualTo(b.predikat() == null ? "–" : b.predikat());
        }
        // only the approved Triwulan I counts: 45 of 50 is 90 %, the draft of Triwulan II (50 of 50) does not
        BarisCapaian pertama = dasbor.stream()
                .filter(b -> b.indikatorId().equals(indikatorPengukuran().getId()))
                .findFirst()
                .orElseThrow();
        assertThat(pertama.realisasi())
                .isInstanceOfSatisfying(
                        Hasil.Nilai.class, n -> assertThat(n.nilai()).isEqualByComparingTo("90"));
        assertThat(barisDengan(baris, pertama.nama())).contains(90.0, "1 dari 4 triwulan disetujui");

        String teks = teksPdf(laporanService
                .pengukuran(new Periode(TAHUN_PENGUKURAN, Triwulan.I), FormatBerkas.PDF)
                .isi());
        // figures in a column with two decimals (the satuan is %): target 95,00, realisasi 90,00, capaian 94,74
        assertThat(teks)
                .contains("PENGUKURAN KINERJA", "TRIWULAN I TAHUN 2033", pertama.nama())
                .containsSubsequence(pertama.nama(), "% 95,00 90,00 94,74")
                .doesNotContain("Nilai AKIP Kecamatan Meral", "Kepala Seksi Kesejahteraan Sosial");
    }

    @Test
    void theCamatsPengukuranHasEveryIndicatorOfTheDashboard() {
        MasukSebagai.pengguna(userDetailsService, "camat");
        isiRealisasiPengukuran();
        List<BarisCapaian> dasbor = capaianService.pengukuran(new Periode(TAHUN_PENGUKURAN, Triwulan.II));

        String teks = teksPdf(laporanService
                .pengukuran(new Periode(TAHUN_PENGUKURAN, Triwulan.II), FormatBerkas.PDF)
                .isi());
        dasbor.forEach(b -> assertThat(teks).contains(b.nama()));
        assertThat(teks).contains("Hanya realisasi yang telah disetujui verifikator yang dihitung");
        // which convention the negative figures follow, Meral's being the default
        assertThat(teks.replaceAll("\\s+", " "))
                .contains("indikator berpolaritas negatif: (2 × target - realisasi) / target × 100, paling rendah 0.");
    }

    @Test
    void lkjipHasTheThreeTablesWithTheDashboardsFigures() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        isiRealisasiPengukuran();
        BarisCapaian pertama = capaianService.pengukuran(new Periode(TAHUN_PENGUKURAN, Triwulan.IV)).stream()
                .filter(b -> b.indikatorId().equals(indikatorPengukuran().getId()))
                .findFirst()
                .orElseThrow();

        Berkas pdf = laporanService.lkjip(TAHUN_PENGUKURAN, FormatBerkas.PDF);
        periksaA4(pdf.isi());
        String teks = teksPdf(pdf.isi());
        assertThat(teks)
                .contains(
                        "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2033",
                        "BAB III AKUNTABILITAS KINERJA",
                        "A. Perbandingan Target dan Realisasi Kinerja Tahun 2033",
                        "B. Perbandingan Realisasi dan Capaian Tahun 2033 dengan Tahun 2032",
                        "C. Perbandingan Realisasi Tahun 2033 dengan Target Akhir Rencana Strategis");
        List<List<Object>> baris = barisExcel(
                laporanService.lkjip(TAHUN_PENGUKURAN, FormatBerkas.XLSX).isi());
        // table A: target, realisasi, capaian and predikat as the dashboard has them
        List<Object> a = baris.stream()
                .filter(b -> b.contains(pertama.sasaran()) && b.contains(pertama.nama()))
                .findFirst()
                .orElseThrow();
        assertThat(a).containsSubsequence(angka(pertama.target()), 90.0, angka(pertama.capaian()), pertama.predikat());
    }

    /**
     * Table D: a program serving the sasaran of the Kasi Pemerintahan's first indicator, pagu 1.000.000 and 800.000
     * spent in Triwulan I: serapan 80,00, beside the sasaran's capaian and grade exactly as the dashboard has them.
     */
    @Test
    void lkjipHasTheEfficiencyTableWithTheDashboardsFigures() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        isiRealisasiPengukuran();
        List<Object> hasil = laluBatalkan(() -> {
            programUntukSasaranPengukuran();
            return List.of(
                    capaianService
                            .efisiensi(new Periode(TAHUN_PENGUKURAN, Triwulan.IV))
                            .getFirst(),
                    teksPdf(laporanService
                            .lkjip(TAHUN_PENGUKURAN, FormatBerkas.PDF)
                            .isi()));
        });
        CapaianService.EfisiensiSasaran dasbor = (CapaianService.EfisiensiSasaran) hasil.get(0);
        String teks = (String) hasil.get(1);

        assertThat(dasbor.serapan()).isEqualTo(new Hasil.Nilai(new BigDecimal("80.00")));
        Hasil.Nilai capaian = (Hasil.Nilai) dasbor.capaian();
        BigDecimal selisih = dasbor.efisiensi().orElseThrow().selisih();
        assertThat(teks)
                .contains("D. Efisiensi Penggunaan Sumber Daya (Anggaran) Tahun 2033")
                .containsSubsequence(
                        dasbor.kode(),
                        FormatAngka.duaDesimal(capaian.nilai()),
                        "80,00",
                        FormatAngka.duaDesimal(selisih))
                .contains("Selisih = capaian - serapan. Di atas 5 poin: efisien; antara -5 dan +5");
    }

    /**
     * The whole LKjIP read back, PDF (OpenPDF's extractor, page by page) and Word: every chapter in the contents with
     * the page it starts on, page numbers, a written text and the placeholder of an unwritten one, and figures of
     * tables A and D and of the sasaran exactly as CapaianService (the dashboard) has them.
     */
    @Test
    void theWholeLkjipAsPdfAndDocxHasEveryChapterTheWrittenTextsAndTheDashboardsFigures() throws IOException {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        isiRealisasiPengukuran();
        Periode akhir = new Periode(TAHUN_PENGUKURAN, Triwulan.IV);
        Long sasaranPengukuran = indikatorPengukuran().getSasaran().idTersimpan();
        List<Object> hasil = laluBatalkan(() -> {
            programUntukSasaranPengukuran();
            teksLkjipService.simpan(
                    TAHUN_PENGUKURAN, BagianTeks.LATAR_BELAKANG, null, "Latar belakang uji.\n\nAlinea kedua uji.", 0);
            teksLkjipService.simpan(
                    TAHUN_PENGUKURAN, BagianTeks.ANALISIS_SASARAN, sasaranPengukuran, "Analisis sasaran uji.", 0);
            return List.of(
                    capaianService.efisiensi(akhir).getFirst(),
                    capaianService.capaianSasaran(akhir),
                    laporanService.lkjip(TAHUN_PENGUKURAN, FormatBerkas.PDF),
                    laporanService.lkjip(TAHUN_PENGUKURAN, FormatBerkas.DOCX));
        });
        CapaianService.EfisiensiSasaran dasbor = (CapaianService.EfisiensiSasaran) hasil.get(0);
        @SuppressWarnings("unchecked")
        List<CapaianService.CapaianSasaran> perSasaran = (List<CapaianService.CapaianSasaran>) hasil.get(1);
        Berkas pdf = (Berkas) hasil.get(2);
        Berkas docx = (Berkas) hasil.get(3);
        BarisCapaian pertama = capaianService.pengukuran(akhir).stream()
                .filter(b -> b.indikatorId().equals(indikatorPengukuran().getId()))
                .findFirst()
                .orElseThrow();
        CapaianService.CapaianSasaran sasaran = perSasaran.stream()
                .filter(c -> c.sasaranId().equals(sasaranPengukuran))
                .findFirst()
                .orElseThrow();
        // the chapter's sasaran figure is the dashboard's (its efficiency table) for the same period
        assertThat(sasaran.capaian()).isEqualTo(dasbor.capaian()).isInstanceOf(Hasil.Nilai.class);
        String capaianSasaran = FormatAngka.duaDesimal(((Hasil.Nilai) sasaran.capaian()).nilai());
        String capaianA = FormatAngka.duaDesimal(((Hasil.Nilai) pertama.capaian()).nilai());
        String selisih = FormatAngka.duaDesimal(dasbor.efisiensi().orElseThrow().selisih());
        List<String> bab = List.of(
                "BAB I PENDAHULUAN",
                "BAB II PERENCANAAN KINERJA",
                "BAB III AKUNTABILITAS KINERJA",
                "BAB IV PENUTUP",
                "LAMPIRAN");

        assertThat(pdf.nama()).startsWith("lkjip-" + TAHUN_PENGUKURAN + "-").endsWith(".pdf");
        periksaA4(pdf.isi());
        List<String> halaman = BacaBerkas.halamanPdf(pdf.isi());
        assertThat(halaman.getFirst())
                .as("the cover")
                .contains("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "KECAMATAN MERAL", "KABUPATEN KARIMUN")
                .doesNotContain("Halaman");
        int daftarIsi = halaman.indexOf(halaman.stream()
                .filter(h -> h.contains("DAFTAR ISI"))
                .findFirst()
                .orElseThrow());
        assertThat(daftarIsi).isEqualTo(1);
        for (String judul : bab) {
            int nomor = 0;
            for (int i = daftarIsi + 1; i < halaman.size() && nomor == 0; i++) {
                nomor = halaman.get(i).contains(judul) ? i + 1 : 0;
            }
            assertThat(nomor).as("the page of %s", judul).isGreaterThan(daftarIsi + 1);
            assertThat(halaman.get(nomor - 1)).as("page %d numbered", nomor).contains("Halaman " + nomor);
            assertThat(halaman.get(daftarIsi))
                    .as("the contents give %s its page", judul)
                    .containsPattern(java.util.regex.Pattern.quote(judul) + "[ .]*" + nomor + "\\b");
        }
        String semuaPdf = String.join(" ", halaman).replaceAll("\\s+", " ");
        assertThat(semuaPdf)
                .contains("A. Latar Belakang", "Latar belakang uji.", "Alinea kedua uji.", "Analisis sasaran uji.")
                .contains("C. Isu Strategis (belum ditulis)")
                .contains("Capaian : " + capaianSasaran + " %")
                .contains("belum ada data")
                .contains("D. Efisiensi Penggunaan Sumber Daya (Anggaran) Tahun " + TAHUN_PENGUKURAN)
                .contains("Lampiran 3. Pengukuran Kinerja Tahun " + TAHUN_PENGUKURAN);
        assertThat(gambarPdf(pdf.isi())).as("the chart in the PDF").isEqualTo(1);

        assertThat(docx.nama()).endsWith(".docx");
        assertThat(docx.jenisMime()).isEqualTo(Berkas.MIME_DOCX);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.isi()));
                XWPFWordExtractor ekstraktor = new XWPFWordExtractor(word)) {
            assertThat(word.getParagraphs().stream()
                            .filter(p -> "Heading1".equals(p.getStyle()))
                            .map(XWPFParagraph::getText))
                    .containsExactlyElementsOf(bab);
            assertThat(word.getParagraphs().stream()
                            .filter(p -> "Heading2".equals(p.getStyle()))
                            .map(XWPFParagraph::getText))
                    .contains("A. Latar Belakang", "C. Isu Strategis", "Capaian Kinerja dan Analisis per Sasaran");
            assertThat(word.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal())
                    .isZero();
            assertThat(word.getDocument().xmlText())
                    .contains("<w:instrText> TOC \\o \"1-2\" \\h \\z \\u </w:instrText>");
            assertThat(word.getFooterList())
                    .anySatisfy(f -> assertThat(f.getParagraphs()
                                    .getFirst()
                                    .getCTP()
                                    .getFldSimpleArray(0)
                                    .getInstr())
                            .isEqualTo("PAGE"));
            assertThat(word.getAllPictures()).hasSize(1);
            assertThat(word.getAllPictures().getFirst().getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG);
            List<String> baris = List.of(ekstraktor.getText().split("\n"));
            assertThat(baris).contains("Latar belakang uji.", "Alinea kedua uji.", "Analisis sasaran uji.");
            assertThat(baris).contains("(belum ditulis)");
            assertThat(baris)
                    .as("table A: the row of the Kasi's indicator with the dashboard's capaian and predikat")
                    .anySatisfy(b -> assertThat(b)
                            .startsWith(pertama.sasaran() + "\t" + pertama.nama())
                            .contains("\t" + capaianA + "\t" + pertama.predikat()));
            assertThat(baris)
                    .as("table D: the sasaran's capaian, the serapan and their difference")
                    .anySatisfy(b -> assertThat(b)
                            .startsWith(dasbor.kode() + " ")
                            .contains("\t" + capaianSasaran + "\t80,00\t" + selisih + "\t"));
            assertThat(baris).contains("Capaian\t:\t" + capaianSasaran + " % (" + sasaran.predikat() + ")");
        }
    }

    /** How many images the PDF's pages draw. */
    private static int gambarPdf(byte[] pdf) throws IOException {
        int jumlah = 0;
        try (PDDocument dokumen = Loader.loadPDF(pdf)) {
            for (PDPage halaman : dokumen.getPages()) {
                for (COSName nama : halaman.getResources().getXObjectNames()) {
                    jumlah += halaman.getResources().isImageXObject(nama) ? 1 : 0;
                }
            }
        }
        return jumlah;
    }

    /** A program of the year serving the sasaran of the Kasi's first indicator: pagu 1.000.000, 800.000 spent. */
    private void programUntukSasaranPengukuran() {
        Long sasaran = indikatorPengukuran().getSasaran().idTersimpan();
        Long program = anggaranService.simpan(new AnggaranService.SimpanMataAnggaran(
                null,
                null,
                TAHUN_PENGUKURAN,
                TingkatAnggaran.PROGRAM,
                null,
                "P1",
                "Program Kependudukan",
                sasaran,
                null,
                null,
                Map.of()));
        Long kegiatan = anggaranService.simpan(anggaranPengukuran(program, TingkatAnggaran.KEGIATAN, "P1.K1", null));
        anggaranService.simpan(anggaranPengukuran(kegiatan, TingkatAnggaran.SUB_KEGIATAN, "P1.K1.S1", "1000000"));
    }

    private static AnggaranService.SimpanMataAnggaran anggaranPengukuran(
            Long induk, TingkatAnggaran tingkat, String kode, String pagu) {
        return new AnggaranService.SimpanMataAnggaran(
                null,
                null,
                TAHUN_PENGUKURAN,
                tingkat,
                induk,
                kode,
                "Uraian " + kode,
                null,
                null,
                pagu == null ? null : new BigDecimal(pagu),
                pagu == null ? Map.of() : Map.of(Triwulan.I, new BigDecimal("800000")));
    }

    @Test
    void aKasiIsRefusedTheLkjip() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        assertThatThrownBy(() -> laporanService.lkjip(TAHUN_PENGUKURAN, FormatBerkas.PDF))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The dates a document prints are the office's, whatever the server's zone: 23:30 UTC on 1 January is already
     * 06:30 on 2 January in Jakarta, the default of kinerja.zona-waktu.
     */
    @Test
    void thePrintDateIsTheDateInTheOfficesTimeZone() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        Clock tengahMalamUtc = Clock.fixed(Instant.parse("2026-01-01T23:30:00Z"), clock.getZone());
        LaporanService laporan = new LaporanService(
                indikatorService,
                organisasiService,
                indikatorRepository,
                jabatanRepository,
                instansiRepository,
                penugasanRepository,
                capaianService,
                sumberAnggaran,
                pengaturanSkorService,
                targetRepository,
                renstraService,
                teksLkjipRepository,
                penggunaSaatIni,
                penjaga,
                tengahMalamUtc);
        MasukSebagai.pengguna(userDetailsService, "camat");

        Berkas berkas = laporan.pengukuran(new Periode(TAHUN_PENGUKURAN, Triwulan.I), FormatBerkas.PDF);

        assertThat(berkas.nama()).isEqualTo("pengukuran-" + TAHUN_PENGUKURAN + "-tw1-20260102-0630.pdf");
        String tempat = instansiRepository.findByKode("MERAL").orElseThrow().getTempatPenetapan();
        assertThat(teksPdf(berkas.isi()))
                .contains("2 Januari 2026, 06.30", tempat + ", 2 Januari 2026")
                .doesNotContain("1 Januari 2026");
    }

    /** A number as the sheet holds it (a double), or the text of a figure that has none. */
    private static Object angka(Object nilai) {
        return switch (nilai) {
            case null -> null;
            case BigDecimal b -> b.doubleValue();
            case Hasil.Nilai n -> n.nilai().doubleValue();
            case Hasil.BelumDiisi b -> null;
            case Hasil.TidakDapatDihitung t -> "tidak dapat dihitung (" + t.alasan() + ")";
            default -> nilai;
        };
    }

    private Indikator indikatorPengukuran() {
        return indikatorRepository.findByPemilik(jabatanId("KASI-PEM")).getFirst();
    }

    /**
     * Year 2033 (this test's own): yearly targets for the Kasi Pemerintahan's indicators; for the first, Triwulan I
     * approved (45 of 50) and Triwulan II a draft (50 of 50), written through the repository as the year has not
     * started. Once per test database.
     */
    private void isiRealisasiPengukuran() {
        List<Indikator> indikator = indikatorRepository.findByPemilik(jabatanId("KASI-PEM"));
        if (!targetRepository
                .findByIndikatorDanTahun(
                        indikator.stream().map(Indikator::getId).toList(), TAHUN_PENGUKURAN)
                .isEmpty()) {
            return;
        }
        for (Indikator i : indikator) {
            targetRepository.save(new Target(
                    i, TAHUN_PENGUKURAN, PeriodeTarget.TAHUNAN, new BigDecimal("95"), null, 0, Instant.now(), "uji"));
        }
        Indikator pertama = indikator.getFirst();
        realisasi(pertama, 1, "DISETUJUI", "45", "50");
        realisasi(pertama, 2, "DRAF", "50", "50");
    }

    /** Written through the repository: the service accepts no realisasi in a year that has not started. */
    private void realisasi(Indikator indikator, int triwulan, String status, String pembilang, String penyebut) {
        RealisasiUji.tulis(
                ctx,
                indikator.getId(),
                new Periode(TAHUN_PENGUKURAN, Triwulan.dari(triwulan)),
                StatusRealisasi.valueOf(status),
                Map.of(komponen(indikator, "PEMBILANG"), pembilang, komponen(indikator, "PENYEBUT"), penyebut));
    }

    /** The kode of the indicator's komponen of the given role. */
    private String komponen(Indikator indikator, String peran) {
        return jdbc.queryForObject(
                "select kode from komponen where indikator_id = ? and peran = ?",
                String.class,
                indikator.getId(),
                peran);
    }

    private Long jabatanId(String kode) {
        Long instansi = instansiRepository.findByKode("MERAL").orElseThrow().getId();
        return jabatanRepository
                .findByInstansiIdAndKode(instansi, kode)
                .orElseThrow()
                .getId();
    }
}
