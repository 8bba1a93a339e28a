package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.anggaran.AnggaranService;
import id.kecamatan.kinerja.anggaran.AnggaranService.SimpanMataAnggaran;
import id.kecamatan.kinerja.anggaran.MataAnggaran;
import id.kecamatan.kinerja.anggaran.MataAnggaranRepository;
import id.kecamatan.kinerja.anggaran.TingkatAnggaran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.evaluasi.BuktiKriteriaService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TetapkanKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TugaskanKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiUji;
import id.kecamatan.kinerja.evaluasi.RekomendasiService;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.CatatTindakLanjut;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.TulisRekomendasi;
import id.kecamatan.kinerja.evaluasi.StatusTindakLanjut;
import id.kecamatan.kinerja.evaluasi.UsulanNilaiAkipService;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService.UbahIndikator;
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.laporan.BagianTeks;
import id.kecamatan.kinerja.laporan.FormatBerkas;
import id.kecamatan.kinerja.laporan.LaporanService;
import id.kecamatan.kinerja.laporan.TeksLkjipService;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;
import id.kecamatan.kinerja.notifikasi.NotifikasiUji;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.JenisPenugasan;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.OrganisasiService.TambahPenugasan;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.PegawaiRepository;
import id.kecamatan.kinerja.publik.DokumenTerbitUji;
import id.kecamatan.kinerja.publik.PublikService;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.SimpanRencana;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.rencana.KecamatanUji;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.LogKeamananService;
import id.kecamatan.kinerja.security.LogKeamananService.Saringan;
import jakarta.persistence.Entity;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

/**
 * Isolation between instansi: every public service method that takes the id of an instansi's row (or the row itself,
 * or an account's username), called by each role of Meral (the columns of {@link MatriksAksesTest#PERAN}, so a new
 * role is called too) with the id of a row of another kecamatan ({@link #KODE}, a kecamatan of this test's own with
 * rows of every kind), is refused with an AccessDeniedException, writes exactly one AKSES_DITOLAK row naming the
 * method to the security log, and changes nothing (content checksum of every table but the security log). Every call
 * runs in a transaction that is rolled back. {@link #setiapMetodeDenganIdDiuji()} keeps the list complete: a new
 * public service method with such a parameter fails it until it has a case here.
 */
@UjiTerpadu
class IsolasiInstansiTest {

    /** The other kecamatan: Meral's plan imported under this kode, with accounts of its own (KecamatanUji). */
    static final String KODE = InstansiUji.milik(IsolasiInstansiTest.class, "ISOLASI");
    /** The year of the other kecamatan's rows and of Meral's evaluation this test needs. */
    static final int TAHUN = TahunUji.bebas(IsolasiInstansiTest.class);

    /**
     * Public service methods that take an id-like parameter and are not about rows of one instansi, with why.
     */
    static final Map<String, String> BUKAN_MILIK_INSTANSI = Map.of(
            "AkunService.adaAkun", "a username is unique across the portal: a new one is checked against all",
            "AkunService.buatAkunEvaluator", "a new username, for an account of the Admin's own instansi",
            "AkunService.buatAkunKabupaten", "a new username, for an account of the Admin's own instansi",
            "PengaturanSurelService.simpan", "the username of the office's SMTP server, not of a portal account");

    @Autowired
    ApplicationContext ctx;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    RencanaAksiService rencanaAksiService;

    @Autowired
    BuktiDukungService buktiDukungService;

    @Autowired
    IndikatorService indikatorService;

    @Autowired
    TargetService targetService;

    @Autowired
    PengaturanIndikatorService pengaturanIndikatorService;

    @Autowired
    LaporanService laporanService;

    @Autowired
    TeksLkjipService teksLkjipService;

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    AnggaranService anggaranService;

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
    NotifikasiService notifikasiService;

    @Autowired
    AkunService akunService;

    @Autowired
    LogKeamananService logKeamananService;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    JabatanRepository jabatanRepository;

    @Autowired
    PegawaiRepository pegawaiRepository;

    @Autowired
    MataAnggaranRepository mataAnggaranRepository;

    @FunctionalInterface
    interface Panggilan {
        void jalankan() throws Exception;
    }

    /** The other kecamatan's rows, one of each kind a service method takes by id; made once per database. */
    record KecamatanLain(
            long instansiId,
            String kasi,
            long iki,
            long iku,
            long versiIki,
            long jabatan,
            long unitKerja,
            long pegawai,
            long pegawaiTanpaAkun,
            long penugasan,
            long versiPenugasan,
            long sasaran,
            long draf,
            long diajukan,
            long disetujui,
            long bukti,
            long rencanaDraf,
            long rencanaDiajukan,
            long rencanaDisetujui,
            long evaluasi,
            long rekomendasi,
            long buktiKriteria,
            long dokumen,
            long notifikasi,
            long mataAnggaran,
            long versiMataAnggaran) {}

    KecamatanLain b;

    @BeforeEach
    void siapkanKecamatanLain() {
        String kasi = KecamatanUji.kasiPemerintahan(ctx, KODE);
        long instansi = id("select id from instansi where kode = ?", KODE);
        long iki = id("select id from indikator where instansi_id = ? and kode = 'IKI-KASI-PEM-1'", instansi);
        long iku = id("select min(id) from indikator where instansi_id = ? and jenis = 'IKU'", instansi);
        long jabatan = id("select pemilik_id from indikator where id = ?", iki);
        long penugasan = id("""
                select min(p.id) from penugasan p join jabatan j on j.id = p.jabatan_id
                where j.instansi_id = ? and p.selesai is null""", instansi);
        long draf = realisasi(iki, Triwulan.I, StatusRealisasi.DRAF);
        long disetujui = realisasi(iki, Triwulan.III, StatusRealisasi.DISETUJUI);
        long evaluasi = EvaluasiUji.buka(ctx, KODE, TAHUN);
        EvaluasiUji.tugaskan(ctx, evaluasi, "1.a.2", "KASI-PEM");
        long mata = mataAnggaran(instansi);
        b = new KecamatanLain(
                instansi,
                kasi,
                iki,
                iku,
                id("select version from indikator where id = ?", iki),
                jabatan,
                id("select unit_kerja_id from jabatan where id = ?", jabatan),
                id("select pegawai_id from penugasan where id = ?", penugasan),
                sekali(
                        "select min(id) from pegawai where instansi_id = ? and nama = 'Pegawai tanpa akun'",
                        instansi,
                        () -> pegawaiRepository
                                .save(new Pegawai(
                                        instansiRepository.findById(instansi).orElseThrow(),
                                        "Pegawai tanpa akun",
                                        null,
                                        false))
                                .getId()),
                penugasan,
                id("select version from penugasan where id = ?", penugasan),
                id("select min(id) from sasaran where instansi_id = ?", instansi),
                draf,
                realisasi(iki, Triwulan.II, StatusRealisasi.DIAJUKAN),
                disetujui,
                bukti(disetujui),
                rencanaAksi(iki, TAHUN, StatusRealisasi.DRAF),
                rencanaAksi(iki, TAHUN + 1, StatusRealisasi.DIAJUKAN),
                rencanaAksi(iki, TAHUN + 2, StatusRealisasi.DISETUJUI),
                evaluasi,
                EvaluasiUji.rekomendasi(ctx, evaluasi),
                EvaluasiUji.bukti(ctx, evaluasi, "1.a.1"),
                sekali(
                        "select min(id) from dokumen_terbit where instansi_id = ?",
                        instansi,
                        () -> DokumenTerbitUji.tulis(ctx, KODE, TAHUN)),
                sekali(
                        "select min(n.id) from notifikasi n join akun a on a.id = n.akun_id where a.username = ?",
                        kasi,
                        () -> NotifikasiUji.untuk(ctx, kasi)),
                mata,
                id("select version from mata_anggaran where id = ?", mata));
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    /** Every call with a row of the other kecamatan: "Kelas.metode[which row]". */
    Map<String, Panggilan> panggilan() {
        Map<String, Panggilan> v = new LinkedHashMap<>();
        Periode tw1 = new Periode(TAHUN, Triwulan.I);
        LocalDate awal = LocalDate.of(TAHUN, 1, 1);
        // Meral's own rows, for the calls that join one of them to the other kecamatan's
        long meral = id("select id from instansi where kode = 'MERAL'");
        long ikiMeral = id("select id from indikator where instansi_id = ? and kode = 'IKI-KASI-PEM-1'", meral);
        long jabatanMeral = id("select pemilik_id from indikator where id = ?", ikiMeral);
        long pegawaiMeral = id("select min(id) from pegawai where instansi_id = ?", meral);
        long evaluasiMeral = EvaluasiUji.buka(ctx, "MERAL", TAHUN);

        // plan, indicators and targets
        v.put("IndikatorService.ikiJabatan[jabatan]", () -> indikatorService.ikiJabatan(b.jabatan()));
        v.put(
                "IndikatorService.targetBerlaku[indikator]",
                () -> indikatorService.targetBerlaku(List.of(b.iki()), TAHUN));
        v.put(
                "TargetService.simpan[indikator]",
                () -> targetService.simpan(new TargetService.SimpanTarget(b.iki(), TAHUN, Map.of(), Map.of(), null)));
        v.put(
                "PengaturanIndikatorService.simpan[indikator]",
                () -> pengaturanIndikatorService.simpan(
                        new UbahIndikator(b.iki(), b.versiIki(), null, null, null, null, null, false)));
        v.put(
                "PengaturanIndikatorService.simpanCascade[iki]",
                () -> pengaturanIndikatorService.simpanCascade(b.iki(), Map.of()));
        v.put(
                "PengaturanIndikatorService.simpanCascade[iku, iki sendiri]",
                () -> pengaturanIndikatorService.simpanCascade(ikiMeral, Map.of(b.iku(), BigDecimal.ONE)));
        v.put(
                "TeksLkjipService.riwayat[sasaran]",
                () -> teksLkjipService.riwayat(TAHUN, BagianTeks.ANALISIS_SASARAN, b.sasaran()));
        v.put(
                "TeksLkjipService.simpan[sasaran]",
                () -> teksLkjipService.simpan(TAHUN, BagianTeks.ANALISIS_SASARAN, b.sasaran(), "Analisis.", 0));

        // realisasi, bukti dukung, Rencana Aksi
        v.put("RealisasiService.pratinjau[indikator]", () -> realisasiService.pratinjau(b.iki(), tw1, Map.of()));
        v.put(
                "RealisasiService.simpanDraf[indikator]",
                () -> realisasiService.simpanDraf(new SimpanDraf(b.iki(), tw1, Map.of(), null, null, 0L)));
        v.put("RealisasiService.ajukan[draf]", () -> realisasiService.ajukan(List.of(b.draf())));
        v.put("RealisasiService.setujui[diajukan]", () -> realisasiService.setujui(List.of(b.diajukan())));
        v.put("RealisasiService.kembalikan[diajukan]", () -> realisasiService.kembalikan(b.diajukan(), "perbaiki"));
        v.put("RealisasiService.bukaKembali[disetujui]", () -> realisasiService.bukaKembali(b.disetujui(), "salah"));
        v.put("RealisasiService.riwayat[draf]", () -> realisasiService.riwayat(b.draf()));
        v.put("RealisasiService.riwayat[disetujui]", () -> realisasiService.riwayat(b.disetujui()));
        v.put("RealisasiService.kinerjaUnit[unit kerja]", () -> realisasiService.kinerjaUnit(b.unitKerja(), TAHUN));
        v.put(
                "RealisasiService.kinerjaIndikator[indikator]",
                () -> realisasiService.kinerjaIndikator(List.of(b.iki()), TAHUN));
        v.put(
                "BuktiDukungService.unggah[draf]",
                () -> buktiDukungService.unggah(b.draf(), "isolasi.pdf", BuktiUji.PDF));
        v.put("BuktiDukungService.daftar[disetujui]", () -> buktiDukungService.daftar(b.disetujui()));
        v.put("BuktiDukungService.unduh[bukti]", () -> buktiDukungService.unduh(b.bukti()));
        v.put(
                "RencanaAksiService.simpanDraf[indikator]",
                () -> rencanaAksiService.simpanDraf(new SimpanRencana(b.iki(), TAHUN, Map.of(), List.of(), 0L)));
        v.put("RencanaAksiService.untukIndikator[indikator]", () -> rencanaAksiService.untukIndikator(b.iki(), TAHUN));
        v.put("RencanaAksiService.ajukan[draf]", () -> rencanaAksiService.ajukan(b.rencanaDraf()));
        v.put("RencanaAksiService.setujui[diajukan]", () -> rencanaAksiService.setujui(b.rencanaDiajukan()));
        v.put(
                "RencanaAksiService.kembalikan[diajukan]",
                () -> rencanaAksiService.kembalikan(b.rencanaDiajukan(), "perbaiki"));
        v.put(
                "RencanaAksiService.bukaKembali[disetujui]",
                () -> rencanaAksiService.bukaKembali(b.rencanaDisetujui(), "berubah"));
        v.put("RencanaAksiService.riwayat[draf]", () -> rencanaAksiService.riwayat(b.rencanaDraf()));

        // reports
        v.put("LaporanService.ikiJabatan[jabatan]", () -> laporanService.ikiJabatan(b.jabatan(), FormatBerkas.PDF));
        v.put(
                "LaporanService.perjanjianKinerja[jabatan]",
                () -> laporanService.perjanjianKinerja(b.jabatan(), TAHUN, awal.plusDays(1), FormatBerkas.PDF));

        // organisation and accounts
        v.put(
                "OrganisasiService.tambahPenugasan[pegawai]",
                () -> organisasiService.tambahPenugasan(
                        new TambahPenugasan(b.pegawai(), jabatanMeral, JenisPenugasan.PLT, awal, null)));
        v.put(
                "OrganisasiService.tambahPenugasan[jabatan, pegawai sendiri]",
                () -> organisasiService.tambahPenugasan(
                        new TambahPenugasan(pegawaiMeral, b.jabatan(), JenisPenugasan.PLT, awal, null)));
        v.put(
                "OrganisasiService.akhiriPenugasan[penugasan]",
                () -> organisasiService.akhiriPenugasan(b.penugasan(), awal, b.versiPenugasan()));
        v.put(
                "OrganisasiService.simpanPenyusunLkjip[jabatan]",
                () -> organisasiService.simpanPenyusunLkjip(
                        b.jabatan(), id("select version from instansi where id = ?", meral)));
        v.put("AkunService.resetPassword[akun]", () -> akunService.resetPassword(b.kasi()));
        v.put("AkunService.nonaktifkan[akun]", () -> akunService.nonaktifkan(b.kasi()));
        v.put("AkunService.aktifkan[akun]", () -> akunService.aktifkan(b.kasi()));
        v.put(
                "AkunService.buatAkun[pegawai dan jabatan]",
                () -> akunService.buatAkun(
                        "isolasi.baru",
                        "rahasia-sekali-123",
                        false,
                        new Pegawai(instansiRepository.getReferenceById(b.instansiId()), "Penyusup", null, false),
                        jabatanRepository.getReferenceById(b.jabatan())));
        v.put(
                "AkunService.buatAkunUntukPegawai[pegawai]",
                () -> akunService.buatAkunUntukPegawai(
                        "isolasi.baru",
                        "rahasia-sekali-123",
                        pegawaiRepository.getReferenceById(b.pegawaiTanpaAkun())));
        v.put(
                "AkunService.jabatanOperator[instansi]",
                () -> akunService.jabatanOperator(instansiRepository.getReferenceById(b.instansiId())));
        v.put(
                "AkunService.jabatanEvaluator[instansi]",
                () -> akunService.jabatanEvaluator(instansiRepository.getReferenceById(b.instansiId())));
        v.put(
                "AkunService.jabatanKabupaten[instansi]",
                () -> akunService.jabatanKabupaten(instansiRepository.getReferenceById(b.instansiId())));
        // a login of the other kecamatan's account, newest of all, in the call's transaction: the log's search skips it
        String loginLain = "insert into log_keamanan (waktu, username, peristiwa)"
                + " values (now(6) + interval 1 day, ?, 'LOGIN_BERHASIL')";
        v.put("LogKeamananService.cari[akun]", () -> {
            jdbc.update(loginLain, b.kasi());
            tersembunyi(logKeamananService.cari(new Saringan(Optional.of(b.kasi()), Optional.empty())));
        });
        v.put("LogKeamananService.cari[semua]", () -> {
            jdbc.update(loginLain, b.kasi());
            tersembunyi(logKeamananService.cari(Saringan.SEMUA).stream()
                    .filter(l -> b.kasi().equals(l.username()))
                    .toList());
        });
        v.put("NotifikasiService.tandaiDibaca[notifikasi]", () -> notifikasiService.tandaiDibaca(b.notifikasi()));

        // budget
        v.put(
                "AnggaranService.simpan[mata anggaran]",
                () -> anggaranService.simpan(mataAnggaran(b.mataAnggaran(), b.versiMataAnggaran(), null, null, null)));
        v.put(
                "AnggaranService.simpan[induk]",
                () -> anggaranService.simpan(mataAnggaran(null, null, b.mataAnggaran(), null, null)));
        v.put(
                "AnggaranService.simpan[sasaran]",
                () -> anggaranService.simpan(mataAnggaran(null, null, null, b.sasaran(), null)));
        // an indicator is linked to a sub-kegiatan only: one under a kegiatan of Meral's, made in the call's
        // transaction
        v.put("AnggaranService.simpan[indikator]", () -> {
            var instansiMeral = instansiRepository.findById(meral).orElseThrow();
            var program = mataAnggaranRepository.save(
                    new MataAnggaran(instansiMeral, TAHUN, TingkatAnggaran.PROGRAM, null, "P-ISOLASI", "Program"));
            var kegiatan = mataAnggaranRepository.save(
                    new MataAnggaran(instansiMeral, TAHUN, TingkatAnggaran.KEGIATAN, program, "K-ISOLASI", "Kegiatan"));
            anggaranService.simpan(new SimpanMataAnggaran(
                    null,
                    null,
                    TAHUN,
                    TingkatAnggaran.SUB_KEGIATAN,
                    kegiatan.getId(),
                    "S-ISOLASI",
                    "Sub kegiatan",
                    null,
                    b.iki(),
                    null,
                    Map.of()));
        });
        v.put(
                "AnggaranService.hapus[mata anggaran]",
                () -> anggaranService.hapus(b.mataAnggaran(), b.versiMataAnggaran()));

        // Evaluasi AKIP
        String versiJawaban = "select version from jawaban_kriteria where evaluasi_id = ? and kriteria = '1.a.2'";
        v.put(
                "EvaluasiService.jawab[evaluasi]",
                () -> evaluasiService.jawab(
                        new JawabKriteria(b.evaluasi(), "1.a.2", "Y", null, id(versiJawaban, b.evaluasi()))));
        v.put(
                "EvaluasiService.tetapkan[evaluasi]",
                () -> evaluasiService.tetapkan(
                        new TetapkanKriteria(b.evaluasi(), "1.a.2", "Y", null, id(versiJawaban, b.evaluasi()))));
        v.put(
                "EvaluasiService.tetapkanSesuaiUsulan[evaluasi]",
                () -> evaluasiService.tetapkanSesuaiUsulan(b.evaluasi()));
        v.put(
                "EvaluasiService.tugaskan[evaluasi]",
                () -> evaluasiService.tugaskan(new TugaskanKriteria(b.evaluasi(), List.of("1.a.3"), b.jabatan())));
        v.put(
                "EvaluasiService.tugaskan[jabatan, evaluasi sendiri]",
                () -> evaluasiService.tugaskan(new TugaskanKriteria(evaluasiMeral, List.of("1.a.3"), b.jabatan())));
        v.put(
                "UsulanNilaiAkipService.usulkan[evaluasi]",
                () -> usulanNilaiAkipService.usulkan(b.evaluasi(), BigDecimal.ONE, null));
        v.put(
                "RekomendasiService.tulis[evaluasi]",
                () -> rekomendasiService.tulis(new TulisRekomendasi(b.evaluasi(), null, "1.a.1", "rekomendasi", 0)));
        v.put(
                "RekomendasiService.tulis[rekomendasi, evaluasi sendiri]",
                () -> rekomendasiService.tulis(
                        new TulisRekomendasi(evaluasiMeral, b.rekomendasi(), "1.a.1", "diubah", 0)));
        v.put("RekomendasiService.hapus[rekomendasi]", () -> rekomendasiService.hapus(b.rekomendasi(), 0));
        v.put(
                "RekomendasiService.catatTindakLanjut[rekomendasi]",
                () -> rekomendasiService.catatTindakLanjut(new CatatTindakLanjut(
                        b.rekomendasi(), "dikerjakan", LocalDate.of(TAHUN, 12, 31), StatusTindakLanjut.PROSES, 0)));
        v.put(
                "BuktiKriteriaService.unggah[evaluasi]",
                () -> buktiKriteriaService.unggah(b.evaluasi(), "1.a.2", "isolasi.pdf", BuktiUji.PDF));
        v.put("BuktiKriteriaService.daftar[evaluasi]", () -> buktiKriteriaService.daftar(b.evaluasi(), "1.a.1"));
        v.put("BuktiKriteriaService.unduh[bukti kriteria]", () -> buktiKriteriaService.unduh(b.buktiKriteria()));

        // published documents: withdrawing, and the public page of Meral (switched on here) asked for the other's
        v.put("PublikService.tarik[dokumen]", () -> publikService.tarik(b.dokumen()));
        v.put("PublikService.dokumen[dokumen, halaman publik Meral]", () -> {
            jdbc.update("update instansi set halaman_publik = true where kode = 'MERAL'");
            tersembunyi(publikService.dokumen("MERAL", b.dokumen()));
        });
        return v;
    }

    /**
     * A read that serves a search rather than a row asked for by id (the public page, for anyone; the security log's
     * search) has no one to refuse: a row of another instansi is simply not found, and nothing is logged.
     */
    private static void tersembunyi(Optional<?> hasil) {
        tersembunyi(hasil.stream().toList());
    }

    private static void tersembunyi(List<?> hasil) {
        if (hasil.isEmpty()) {
            throw new TidakDitemukan();
        }
    }

    /** Thrown by this test, not by a service: the row was not found, which a public read does instead of refusing. */
    private static final class TidakDitemukan extends RuntimeException {
        TidakDitemukan() {
            super("tidak ditemukan");
        }
    }

    @Test
    void setiapPeranDitolakPadaBarisKecamatanLain() {
        Map<String, Panggilan> semua = panggilan();
        Map<String, String> peran = new LinkedHashMap<>(MatriksAksesTest.PERAN);
        peran.values().removeIf(akun -> akun == null);
        List<String> beda = new ArrayList<>();
        int kasus = 0;
        // how each call ended, for the reader: refused for the role (method security), for the instansi, by another
        // rule (e.g. not the indicator's owner), or not found
        Map<String, Integer> akhir = new TreeMap<>();
        for (var p : semua.entrySet()) {
            String metode = p.getKey().replaceFirst("\\[.*]$", "");
            Map<String, Long> sebelum = isiSemuaTabel();
            for (var akun : peran.entrySet()) {
                String sel = p.getKey() + " × " + akun.getKey();
                long logTerakhir = id("select coalesce(max(id), 0) from log_keamanan");
                MasukSebagai.pengguna(userDetailsService, akun.getValue());
                String hasil = jalankanLaluBatalkan(p.getValue());
                MasukSebagai.keluar();
                kasus++;
                List<String> log = jdbc.queryForList(
                        "select concat(peristiwa, ' ', coalesce(detail, '')) from log_keamanan where id > ? order by id",
                        String.class,
                        logTerakhir);
                if (hasil.equals("tidak ditemukan")) {
                    akhir.merge(hasil, 1, Integer::sum);
                    if (!log.isEmpty()) {
                        beda.add(sel + ": not found, but wrote " + log + " to the security log");
                    }
                } else if (!hasil.startsWith("ditolak")) {
                    beda.add(sel + ": not refused: " + hasil);
                } else if (log.size() != 1 || !log.getFirst().startsWith("AKSES_DITOLAK " + metode + ": ")) {
                    beda.add(sel + ": " + hasil + ", wrote " + log + " to the security log; expected one row"
                            + " AKSES_DITOLAK " + metode + ": …");
                } else {
                    String detail = log.getFirst();
                    String sebab = detail.contains(": tidak memenuhi ")
                            ? "peran"
                            : detail.endsWith(" di instansi lain") ? "instansi" : "aturan lain";
                    akhir.merge(sebab, 1, Integer::sum);
                }
            }
            Map<String, Long> sesudah = isiSemuaTabel();
            if (!sesudah.equals(sebelum)) {
                beda.add(p.getKey() + ": changed tables "
                        + sebelum.keySet().stream()
                                .filter(t -> !sebelum.get(t).equals(sesudah.get(t)))
                                .toList());
            }
        }
        System.out.println("Isolasi instansi: " + semua.size() + " panggilan × " + peran.size() + " peran = " + kasus
                + " kasus " + akhir);
        beda.forEach(d -> System.out.println("BOCOR " + d));
        assertThat(beda)
                .as("calls by Meral's roles on rows of kecamatan %s that were not refused once and logged once", KODE)
                .isEmpty();
    }

    /**
     * Every public service method that takes an id (a Long, a collection or map of them, a record holding one, an
     * entity, a username) has a call above, or a reason in {@link #BUKAN_MILIK_INSTANSI}.
     */
    @Test
    void setiapMetodeDenganIdDiuji() throws Exception {
        Set<String> diuji = panggilan().keySet().stream()
                .map(n -> n.replaceFirst("\\[.*]$", ""))
                .collect(Collectors.toSet());
        Set<String> denganId = new TreeSet<>();
        for (Method m : MatriksAksesTest.layananPublik()) {
            var parameter = m.getParameters();
            if (Stream.of(parameter).anyMatch(p -> menyebutId(p.getParameterizedType(), p.getName(), 0))) {
                denganId.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
            }
        }
        assertThat(denganId)
                .as("the scan finds the methods it is meant to")
                .contains(
                        "RealisasiService.ajukan",
                        "AnggaranService.simpan",
                        "PengaturanIndikatorService.simpanCascade",
                        "AkunService.buatAkun",
                        "AkunService.nonaktifkan");
        Set<String> tanpaPanggilan = new TreeSet<>(denganId);
        tanpaPanggilan.removeAll(diuji);
        tanpaPanggilan.removeAll(BUKAN_MILIK_INSTANSI.keySet());
        assertThat(tanpaPanggilan)
                .as("public service methods taking an id without a call in IsolasiInstansiTest.panggilan()")
                .isEmpty();
        Set<String> usang = new TreeSet<>(diuji);
        usang.addAll(BUKAN_MILIK_INSTANSI.keySet());
        usang.removeAll(denganId);
        assertThat(usang)
                .as("calls of methods the scan does not find (renamed?)")
                .isEmpty();
    }

    /**
     * Whether a parameter (or a record's component, or a type argument) names a row: a Long or long that is not a
     * version, an entity, or a username.
     */
    static boolean menyebutId(Type tipe, String nama, int kedalaman) {
        if (kedalaman > 4 || nama.startsWith("versi")) {
            return false;
        }
        if (tipe instanceof ParameterizedType p) {
            return menyebutId(p.getRawType(), nama, kedalaman)
                    || Stream.of(p.getActualTypeArguments()).anyMatch(a -> menyebutId(a, nama, kedalaman + 1));
        }
        if (tipe instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds()).anyMatch(a -> menyebutId(a, nama, kedalaman + 1));
        }
        if (!(tipe instanceof Class<?> kelas)) {
            return false;
        }
        if (kelas == Long.class || kelas == long.class || kelas.isAnnotationPresent(Entity.class)) {
            return true;
        }
        if (kelas == String.class) {
            return nama.equals("username");
        }
        if (kelas.isRecord()) {
            return Stream.of(kelas.getRecordComponents())
                    .anyMatch(k -> menyebutId(k.getGenericType(), k.getName(), kedalaman + 1));
        }
        return false;
    }

    /** "ditolak: …" for an AccessDeniedException, "tidak ditemukan", or what else the call ended in. */
    private String jalankanLaluBatalkan(Panggilan panggilan) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            try {
                panggilan.jalankan();
                return "selesai";
            } catch (TidakDitemukan e) {
                return e.getMessage();
            } catch (AccessDeniedException e) {
                return "ditolak: " + e.getClass().getSimpleName();
            } catch (Exception e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        });
    }

    private SimpanMataAnggaran mataAnggaran(Long id, Long versi, Long induk, Long sasaran, Long indikator) {
        return new SimpanMataAnggaran(
                id,
                versi,
                TAHUN,
                induk == null ? TingkatAnggaran.PROGRAM : TingkatAnggaran.KEGIATAN,
                induk,
                "P-ISOLASI-BARU",
                "Mata anggaran uji isolasi",
                sasaran,
                indikator,
                null,
                Map.of());
    }

    /** MariaDB's checksum of every table but the security log, which records each refusal on purpose. */
    private Map<String, Long> isiSemuaTabel() {
        String tabel = jdbc.queryForList("""
                select concat('`', table_name, '`') from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' and table_name <> 'log_keamanan'""", String.class).stream().collect(Collectors.joining(", "));
        Map<String, Long> isi = new TreeMap<>();
        jdbc.query("checksum table " + tabel, rs -> {
            isi.put(rs.getString(1), rs.getLong(2));
        });
        return isi;
    }

    private long id(String sql, Object... argumen) {
        Long id = jdbc.queryForObject(sql, Long.class, argumen);
        if (id == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return id;
    }

    private long sekali(String sql, Object argumen, java.util.function.LongSupplier buat) {
        Long ada = jdbc.queryForObject(sql, Long.class, argumen);
        return ada != null ? ada : buat.getAsLong();
    }

    private long realisasi(long indikator, Triwulan triwulan, StatusRealisasi status) {
        List<Long> ada = jdbc.queryForList(
                "select id from realisasi where indikator_id = ? and tahun = ? and triwulan = ?",
                Long.class,
                indikator,
                TAHUN,
                triwulan.ordinal() + 1);
        return ada.isEmpty()
                ? RealisasiUji.tulis(ctx, indikator, new Periode(TAHUN, triwulan), status, Map.of())
                : ada.getFirst();
    }

    private long rencanaAksi(long indikator, int tahun, StatusRealisasi status) {
        return sekali(
                "select min(id) from rencana_aksi where indikator_id = " + indikator + " and tahun = ?",
                tahun,
                () -> RealisasiUji.rencanaAksi(ctx, indikator, tahun, status));
    }

    private long bukti(long realisasi) {
        return sekali(
                "select min(id) from bukti_dukung where realisasi_id = ?",
                realisasi,
                () -> RealisasiUji.bukti(ctx, realisasi, "bukti.pdf", "application/pdf", BuktiUji.PDF, "isolasi"));
    }

    private long mataAnggaran(long instansi) {
        return sekali(
                "select min(id) from mata_anggaran where instansi_id = ?",
                instansi,
                () -> mataAnggaranRepository
                        .save(new MataAnggaran(
                                instansiRepository.findById(instansi).orElseThrow(),
                                TAHUN,
                                TingkatAnggaran.PROGRAM,
                                null,
                                "P-ISOLASI",
                                "Program kecamatan lain"))
                        .getId());
    }
}
