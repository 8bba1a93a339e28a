package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.anggaran.AnggaranService;
import id.kecamatan.kinerja.anggaran.ImporAnggaranExcel;
import id.kecamatan.kinerja.anggaran.TingkatAnggaran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import id.kecamatan.kinerja.cadangan.CadanganService;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.evaluasi.BuktiKriteriaService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.RekomendasiService;
import id.kecamatan.kinerja.evaluasi.StatusTindakLanjut;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService;
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.laporan.BagianTeks;
import id.kecamatan.kinerja.laporan.FormatBerkas;
import id.kecamatan.kinerja.laporan.LaporanEvaluasiService;
import id.kecamatan.kinerja.laporan.LaporanKabupatenService;
import id.kecamatan.kinerja.laporan.LaporanService;
import id.kecamatan.kinerja.laporan.TeksLkjipService;
import id.kecamatan.kinerja.notifikasi.KeamananSmtp;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;
import id.kecamatan.kinerja.notifikasi.PengaturanSurelService;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JenisPenugasan;
import id.kecamatan.kinerja.organisasi.KepalaDaerah;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.pengukuran.CapaianService;
import id.kecamatan.kinerja.pengukuran.PemeriksaAgregat;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService;
import id.kecamatan.kinerja.pengukuran.PohonKinerjaService;
import id.kecamatan.kinerja.publik.JenisDokumenTerbit;
import id.kecamatan.kinerja.publik.PublikService;
import id.kecamatan.kinerja.publik.PublikService.Terbitkan;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.ImporRealisasiExcel;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.rencana.EksporRencana;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.rencana.ImporRencanaExcel;
import id.kecamatan.kinerja.rencana.RencanaContoh;
import id.kecamatan.kinerja.renstra.RenstraService;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.LogKeamananService;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Every public service method refuses a caller who has not signed in, before touching any data; but the public
 * page's reads ({@link #terbukaUntukUmum()}), which serve anyone and change nothing.
 */
@UjiTerpadu
class AksesAnonimTest {

    @Autowired
    RenstraService renstraService;

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    AnggaranService anggaranService;

    @Autowired
    ImporAnggaranExcel imporAnggaranExcel;

    @Autowired
    IndikatorService indikatorService;

    @Autowired
    AkunService akunService;

    @Autowired
    ImporRencana imporRencana;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    RencanaAksiService rencanaAksiService;

    @Autowired
    PohonKinerjaService pohonKinerjaService;

    @Autowired
    TargetService targetService;

    @Autowired
    BuktiDukungService buktiDukungService;

    @Autowired
    CapaianService capaianService;

    @Autowired
    PerbandinganKabupatenService perbandinganKabupatenService;

    @Autowired
    LaporanKabupatenService laporanKabupatenService;

    @Autowired
    PengaturanIndikatorService pengaturanIndikatorService;

    @Autowired
    PengaturanSkorService pengaturanSkorService;

    @Autowired
    PemeriksaAgregat pemeriksaAgregat;

    @Autowired
    EksporRencana eksporRencana;

    @Autowired
    ImporRencanaExcel imporRencanaExcel;

    @Autowired
    ImporRealisasiExcel imporRealisasiExcel;

    @Autowired
    LaporanService laporanService;

    @Autowired
    TeksLkjipService teksLkjipService;

    @Autowired
    CadanganService cadanganService;

    @Autowired
    LogKeamananService logKeamananService;

    @Autowired
    PublikService publikService;

    @Autowired
    EvaluasiService evaluasiService;

    @Autowired
    RekomendasiService rekomendasiService;

    @Autowired
    BuktiKriteriaService buktiKriteriaService;

    @Autowired
    UsulanNilaiAkipService usulanNilaiAkipService;

    @Autowired
    LaporanEvaluasiService laporanEvaluasiService;

    @Autowired
    NotifikasiService notifikasiService;

    @Autowired
    PengaturanSurelService pengaturanSurelService;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    JdbcTemplate jdbc;

    @FunctionalInterface
    interface Panggilan {
        void jalankan(AksesAnonimTest uji) throws Exception;
    }

    static Stream<Named<Panggilan>> semuaPanggilan() {
        return Stream.of(
                Named.of("RenstraService.rencanaStrategis", u -> u.renstraService.rencanaStrategis()),
                Named.of("OrganisasiService.infoInstansi", u -> u.organisasiService.infoInstansi()),
                Named.of("OrganisasiService.struktur", u -> u.organisasiService.struktur()),
                Named.of("OrganisasiService.kepalaDaerah", u -> u.organisasiService.kepalaDaerah()),
                Named.of("AnggaranService.daftar", u -> u.anggaranService.daftar(new Periode(2026, Triwulan.I))),
                Named.of("AnggaranService.pilihanTautan", u -> u.anggaranService.pilihanTautan()),
                Named.of(
                        "AnggaranService.simpan",
                        u -> u.anggaranService.simpan(new AnggaranService.SimpanMataAnggaran(
                                null,
                                null,
                                2026,
                                TingkatAnggaran.PROGRAM,
                                null,
                                "P-UJI-AKSES",
                                "Program uji akses",
                                null,
                                null,
                                null,
                                Map.of()))),
                Named.of("AnggaranService.hapus", u -> u.anggaranService.hapus(1L, 0)),
                Named.of("ImporAnggaranExcel.template", u -> u.imporAnggaranExcel.template(2026)),
                Named.of("ImporAnggaranExcel.impor", u -> u.imporAnggaranExcel.impor(new byte[0], Kemajuan.DIAM)),
                Named.of(
                        "OrganisasiService.simpanKepalaDaerah",
                        u -> u.organisasiService.simpanKepalaDaerah(
                                new KepalaDaerah("Bupati Karimun", "Penyusup", null), 0)),
                Named.of("OrganisasiService.penyusunLkjip", u -> u.organisasiService.penyusunLkjip()),
                Named.of(
                        "OrganisasiService.simpanPenyusunLkjip", u -> u.organisasiService.simpanPenyusunLkjip(null, 0)),
                Named.of("OrganisasiService.daftarPenugasan", u -> u.organisasiService.daftarPenugasan()),
                Named.of("OrganisasiService.pilihanPenugasan", u -> u.organisasiService.pilihanPenugasan()),
                Named.of(
                        "OrganisasiService.tambahPenugasan",
                        u -> u.organisasiService.tambahPenugasan(new OrganisasiService.TambahPenugasan(
                                1L, 1L, JenisPenugasan.PLT, LocalDate.of(2026, 1, 1), null))),
                Named.of(
                        "OrganisasiService.akhiriPenugasan",
                        u -> u.organisasiService.akhiriPenugasan(1L, LocalDate.of(2026, 1, 1), 0)),
                Named.of("IndikatorService.tabelIku", u -> u.indikatorService.tabelIku()),
                Named.of("IndikatorService.daftarJabatan", u -> u.indikatorService.daftarJabatan()),
                Named.of("IndikatorService.jabatanTanpaIndikator", u -> u.indikatorService.jabatanTanpaIndikator()),
                Named.of("IndikatorService.ikiJabatan", u -> u.indikatorService.ikiJabatan(1L)),
                Named.of("AkunService.daftarAkun", u -> u.akunService.daftarAkun()),
                Named.of("AkunService.adaAkun", u -> u.akunService.adaAkun("admin")),
                Named.of(
                        "AkunService.buatAkun",
                        u -> u.akunService.buatAkun("penyusup", "rahasia-sekali", false, null, null)),
                Named.of(
                        "AkunService.buatAkunUntukPegawai",
                        u -> u.akunService.buatAkunUntukPegawai("penyusup", "rahasia-sekali", null)),
                Named.of(
                        "AkunService.jabatanOperator",
                        u -> u.akunService.jabatanOperator(
                                u.instansiRepository.findByKode("MERAL").orElseThrow())),
                Named.of(
                        "AkunService.jabatanEvaluator",
                        u -> u.akunService.jabatanEvaluator(
                                u.instansiRepository.findByKode("MERAL").orElseThrow())),
                Named.of("AkunService.buatAkunEvaluator", u -> u.akunService.buatAkunEvaluator("penyusup", "Penyusup")),
                Named.of(
                        "AkunService.jabatanKabupaten",
                        u -> u.akunService.jabatanKabupaten(
                                u.instansiRepository.findByKode("MERAL").orElseThrow())),
                Named.of("AkunService.buatAkunKabupaten", u -> u.akunService.buatAkunKabupaten("penyusup", "Penyusup")),
                Named.of(
                        "AkunService.gantiPassword",
                        u -> u.akunService.gantiPassword(MasukSebagai.PASSWORD_DEMO, "password-baru-123")),
                Named.of("AkunService.resetPassword", u -> u.akunService.resetPassword("kasi.lh")),
                Named.of("AkunService.nonaktifkan", u -> u.akunService.nonaktifkan("kasi.lh")),
                Named.of("AkunService.aktifkan", u -> u.akunService.aktifkan("kasi.lh")),
                Named.of("LogKeamananService.cari", u -> u.logKeamananService.cari(LogKeamananService.Saringan.SEMUA)),
                Named.of("IndikatorService.targetBerlaku", u -> u.indikatorService.targetBerlaku(List.of(1L), 2026)),
                Named.of("RealisasiService.kinerjaSaya", u -> u.realisasiService.kinerjaSaya(2026)),
                Named.of("RealisasiService.kotakMasuk", u -> u.realisasiService.kotakMasuk()),
                Named.of(
                        "RealisasiService.pratinjau",
                        u -> u.realisasiService.pratinjau(1L, new Periode(2026, Triwulan.I), Map.of())),
                Named.of(
                        "RealisasiService.simpanDraf",
                        u -> u.realisasiService.simpanDraf(new RealisasiService.SimpanDraf(
                                1L, new Periode(2026, Triwulan.I), Map.of(), null, null, null))),
                Named.of("RealisasiService.ajukan", u -> u.realisasiService.ajukan(List.of(1L))),
                Named.of("RealisasiService.setujui", u -> u.realisasiService.setujui(List.of(1L))),
                Named.of("RealisasiService.kembalikan", u -> u.realisasiService.kembalikan(1L, "catatan")),
                Named.of("RealisasiService.bukaKembali", u -> u.realisasiService.bukaKembali(1L, "alasan")),
                Named.of("RealisasiService.riwayat", u -> u.realisasiService.riwayat(1L)),
                Named.of("RealisasiService.ringkasan", u -> u.realisasiService.ringkasan()),
                Named.of("RealisasiService.kinerjaUnit", u -> u.realisasiService.kinerjaUnit(1L, 2026)),
                Named.of(
                        "RealisasiService.kinerjaIndikator",
                        u -> u.realisasiService.kinerjaIndikator(List.of(1L), 2026)),
                Named.of("PohonKinerjaService.pohon", u -> u.pohonKinerjaService.pohon(new Periode(2026, Triwulan.IV))),
                Named.of("RencanaAksiService.milikSaya", u -> u.rencanaAksiService.milikSaya(2026)),
                Named.of("RencanaAksiService.untukIndikator", u -> u.rencanaAksiService.untukIndikator(1L, 2026)),
                Named.of("RencanaAksiService.kotakMasuk", u -> u.rencanaAksiService.kotakMasuk()),
                Named.of(
                        "RencanaAksiService.simpanDraf",
                        u -> u.rencanaAksiService.simpanDraf(
                                new RencanaAksiService.SimpanRencana(1L, 2026, Map.of(), List.of(), null))),
                Named.of("RencanaAksiService.ajukan", u -> u.rencanaAksiService.ajukan(1L)),
                Named.of("RencanaAksiService.setujui", u -> u.rencanaAksiService.setujui(1L)),
                Named.of("RencanaAksiService.kembalikan", u -> u.rencanaAksiService.kembalikan(1L, "catatan")),
                Named.of("RencanaAksiService.bukaKembali", u -> u.rencanaAksiService.bukaKembali(1L, "alasan")),
                Named.of("RencanaAksiService.riwayat", u -> u.rencanaAksiService.riwayat(1L)),
                Named.of(
                        "RencanaAksiService.penyimpangan",
                        u -> u.rencanaAksiService.penyimpangan(new Periode(2026, Triwulan.IV))),
                Named.of("OrganisasiService.daftarUnit", u -> u.organisasiService.daftarUnit()),
                Named.of("TargetService.tabelTarget", u -> u.targetService.tabelTarget(2026)),
                Named.of(
                        "TargetService.simpan",
                        u -> u.targetService.simpan(
                                new TargetService.SimpanTarget(1L, 2026, Map.of(), Map.of(), null))),
                Named.of(
                        "BuktiDukungService.unggah",
                        u -> u.buktiDukungService.unggah(
                                1L, "bukti.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))),
                Named.of("BuktiDukungService.daftar", u -> u.buktiDukungService.daftar(1L)),
                Named.of("BuktiDukungService.unduh", u -> u.buktiDukungService.unduh(1L)),
                Named.of("CapaianService.dasbor", u -> u.capaianService.dasbor(new Periode(2026, Triwulan.I))),
                Named.of(
                        "CapaianService.dasborKecamatan",
                        u -> u.capaianService.dasborKecamatan("MERAL", new Periode(2026, Triwulan.I))),
                Named.of(
                        "PerbandinganKabupatenService.perbandingan",
                        u -> u.perbandinganKabupatenService.perbandingan(new Periode(2026, Triwulan.I))),
                Named.of(
                        "PerbandinganKabupatenService.namaKecamatan",
                        u -> u.perbandinganKabupatenService.namaKecamatan("MERAL")),
                Named.of(
                        "LaporanKabupatenService.perbandingan",
                        u -> u.laporanKabupatenService.perbandingan(new Periode(2026, Triwulan.I), FormatBerkas.XLSX)),
                Named.of("CapaianService.efisiensi", u -> u.capaianService.efisiensi(new Periode(2026, Triwulan.I))),
                Named.of("CapaianService.pengukuran", u -> u.capaianService.pengukuran(new Periode(2026, Triwulan.I))),
                Named.of(
                        "CapaianService.capaianSasaran",
                        u -> u.capaianService.capaianSasaran(new Periode(2026, Triwulan.I))),
                Named.of("PengaturanIndikatorService.daftar", u -> u.pengaturanIndikatorService.daftar()),
                Named.of(
                        "PengaturanIndikatorService.simpan",
                        u -> u.pengaturanIndikatorService.simpan(new PengaturanIndikatorService.UbahIndikator(
                                1L, 0, null, null, null, null, null, false))),
                Named.of(
                        "PengaturanIndikatorService.simpanCascade",
                        u -> u.pengaturanIndikatorService.simpanCascade(1L, Map.of())),
                Named.of("PengaturanSkorService.aturan", u -> u.pengaturanSkorService.aturan()),
                Named.of("PengaturanSkorService.simpan", u -> u.pengaturanSkorService.simpan(null, Map.of())),
                Named.of(
                        "PengaturanSkorService.simpanAmbangEfisiensi",
                        u -> u.pengaturanSkorService.simpanAmbangEfisiensi(BigDecimal.TEN)),
                Named.of(
                        "PengaturanSkorService.simpanKonvensiNegatif",
                        u -> u.pengaturanSkorService.simpanKonvensiNegatif(KonvensiNegatif.KEBALIKAN, 0)),
                Named.of("PemeriksaAgregat.periksa", u -> u.pemeriksaAgregat.periksa()),
                Named.of("ImporRencana.impor", u -> u.imporRencana.impor(RencanaContoh.berkas())),
                Named.of("ImporRencana.imporBaru", u -> u.imporRencana.imporBaru(null)),
                Named.of(
                        "ImporRencana.imporSalinan",
                        u -> u.imporRencana.imporSalinan(RencanaContoh.berkas(), "MERAL", "Kecamatan Meral", "Meral")),
                Named.of("EksporRencana.templateKosong", u -> u.eksporRencana.templateKosong()),
                Named.of("EksporRencana.ekspor", u -> u.eksporRencana.ekspor()),
                Named.of("ImporRencanaExcel.impor", u -> u.imporRencanaExcel.impor(new byte[0], Kemajuan.DIAM)),
                Named.of("ImporRealisasiExcel.template", u -> u.imporRealisasiExcel.template(2034, Triwulan.I)),
                Named.of("ImporRealisasiExcel.impor", u -> u.imporRealisasiExcel.impor(new byte[0], Kemajuan.DIAM)),
                Named.of("LaporanService.jabatanDapatDipilih", u -> u.laporanService.jabatanDapatDipilih()),
                Named.of("LaporanService.bolehSemuaJabatan", u -> u.laporanService.bolehSemuaJabatan()),
                Named.of("LaporanService.tabelIku", u -> u.laporanService.tabelIku(FormatBerkas.PDF)),
                Named.of("LaporanService.pengukuran", u -> u.laporanService.pengukuran(2026, FormatBerkas.PDF)),
                Named.of(
                        "LaporanService.pengukuran",
                        u -> u.laporanService.pengukuran(new Periode(2026, Triwulan.I), FormatBerkas.PDF)),
                Named.of("LaporanService.lkjip", u -> u.laporanService.lkjip(2026, FormatBerkas.DOCX)),
                Named.of("LaporanService.lkjipUntukPublik", u -> u.laporanService.lkjipUntukPublik(2026)),
                Named.of("PublikService.pengaturan", u -> u.publikService.pengaturan()),
                Named.of("EvaluasiService.lembar", u -> u.evaluasiService.lembar(2026)),
                Named.of("LaporanEvaluasiService.lembarKerja", u -> u.laporanEvaluasiService.lembarKerja(2026)),
                Named.of("LaporanEvaluasiService.ringkasan", u -> u.laporanEvaluasiService.ringkasan(2026)),
                Named.of("EvaluasiService.bolehMembuka", u -> u.evaluasiService.bolehMembuka()),
                Named.of("EvaluasiService.buka", u -> u.evaluasiService.buka(2026)),
                Named.of("UsulanNilaiAkipService.keadaan", u -> u.usulanNilaiAkipService.keadaan(2026)),
                Named.of(
                        "UsulanNilaiAkipService.usulkan",
                        u -> u.usulanNilaiAkipService.usulkan(1, BigDecimal.ONE, null)),
                Named.of(
                        "EvaluasiService.jawab",
                        u -> u.evaluasiService.jawab(new EvaluasiService.JawabKriteria(1, "1.a.1", "Y", null, 0))),
                Named.of(
                        "EvaluasiService.tetapkan",
                        u -> u.evaluasiService.tetapkan(
                                new EvaluasiService.TetapkanKriteria(1, "1.a.1", "Y", null, 0))),
                Named.of("EvaluasiService.tetapkanSesuaiUsulan", u -> u.evaluasiService.tetapkanSesuaiUsulan(1)),
                Named.of(
                        "RekomendasiService.tulis",
                        u -> u.rekomendasiService.tulis(
                                new RekomendasiService.TulisRekomendasi(1, null, null, "rekomendasi", 0))),
                Named.of("RekomendasiService.hapus", u -> u.rekomendasiService.hapus(1, 0)),
                Named.of(
                        "RekomendasiService.catatTindakLanjut",
                        u -> u.rekomendasiService.catatTindakLanjut(new RekomendasiService.CatatTindakLanjut(
                                1, "dikerjakan", LocalDate.of(2026, 12, 31), StatusTindakLanjut.PROSES, 0))),
                Named.of("EvaluasiService.pilihanJabatan", u -> u.evaluasiService.pilihanJabatan()),
                Named.of(
                        "EvaluasiService.tugaskan",
                        u -> u.evaluasiService.tugaskan(new EvaluasiService.TugaskanKriteria(1, List.of("1.a.1"), 1L))),
                Named.of(
                        "BuktiKriteriaService.unggah",
                        u -> u.buktiKriteriaService.unggah(1, "1.a.1", "bukti.pdf", new byte[] {1})),
                Named.of("BuktiKriteriaService.daftar", u -> u.buktiKriteriaService.daftar(1, "1.a.1")),
                Named.of("BuktiKriteriaService.unduh", u -> u.buktiKriteriaService.unduh(1)),
                Named.of("BuktiKriteriaService.berkasSaatIni", u -> u.buktiKriteriaService.berkasSaatIni(2026)),
                Named.of("PublikService.aturHalaman", u -> u.publikService.aturHalaman(false, 0)),
                Named.of(
                        "PublikService.terbitkan",
                        u -> u.publikService.terbitkan(
                                new Terbitkan(JenisDokumenTerbit.PENGUKURAN_KINERJA, 2026, null, null))),
                Named.of("PublikService.tarik", u -> u.publikService.tarik(1)),
                Named.of("TeksLkjipService.aksesSaya", u -> u.teksLkjipService.aksesSaya()),
                Named.of("TeksLkjipService.daftar", u -> u.teksLkjipService.daftar(2026)),
                Named.of(
                        "TeksLkjipService.riwayat",
                        u -> u.teksLkjipService.riwayat(2026, BagianTeks.LATAR_BELAKANG, null)),
                Named.of(
                        "TeksLkjipService.simpan",
                        u -> u.teksLkjipService.simpan(2026, BagianTeks.LATAR_BELAKANG, null, "Uji akses.", 0)),
                Named.of("LaporanService.ikiJabatan", u -> u.laporanService.ikiJabatan(1L, FormatBerkas.XLSX)),
                Named.of("LaporanService.ikiSemuaJabatan", u -> u.laporanService.ikiSemuaJabatan(FormatBerkas.PDF)),
                Named.of(
                        "LaporanService.perjanjianKinerja",
                        u -> u.laporanService.perjanjianKinerja(
                                1L, 2026, java.time.LocalDate.of(2026, 1, 2), FormatBerkas.PDF)),
                Named.of("CadanganService.daftar", u -> u.cadanganService.daftar()),
                Named.of("CadanganService.buatSekarang", u -> u.cadanganService.buatSekarang()),
                Named.of("CadanganService.buatTerjadwal", u -> u.cadanganService.buatTerjadwal()),
                Named.of("CadanganService.berkas", u -> u.cadanganService.berkas("kinerja-20261125-013000-000.sql.gz")),
                Named.of(
                        "CadanganService.pulihkan",
                        u -> u.cadanganService.pulihkan("kinerja-20261125-013000-000.sql.gz")),
                Named.of("NotifikasiService.daftarSaya", u -> u.notifikasiService.daftarSaya()),
                Named.of("NotifikasiService.jumlahBelumDibaca", u -> u.notifikasiService.jumlahBelumDibaca()),
                Named.of("NotifikasiService.tandaiDibaca", u -> u.notifikasiService.tandaiDibaca(1L)),
                Named.of("NotifikasiService.tandaiSemuaDibaca", u -> u.notifikasiService.tandaiSemuaDibaca()),
                Named.of("NotifikasiService.profilSaya", u -> u.notifikasiService.profilSaya()),
                Named.of(
                        "NotifikasiService.simpanProfilSaya",
                        u -> u.notifikasiService.simpanProfilSaya("uji@contoh.go.id", true)),
                Named.of("PengaturanSurelService.pengaturan", u -> u.pengaturanSurelService.pengaturan()),
                Named.of(
                        "PengaturanSurelService.simpan",
                        u -> u.pengaturanSurelService.simpan(new PengaturanSurelService.SimpanPengaturan(
                                false, "localhost", 2525, KeamananSmtp.TIDAK_ADA, null, null, false, null, 7))),
                Named.of("PengaturanSurelService.kirimUji", u -> u.pengaturanSurelService.kirimUji("uji@contoh.go.id")),
                Named.of("PengaturanSurelService.antrean", u -> u.pengaturanSurelService.antrean()));
    }

    /** The public page's reads: for anyone, signed in or not (the Camat decides per instansi whether they show). */
    static Stream<Named<Panggilan>> terbukaUntukUmum() {
        return Stream.of(
                Named.of("PublikService.daftar", u -> u.publikService.daftar()),
                Named.of("PublikService.halaman", u -> u.publikService.halaman("MERAL", null)),
                Named.of("PublikService.dokumen", u -> u.publikService.dokumen("MERAL", 1)));
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @ParameterizedTest
    @MethodSource("semuaPanggilan")
    void tanpaAutentikasiDitolak(Panggilan panggilan) {
        MasukSebagai.keluar();
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        assertThatThrownBy(() -> panggilan.jalankan(this))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
    }

    /** Refused, changing nothing but the one row of the security log that records the refusal. */
    @ParameterizedTest
    @MethodSource("semuaPanggilan")
    void penggunaAnonimDitolak(Panggilan panggilan) {
        MasukSebagai.anonim();
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);
        long idLogTerakhir = jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);

        assertThatThrownBy(() -> panggilan.jalankan(this)).isInstanceOf(AccessDeniedException.class);

        Map<String, Long> sesudah = JumlahBaris.semuaTabel(jdbc);
        assertThat(sesudah.get("log_keamanan")).isEqualTo(sebelum.get("log_keamanan") + 1);
        sesudah.remove("log_keamanan");
        sebelum.remove("log_keamanan");
        assertThat(sesudah).isEqualTo(sebelum);
        assertThat(jdbc.queryForMap("select username, peristiwa from log_keamanan where id > ?", idLogTerakhir))
                .containsEntry("username", "anonymousUser")
                .containsEntry("peristiwa", "AKSES_DITOLAK");
    }

    /** Served without signing in, writing nothing: no row anywhere, no refusal in the security log. */
    @ParameterizedTest
    @MethodSource("terbukaUntukUmum")
    void halamanPublikTerbukaTanpaMenulisApaPun(Panggilan panggilan) throws Exception {
        for (Runnable masuk : List.<Runnable>of(MasukSebagai::keluar, MasukSebagai::anonim)) {
            masuk.run();
            Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

            panggilan.jalankan(this);

            assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
        }
    }

    /**
     * The lists above are complete: every public method of every public @Service of the portal is in it, so a new
     * service or method without an access decision makes this test fail.
     */
    @Test
    void daftarPanggilanMencakupSemuaMetodePublik() throws ClassNotFoundException {
        var pemindai = new ClassPathScanningCandidateComponentProvider(false);
        pemindai.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> layanan = new ArrayList<>();
        for (var kandidat : pemindai.findCandidateComponents("id.kecamatan.kinerja")) {
            Class<?> kelas = Class.forName(kandidat.getBeanClassName());
            if (Modifier.isPublic(kelas.getModifiers())) {
                layanan.add(kelas);
            }
        }
        assertThat(layanan)
                .contains(
                        RealisasiService.class,
                        BuktiDukungService.class,
                        AkunService.class,
                        ImporRencana.class,
                        EksporRencana.class,
                        ImporRencanaExcel.class,
                        ImporRealisasiExcel.class,
                        LogKeamananService.class);
        long jumlahMetode = layanan.stream()
                .flatMap(kelas -> Stream.of(kelas.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .count();

        assertThat(semuaPanggilan().count() + terbukaUntukUmum().count()).isEqualTo(jumlahMetode);
    }
}
