package id.kecamatan.kinerja.rencana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.JumlahBaris;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.excel.BukuUji;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The plan template: Meral's plan exported and imported as a new kecamatan gives the same plan, and files with
 * a mistake are refused with every error's sheet, row and column, saving nothing.
 */
@UjiTerpadu
class ImporRencanaExcelTest {

    /** The kecamatan Meral's export is imported as, and the kode of the exports that must be refused. */
    private static final String KODE_BARU = InstansiUji.milik(ImporRencanaExcelTest.class, "UJI-RT");

    private static final String KODE_DITOLAK = InstansiUji.milik(ImporRencanaExcelTest.class, "UJI-SALAH");

    @Autowired
    EksporRencana eksporRencana;

    @Autowired
    ImporRencanaExcel imporRencanaExcel;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    IndikatorService indikatorService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    private byte[] eksporMeral() {
        MasukSebagai.pengguna(userDetailsService, "admin");
        return eksporRencana.ekspor().isi();
    }

    @Test
    void rencanaMeralDieksporLaluDiimporSebagaiKecamatanBaruSamaPersis() {
        byte[] meral = eksporMeral();
        DokumenRencana asli = PembacaRencanaExcel.baca(meral).dokumen();
        assertThat(asli).as("Meral's export reads back without errors").isNotNull();
        assertThat(asli.instansi().kode()).isEqualTo("MERAL");

        ImporRencanaExcel.Hasil hasil = imporRencanaExcel.impor(
                BukuUji.sebagaiInstansiBaru(meral, KODE_BARU, "Kecamatan Uji Pulang Pergi"), Kemajuan.DIAM);

        assertThat(hasil.galat()).isEmpty();
        assertThat(hasil.usernameAdmin()).isEqualTo("admin.uji-rt");
        assertThat(hasil.passwordAdmin()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(hasil.jumlahIndikator()).isEqualTo(asli.indikator().size());

        // the new kecamatan's admin signs in to the new instansi and must change the generated password
        Pengguna admin = MasukSebagai.pengguna(userDetailsService, "admin.uji-rt");
        assertThat(admin.peran()).isEqualTo(Peran.ADMIN);
        assertThat(admin.harusGantiPassword()).isTrue();
        assertThat(admin.instansiId())
                .isEqualTo(instansiRepository.findByKode("UJI-RT").orElseThrow().getId());
        assertThat(organisasiService.infoInstansi().nama()).isEqualTo("Kecamatan Uji Pulang Pergi");
        assertThat(organisasiService.struktur())
                .extracting(OrganisasiService.BarisJabatan::kode)
                .containsAll(asli.jabatan().stream()
                        .map(DokumenRencana.JabatanData::kode)
                        .toList());
        assertThat(indikatorService.tabelIku().baris()).hasSize((int) asli.indikator().stream()
                .filter(i -> i.jenis().name().equals("IKU"))
                .count());

        DokumenRencana salinan =
                PembacaRencanaExcel.baca(eksporRencana.ekspor().isi()).dokumen();
        assertThat(salinan.instansi().kode()).isEqualTo("UJI-RT");
        assertThat(salinan.instansi().nama()).isEqualTo("Kecamatan Uji Pulang Pergi");
        assertThat(salinan.instansi().penandatangan()).isEqualTo(asli.instansi().penandatangan());
        assertThat(salinan.visi()).isEqualTo(asli.visi());
        assertThat(salinan.misi()).isEqualTo(asli.misi());
        assertThat(salinan.sasaranKinerja()).isEqualTo(asli.sasaranKinerja());
        assertThat(salinan.unitKerja()).isEqualTo(asli.unitKerja());
        // jabatan with unit, atasan, verifikator, tugas and fungsi in order
        assertThat(salinan.jabatan()).isEqualTo(asli.jabatan());
        // indicators with komponen, formulas, targets and cascade
        assertThat(salinan.indikator()).isEqualTo(asli.indikator());

        // the comparison above compares something: Meral's plan is all there, with its IKU filled from the LKE
        assertThat(asli.indikator())
                .filteredOn(IndikatorData::dariLke)
                .extracting(IndikatorData::kode)
                .containsExactly("IKU-AKIP");
        assertThat(asli.jabatan())
                .hasSizeGreaterThan(10)
                .anySatisfy(j -> assertThat(j.fungsi()).isNotEmpty());
        assertThat(asli.indikator().size()).isGreaterThan(15);
        assertThat(asli.indikator().stream().mapToInt(i -> i.target().size()).sum())
                .isGreaterThan(3);
        assertThat(asli.indikator().stream().mapToInt(i -> i.cascade().size()).sum())
                .isGreaterThan(10);
        assertThat(asli.indikator())
                .extracting(IndikatorData::jenisFormula)
                .contains(JenisFormula.RASIO, JenisFormula.JUMLAH);
    }

    @Test
    void templateKosongBerisiSemuaLembarDenganJudulDanPetunjuk() throws Exception {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        byte[] kosong = eksporRencana.templateKosong().isi();
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(kosong))) {
            List<String> lembar = new ArrayList<>();
            buku.forEach(s -> lembar.add(s.getSheetName()));
            assertThat(lembar)
                    .containsExactly(
                            "Petunjuk",
                            "Instansi",
                            "Misi",
                            "Tujuan",
                            "Sasaran",
                            "Unit Kerja",
                            "Jabatan",
                            "Fungsi",
                            "IKU",
                            "IKI",
                            "Komponen",
                            "Target",
                            "Cascade");
            assertThat(BukuUji.teks(buku, "IKI", 1, "D")).isEqualTo("Pemilik");
            assertThat(BukuUji.teks(buku, "IKI", 2, "D")).contains("Kode jabatan");
            assertThat(buku.getSheet("IKI").getLastRowNum()).isEqualTo(1);
        }
        // an empty template is refused for what is missing, not accepted as an empty kecamatan
        MasukSebagai.pengguna(userDetailsService, "admin");
        assertThat(imporRencanaExcel.impor(kosong, Kemajuan.DIAM).galat())
                .contains(GalatImpor.di("Instansi", null, null, "impor.instansi-satu-baris"));
    }

    @Test
    void lembarYangHilangDitolak() {
        GalatImpor galat = GalatImpor.di("Komponen", null, null, "impor.lembar-tidak-ada");
        ditolakDenganGalat(buku -> buku.removeSheetAt(buku.getSheetIndex("Komponen")), galat);
    }

    /** The tujuan naming a misi are left unchecked, not failed on, when the Misi sheet is missing. */
    @Test
    void lembarMisiYangHilangDitolak() {
        ditolakDenganGalat(
                buku -> buku.removeSheetAt(buku.getSheetIndex("Misi")),
                GalatImpor.di("Misi", null, null, "impor.lembar-tidak-ada"));
    }

    /** A row that does not say which row it belongs to is refused, not left out. */
    @Test
    void barisTanpaKodeIndukDitolak() {
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Komponen", 3, "A", ""),
                GalatImpor.di("Komponen", 3, "A", "impor.wajib-diisi"));
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Fungsi", 3, "A", ""), GalatImpor.di("Fungsi", 3, "A", "impor.wajib-diisi"));
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Cascade", 3, "B", ""),
                GalatImpor.di("Cascade", 3, "B", "impor.wajib-diisi"));
    }

    @Test
    void jenisIsianSalahDitolak() {
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Target", 3, "B", "dua ribu"),
                GalatImpor.di("Target", 3, "B", "impor.bukan-bilangan-bulat", "dua ribu"));
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Cascade", 4, "C", "satu"),
                GalatImpor.di("Cascade", 4, "C", "angka.bukan-angka"));
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Jabatan", 5, "C", "KEPALA"),
                GalatImpor.di(
                        "Jabatan",
                        5,
                        "C",
                        "impor.pilihan-tidak-sah",
                        "KEPALA",
                        "ADMIN, CAMAT, SEKCAM, KEPALA_UNIT, STAF, EVALUATOR, KABUPATEN"));
        // a role of the portal's own jabatan is a role, but not one an office's plan gives
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Jabatan", 5, "C", "EVALUATOR"),
                GalatImpor.di(
                        "Jabatan",
                        5,
                        "C",
                        "impor.peran-bukan-kantor",
                        "EVALUATOR",
                        "CAMAT, SEKCAM, KEPALA_UNIT, STAF"));
    }

    @Test
    void kodeInstansiBerspasiDitolak() {
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "Instansi", 3, "A", "UJI SALAH"),
                GalatImpor.di("Instansi", 3, "A", "impor.kode-instansi-tidak-sah"));
    }

    @Test
    void jabatanYangTidakDikenalDitolak() {
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "IKI", 7, "D", "KASI-HILANG"),
                GalatImpor.di("IKI", 7, "D", "impor.rujukan-tidak-ada", "jabatan", "KASI-HILANG", "Jabatan"));
    }

    @Test
    void ikuKeduaYangDiisiDariEvaluasiAkipDitolak() {
        // row 3 is IKU-AKIP, marked; row 4 IKU-IPP (NILAI, one ISIAN komponen)
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "IKU", 4, "M", "YA"),
                GalatImpor.di("IKU", 4, "M", "indikator.dari-lke.sudah-ada", "IKU-IPP"));
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "IKU", 4, "M", "mungkin"),
                GalatImpor.di("IKU", 4, "M", "impor.pilihan-tidak-sah", "mungkin", "YA"));
    }

    @Test
    void indikatorGandaDitolak() throws Exception {
        String kode;
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(eksporMeral()))) {
            kode = BukuUji.teks(buku, "IKI", 3, "A");
        }
        ditolakDenganGalat(
                buku -> BukuUji.isi(buku, "IKI", 4, "A", kode),
                GalatImpor.di("IKI", 4, "A", "impor.kode-ganda", "indikator", kode));
    }

    @Test
    void hanyaAdminYangMengimporDanSekcamBolehMengekspor() {
        byte[] meral = eksporMeral();
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        assertThat(eksporRencana.ekspor().isi()).isNotEmpty();
        assertThatThrownBy(() -> imporRencanaExcel.impor(meral, Kemajuan.DIAM))
                .isInstanceOf(AccessDeniedException.class);
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        assertThatThrownBy(() -> eksporRencana.ekspor()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void kodeInstansiYangSudahAdaDitolak() {
        byte[] meral = eksporMeral();
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        assertThat(imporRencanaExcel.impor(meral, Kemajuan.DIAM).galat())
                .containsExactly(GalatImpor.di("Instansi", 3, "A", "impor.instansi-sudah-ada", "MERAL"));
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
    }

    /**
     * Meral's export under a fresh kode with one change; the import must report {@code galat} and
     * leave every table as it was.
     */
    private void ditolakDenganGalat(Consumer<XSSFWorkbook> perubahan, GalatImpor galat) {
        byte[] berkas =
                BukuUji.ubah(BukuUji.sebagaiInstansiBaru(eksporMeral(), KODE_DITOLAK, "Kecamatan Salah"), perubahan);
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        ImporRencanaExcel.Hasil hasil = imporRencanaExcel.impor(berkas, Kemajuan.DIAM);

        assertThat(hasil.berhasil()).isFalse();
        assertThat(hasil.galat()).contains(galat);
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
        assertThat(instansiRepository.findByKode("UJI-SALAH")).isEmpty();
    }
}
