package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.anggaran.AnggaranService;
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
import id.kecamatan.kinerja.indikator.TargetService;
import id.kecamatan.kinerja.laporan.FormatBerkas;
import id.kecamatan.kinerja.laporan.LaporanService;
import id.kecamatan.kinerja.notifikasi.NotifikasiService;
import id.kecamatan.kinerja.notifikasi.NotifikasiUji;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JenisPenugasan;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.publik.DokumenTerbitUji;
import id.kecamatan.kinerja.publik.PublikService;
import id.kecamatan.kinerja.realisasi.BuktiDukungService;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.rencana.RencanaContoh;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access matrix of docs/ARCHITECTURE.md §5: every public service method, called as each role, against the expected table in
 * {@code src/test/resources/akses/matriks-akses.csv} (method × role → IZIN/TOLAK). A call is IZIN when it passes the
 * access decision — method security and the service's ownership checks — whatever it does next (a domain error
 * such as AturanDilanggar is still IZIN); TOLAK when it ends in AccessDeniedException or
 * AuthenticationCredentialsNotFoundException. Every call runs in a transaction that is rolled back, and the
 * content checksum of every table but the security log is compared around each line of the matrix (so an update
 * left behind shows too, not only a new row). The security log is checked per call instead: a refused call wrote
 * exactly one row, naming the line's service method; any other call (allowed, or a row a filtering method hid)
 * wrote no refusal. On any difference the whole actual table is printed in the file's format, so a reviewer can diff it
 * against the file.
 *
 * <p><b>A new public service method</b>: besides the call in {@link AksesAnonimTest#semuaPanggilan()} (which the
 * build already requires), add one line {@code Kelas.metode, anonim, staf, kepala_unit, sekcam, camat, admin} to the
 * CSV with what ARCHITECTURE.md §5 says each role may do. The line is called with the arguments of that
 * AksesAnonimTest call. Only when the answer depends on whose data it is (ownership), add lines
 * {@code Kelas.metode[...]} and their calls in {@link #varian()}, on this test's own rows of {@link #TAHUN}, and no
 * plain line: harmless ids such as 1 would then give answers that depend on which test ran first.
 *
 * <p>The matrix is the place to see what each role may do; {@link #setiapMetodePublikPunyaKeputusanAkses()} keeps it
 * complete and keeps every method behind an access decision.
 */
@UjiTerpadu
class MatriksAksesTest {

    static final String BERKAS = "/akses/matriks-akses.csv";
    static final String IZIN = "IZIN";
    static final String TOLAK = "TOLAK";
    /** Neither: the call failed in the test's own code, so it says nothing about access. */
    static final String GALAT = "GALAT";
    /** The year of this test's own realisasi: handed out, so it has not started and no screen reaches it. */
    static final int TAHUN = TahunUji.bebas(MatriksAksesTest.class);
    /** The years of this test's own Rencana Aksi submitted and approved (one plan per indicator and year). */
    static final int TAHUN_RENCANA_DIAJUKAN = TahunUji.bebas(MatriksAksesTest.class);

    static final int TAHUN_RENCANA_DISETUJUI = TahunUji.bebas(MatriksAksesTest.class);
    /** An id no row has. */
    static final long TIDAK_ADA = -1L;

    /** The columns: the role's name in the CSV and the demo account signed in for it (null: anonymous). */
    static final Map<String, String> PERAN = new LinkedHashMap<>();

    static {
        PERAN.put("anonim", null);
        PERAN.put("staf", "adm.perizinan");
        PERAN.put("kepala_unit", "kasi.pemerintahan");
        PERAN.put("sekcam", "sekcam");
        PERAN.put("camat", "camat");
        PERAN.put("admin", "admin");
        PERAN.put("evaluator", "evaluator");
        PERAN.put("kabupaten", "kabupaten");
    }

    /** The kecamatan of this test's own second instansi (the plan of seed/kecamatan-contoh.yaml under this kode). */
    static final String INSTANSI_LAIN = InstansiUji.milik(MatriksAksesTest.class, "MATRIKS");

    /**
     * The instansi and indicator whose rows stand for each column's own data ("milik X" in the CSV), and for a
     * section of another kecamatan ("milik instansi_lain").
     */
    static final Map<String, List<String>> INDIKATOR_MILIK = Map.of(
            "staf", List.of("MERAL", "IKI-ADM-IZIN-1"),
            "kepala_unit", List.of("MERAL", "IKI-KASI-PEM-1"),
            "sekcam", List.of("MERAL", "IKI-SEKCAM-1"),
            "camat", List.of("MERAL", "IKU-AKIP"),
            "instansi_lain", List.of(INSTANSI_LAIN, "IKI-KASI-PELAYANAN-1"));

    @Autowired
    AutowireCapableBeanFactory beanFactory;

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
    LaporanService laporanService;

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
    InstansiRepository instansiRepository;

    @Autowired
    MataAnggaranRepository mataAnggaranRepository;

    @Autowired
    PengaturanIndikatorService pengaturanIndikatorService;

    @Autowired
    ImporRencana imporRencana;

    @Autowired
    NotifikasiService notifikasiService;

    /** A notification of kasi.pemerintahan's account, for the id guessing of the others. */
    long notifikasiKasi;

    /** Per owner ("staf", ...): the test's rows of {@link #TAHUN}. */
    record Milik(
            Long indikatorId,
            Long unitKerjaId,
            Long draf,
            Long diajukan,
            Long disetujui,
            Long buktiDraf,
            Long buktiDisetujui,
            Long rencanaDraf,
            Long rencanaDiajukan,
            Long rencanaDisetujui) {}

    final Map<String, Milik> milik = new LinkedHashMap<>();

    @FunctionalInterface
    interface Panggilan {
        void jalankan() throws Exception;
    }

    @BeforeEach
    void siapkanBarisSendiri() {
        RencanaContoh.impor(imporRencana, INSTANSI_LAIN);
        notifikasiKasi = NotifikasiUji.untuk(ctx, PERAN.get("kepala_unit"));
        for (var e : INDIKATOR_MILIK.entrySet()) {
            Long indikatorId = jdbc.queryForObject(
                    """
                    select i.id from indikator i join instansi s on s.id = i.instansi_id
                    where s.kode = ? and i.kode = ?""", Long.class, e.getValue().get(0), e.getValue().get(1));
            Long unitKerjaId = jdbc.queryForObject(
                    "select j.unit_kerja_id from indikator i join jabatan j on " + "j.id = i.pemilik_id where i.id = ?",
                    Long.class,
                    indikatorId);
            Long draf = realisasi(indikatorId, 1, "DRAF");
            Long diajukan = realisasi(indikatorId, 2, "DIAJUKAN");
            Long disetujui = realisasi(indikatorId, 3, "DISETUJUI");
            milik.put(
                    e.getKey(),
                    new Milik(
                            indikatorId,
                            unitKerjaId,
                            draf,
                            diajukan,
                            disetujui,
                            bukti(draf),
                            bukti(disetujui),
                            rencanaAksi(indikatorId, TAHUN, StatusRealisasi.DRAF),
                            rencanaAksi(indikatorId, TAHUN_RENCANA_DIAJUKAN, StatusRealisasi.DIAJUKAN),
                            rencanaAksi(indikatorId, TAHUN_RENCANA_DISETUJUI, StatusRealisasi.DISETUJUI)));
        }
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    /** The calls whose answer depends on whose row it is: "Kelas.metode[...]" lines of the CSV. */
    Map<String, Panggilan> varian() {
        Map<String, Panggilan> v = new LinkedHashMap<>();
        Milik lain = milik.get("instansi_lain");
        Long jabatanLain =
                jdbc.queryForObject("select pemilik_id from indikator where id = ?", Long.class, lain.indikatorId());
        v.put("IndikatorService.ikiJabatan[jabatan instansi_lain]", () -> indikatorService.ikiJabatan(jabatanLain));
        v.put(
                "TargetService.simpan[indikator instansi_lain]",
                () -> targetService.simpan(
                        new TargetService.SimpanTarget(lain.indikatorId(), TAHUN, Map.of(), Map.of(), null)));
        v.putAll(penugasan());
        v.putAll(anggaran());
        v.putAll(dokumenTerbit());
        v.putAll(evaluasi());
        v.putAll(tidakAda());
        v.put(
                "NotifikasiService.tandaiDibaca[milik kepala_unit]",
                () -> notifikasiService.tandaiDibaca(notifikasiKasi));
        v.put("NotifikasiService.tandaiDibaca[tidak ada]", () -> notifikasiService.tandaiDibaca(TIDAK_ADA));
        milik.forEach((pemilik, m) -> {
            Long jabatan =
                    jdbc.queryForObject("select pemilik_id from indikator where id = ?", Long.class, m.indikatorId());
            v.put(
                    "LaporanService.ikiJabatan[jabatan milik " + pemilik + "]",
                    () -> laporanService.ikiJabatan(jabatan, FormatBerkas.PDF));
            v.put(
                    "LaporanService.perjanjianKinerja[jabatan milik " + pemilik + "]",
                    () -> laporanService.perjanjianKinerja(
                            jabatan, TAHUN, LocalDate.of(TAHUN, 1, 2), FormatBerkas.XLSX));
            v.put(
                    "RealisasiService.simpanDraf[milik " + pemilik + "]",
                    () -> realisasiService.simpanDraf(
                            new SimpanDraf(m.indikatorId(), new Periode(TAHUN, Triwulan.I), Map.of(), null, null, 0L)));
            v.put(
                    "RealisasiService.pratinjau[milik " + pemilik + "]",
                    () -> realisasiService.pratinjau(m.indikatorId(), new Periode(TAHUN, Triwulan.I), Map.of()));
            v.put(
                    "RealisasiService.ajukan[draf milik " + pemilik + "]",
                    () -> realisasiService.ajukan(List.of(m.draf())));
            v.put(
                    "BuktiDukungService.unggah[draf milik " + pemilik + "]",
                    () -> buktiDukungService.unggah(m.draf(), "matriks.pdf", BuktiUji.PDF));
            v.put(
                    "RealisasiService.setujui[diajukan milik " + pemilik + "]",
                    () -> realisasiService.setujui(List.of(m.diajukan())));
            v.put(
                    "RealisasiService.kembalikan[diajukan milik " + pemilik + "]",
                    () -> realisasiService.kembalikan(m.diajukan(), "perbaiki"));
            v.put(
                    "RealisasiService.bukaKembali[disetujui milik " + pemilik + "]",
                    () -> realisasiService.bukaKembali(m.disetujui(), "salah hitung"));
            v.put(
                    "RealisasiService.kotakMasuk[diajukan milik " + pemilik + " tampak]",
                    () -> tampak(realisasiService.kotakMasuk().stream()
                            .anyMatch(b -> b.realisasiId().equals(m.diajukan()))));
            v.putAll(rencanaAksi(pemilik, m));
            for (var status :
                    Map.of("draf", m.draf(), "disetujui", m.disetujui()).entrySet()) {
                String baris = "[" + status.getKey() + " milik " + pemilik + "]";
                Long bukti = status.getKey().equals("draf") ? m.buktiDraf() : m.buktiDisetujui();
                v.put("RealisasiService.riwayat" + baris, () -> realisasiService.riwayat(status.getValue()));
                v.put("BuktiDukungService.daftar" + baris, () -> buktiDukungService.daftar(status.getValue()));
                v.put("BuktiDukungService.unduh" + baris, () -> buktiDukungService.unduh(bukti));
                if (m.unitKerjaId() != null) {
                    v.put(
                            "RealisasiService.kinerjaUnit[" + status.getKey() + " milik " + pemilik + " tampak]",
                            () -> tampak(realisasiService.kinerjaUnit(m.unitKerjaId(), TAHUN).stream()
                                    .filter(b -> b.indikatorId().equals(m.indikatorId()))
                                    .flatMap(b -> b.triwulan().stream())
                                    .anyMatch(sel ->
                                            sel != null && sel.realisasiId().equals(status.getValue()))));
                }
            }
        });
        return v;
    }

    /** The Rencana Aksi workflow on the plans of one column's indicator (or of the other kecamatan's). */
    private Map<String, Panggilan> rencanaAksi(String pemilik, Milik m) {
        Map<String, Panggilan> v = new LinkedHashMap<>();
        String kelas = "RencanaAksiService.";
        v.put(
                kelas + "simpanDraf[milik " + pemilik + "]",
                () -> rencanaAksiService.simpanDraf(
                        new RencanaAksiService.SimpanRencana(m.indikatorId(), TAHUN, Map.of(), List.of(), 0L)));
        v.put(kelas + "ajukan[draf milik " + pemilik + "]", () -> rencanaAksiService.ajukan(m.rencanaDraf()));
        v.put(kelas + "setujui[diajukan milik " + pemilik + "]", () -> rencanaAksiService.setujui(m.rencanaDiajukan()));
        v.put(
                kelas + "kembalikan[diajukan milik " + pemilik + "]",
                () -> rencanaAksiService.kembalikan(m.rencanaDiajukan(), "perbaiki"));
        v.put(
                kelas + "bukaKembali[disetujui milik " + pemilik + "]",
                () -> rencanaAksiService.bukaKembali(m.rencanaDisetujui(), "target berubah"));
        v.put(kelas + "riwayat[draf milik " + pemilik + "]", () -> rencanaAksiService.riwayat(m.rencanaDraf()));
        v.put(
                kelas + "untukIndikator[draf milik " + pemilik + " tampak]",
                () -> tampak(rencanaAksiService
                                .untukIndikator(m.indikatorId(), TAHUN)
                                .rencanaId()
                        != null));
        v.put(
                kelas + "kotakMasuk[diajukan milik " + pemilik + " tampak]",
                () -> tampak(rencanaAksiService.kotakMasuk().stream()
                        .anyMatch(r -> m.rencanaDiajukan().equals(r.rencanaId()))));
        return v;
    }

    /** Adding and ending assignments of pegawai of the Admin's own kecamatan and of the other one. */
    private Map<String, Panggilan> penugasan() {
        Map<String, Panggilan> v = new LinkedHashMap<>();
        for (String kode : List.of("MERAL", INSTANSI_LAIN)) {
            String siapa = kode.equals("MERAL") ? "sendiri" : "instansi_lain";
            Long pegawai = jdbc.queryForObject(
                    "select min(p.id) from pegawai p join instansi s on s.id = p.instansi_id where s.kode = ?",
                    Long.class,
                    kode);
            Long jabatan = jdbc.queryForObject(
                    "select min(j.id) from jabatan j join instansi s on s.id = j.instansi_id where s.kode = ?",
                    Long.class,
                    kode);
            Long penugasan = jdbc.queryForObject("""
                    select min(p.id) from penugasan p join jabatan j on j.id = p.jabatan_id
                    join instansi s on s.id = j.instansi_id where s.kode = ?""", Long.class, kode);
            long versi = jdbc.queryForObject("select version from penugasan where id = ?", Long.class, penugasan);
            v.put(
                    "OrganisasiService.tambahPenugasan[pegawai " + siapa + "]",
                    () -> organisasiService.tambahPenugasan(new OrganisasiService.TambahPenugasan(
                            pegawai, jabatan, JenisPenugasan.PLT, LocalDate.of(TAHUN, 1, 1), null)));
            v.put(
                    "OrganisasiService.akhiriPenugasan[penugasan " + siapa + "]",
                    () -> organisasiService.akhiriPenugasan(penugasan, LocalDate.of(TAHUN, 1, 1), versi));
        }
        return v;
    }

    /** Changing and deleting a budget row of the other kecamatan, or one that does not exist. */
    private Map<String, Panggilan> anggaran() {
        Instansi lain = instansiRepository.findByKode(INSTANSI_LAIN).orElseThrow();
        MataAnggaran program = mataAnggaranRepository.findByInstansiDanTahun(lain.getId(), TAHUN).stream()
                .findFirst()
                .orElseGet(() -> {
                    return mataAnggaranRepository.save(new MataAnggaran(
                            lain, TAHUN, TingkatAnggaran.PROGRAM, null, "P-MATRIKS", "Program kecamatan lain"));
                });
        Map<String, Panggilan> v = new LinkedHashMap<>();
        for (Long id : new Long[] {program.getId(), TIDAK_ADA}) {
            String siapa = id == TIDAK_ADA ? "tidak ada" : "instansi_lain";
            v.put(
                    "AnggaranService.simpan[mata anggaran " + siapa + "]",
                    () -> anggaranService.simpan(new AnggaranService.SimpanMataAnggaran(
                            id,
                            program.getVersion(),
                            TAHUN,
                            TingkatAnggaran.PROGRAM,
                            null,
                            "P-MATRIKS",
                            "Diubah",
                            null,
                            null,
                            null,
                            Map.of())));
            v.put(
                    "AnggaranService.hapus[mata anggaran " + siapa + "]",
                    () -> anggaranService.hapus(id, program.getVersion()));
        }
        return v;
    }

    /**
     * Answering, assigning and the files of kriteria of Meral's evaluation (the Sekcam's own) and of the other
     * kecamatan's; "tugas kepala_unit": a kriteria assigned to kasi.pemerintahan's jabatan.
     */
    private Map<String, Panggilan> evaluasi() {
        long sendiri = EvaluasiUji.buka(ctx, "MERAL", TAHUN);
        long lain = EvaluasiUji.buka(ctx, INSTANSI_LAIN, TAHUN);
        Map<String, Panggilan> v = new LinkedHashMap<>();
        v.put(
                "EvaluasiService.jawab[evaluasi sendiri]",
                () -> evaluasiService.jawab(
                        new JawabKriteria(sendiri, "1.a.1", "Y", null, EvaluasiService.BELUM_DIJAWAB)));
        v.put(
                "EvaluasiService.jawab[evaluasi instansi_lain]",
                () -> evaluasiService.jawab(
                        new JawabKriteria(lain, "1.a.1", "Y", null, EvaluasiService.BELUM_DIJAWAB)));
        v.put(
                "EvaluasiService.jawab[tidak ada]",
                () -> evaluasiService.jawab(
                        new JawabKriteria(TIDAK_ADA, "1.a.1", "Y", null, EvaluasiService.BELUM_DIJAWAB)));
        Map<String, Long> evaluasi = new LinkedHashMap<>();
        evaluasi.put("evaluasi sendiri", sendiri);
        evaluasi.put("evaluasi instansi_lain", lain);
        evaluasi.put("tidak ada", TIDAK_ADA);
        evaluasi.forEach((apa, id) -> {
            v.put(
                    "EvaluasiService.tetapkan[" + apa + "]",
                    () -> evaluasiService.tetapkan(
                            new TetapkanKriteria(id, "1.a.1", "Y", null, EvaluasiService.BELUM_DIJAWAB)));
            v.put("EvaluasiService.tetapkanSesuaiUsulan[" + apa + "]", () -> evaluasiService.tetapkanSesuaiUsulan(id));
            v.put(
                    "RekomendasiService.tulis[" + apa + "]",
                    () -> rekomendasiService.tulis(new TulisRekomendasi(id, null, null, "rekomendasi", 0)));
        });
        // the evaluator's recommendation: the Sekcam may record its follow-up, not change it
        Map<String, Long> rekomendasi = new LinkedHashMap<>();
        rekomendasi.put("rekomendasi sendiri", EvaluasiUji.rekomendasi(ctx, sendiri));
        rekomendasi.put("rekomendasi instansi_lain", EvaluasiUji.rekomendasi(ctx, lain));
        rekomendasi.put("tidak ada", TIDAK_ADA);
        LocalDate batas = LocalDate.of(TAHUN, 12, 31);
        rekomendasi.forEach((apa, id) -> {
            v.put(
                    "RekomendasiService.tulis[ubah " + apa + "]",
                    () -> rekomendasiService.tulis(new TulisRekomendasi(sendiri, id, null, "diubah", 0)));
            v.put("RekomendasiService.hapus[" + apa + "]", () -> rekomendasiService.hapus(id, 0));
            v.put(
                    "RekomendasiService.catatTindakLanjut[" + apa + "]",
                    () -> rekomendasiService.catatTindakLanjut(
                            new CatatTindakLanjut(id, "dikerjakan", batas, StatusTindakLanjut.PROSES, 0)));
        });

        // 1.a.2 assigned to kasi.pemerintahan's jabatan, 1.a.3 to none; a file on each and on the other kecamatan's
        EvaluasiUji.tugaskan(ctx, sendiri, "1.a.2", "KASI-PEM");
        long buktiTugas = EvaluasiUji.bukti(ctx, sendiri, "1.a.2");
        long buktiTanpaTugas = EvaluasiUji.bukti(ctx, sendiri, "1.a.3");
        long buktiLain = EvaluasiUji.bukti(ctx, lain, "1.a.1");
        Long versiTugas = jdbc.queryForObject(
                "select version from jawaban_kriteria where evaluasi_id = ? and kriteria = '1.a.2'",
                Long.class,
                sendiri);
        Long jabatanKasi = jdbc.queryForObject(
                "select id from jabatan where instansi_id = (select instansi_id from evaluasi_akip where id = ?)"
                        + " and kode = 'KASI-PEM'",
                Long.class,
                sendiri);
        Long jabatanLain = jdbc.queryForObject(
                "select min(id) from jabatan where instansi_id = (select instansi_id from evaluasi_akip where id = ?)"
                        + " and peran = 'KEPALA_UNIT'",
                Long.class,
                lain);
        v.put(
                "EvaluasiService.jawab[tugas kepala_unit]",
                () -> evaluasiService.jawab(new JawabKriteria(sendiri, "1.a.2", "Y", null, versiTugas)));
        v.put(
                "EvaluasiService.tugaskan[evaluasi sendiri]",
                () -> evaluasiService.tugaskan(new TugaskanKriteria(sendiri, List.of("1.a.4"), jabatanKasi)));
        v.put(
                "EvaluasiService.tugaskan[evaluasi instansi_lain]",
                () -> evaluasiService.tugaskan(new TugaskanKriteria(lain, List.of("1.a.4"), jabatanLain)));
        v.put(
                "EvaluasiService.tugaskan[jabatan instansi_lain]",
                () -> evaluasiService.tugaskan(new TugaskanKriteria(sendiri, List.of("1.a.4"), jabatanLain)));
        v.put(
                "EvaluasiService.tugaskan[tidak ada]",
                () -> evaluasiService.tugaskan(new TugaskanKriteria(TIDAK_ADA, List.of("1.a.4"), jabatanKasi)));
        v.put(
                "BuktiKriteriaService.unggah[tugas kepala_unit]",
                () -> buktiKriteriaService.unggah(sendiri, "1.a.2", "matriks.pdf", BuktiUji.PDF));
        v.put(
                "BuktiKriteriaService.unggah[evaluasi sendiri tidak ditugaskan]",
                () -> buktiKriteriaService.unggah(sendiri, "1.a.3", "matriks.pdf", BuktiUji.PDF));
        v.put(
                "BuktiKriteriaService.unggah[evaluasi instansi_lain]",
                () -> buktiKriteriaService.unggah(lain, "1.a.1", "matriks.pdf", BuktiUji.PDF));
        v.put(
                "BuktiKriteriaService.unggah[tidak ada]",
                () -> buktiKriteriaService.unggah(TIDAK_ADA, "1.a.1", "matriks.pdf", BuktiUji.PDF));
        v.put("BuktiKriteriaService.daftar[tugas kepala_unit]", () -> buktiKriteriaService.daftar(sendiri, "1.a.2"));
        v.put(
                "BuktiKriteriaService.daftar[evaluasi sendiri tidak ditugaskan]",
                () -> buktiKriteriaService.daftar(sendiri, "1.a.3"));
        v.put("BuktiKriteriaService.daftar[evaluasi instansi_lain]", () -> buktiKriteriaService.daftar(lain, "1.a.1"));
        v.put("BuktiKriteriaService.daftar[tidak ada]", () -> buktiKriteriaService.daftar(TIDAK_ADA, "1.a.1"));
        v.put("BuktiKriteriaService.unduh[tugas kepala_unit]", () -> buktiKriteriaService.unduh(buktiTugas));
        v.put(
                "BuktiKriteriaService.unduh[evaluasi sendiri tidak ditugaskan]",
                () -> buktiKriteriaService.unduh(buktiTanpaTugas));
        v.put("BuktiKriteriaService.unduh[evaluasi instansi_lain]", () -> buktiKriteriaService.unduh(buktiLain));
        v.put("BuktiKriteriaService.unduh[tidak ada]", () -> buktiKriteriaService.unduh(TIDAK_ADA));
        // Meral's evaluation has no answer: the owner passes the access decision and meets "belum dinilai"
        v.put(
                "UsulanNilaiAkipService.usulkan[evaluasi sendiri]",
                () -> usulanNilaiAkipService.usulkan(sendiri, BigDecimal.ONE, null));
        v.put(
                "UsulanNilaiAkipService.usulkan[evaluasi instansi_lain]",
                () -> usulanNilaiAkipService.usulkan(lain, BigDecimal.ONE, null));
        v.put(
                "UsulanNilaiAkipService.usulkan[tidak ada]",
                () -> usulanNilaiAkipService.usulkan(TIDAK_ADA, BigDecimal.ONE, null));
        return v;
    }

    /** Withdrawing a published document of Meral (the Camat's own) and of the other kecamatan. */
    private Map<String, Panggilan> dokumenTerbit() {
        long sendiri = DokumenTerbitUji.tulis(ctx, "MERAL", TAHUN);
        long lain = DokumenTerbitUji.tulis(ctx, INSTANSI_LAIN, TAHUN);
        Map<String, Panggilan> v = new LinkedHashMap<>();
        v.put("PublikService.tarik[dokumen sendiri]", () -> publikService.tarik(sendiri));
        v.put("PublikService.tarik[dokumen instansi_lain]", () -> publikService.tarik(lain));
        return v;
    }

    /** Every id a service looks up, asked for with an id that does not exist: "Kelas.metode[... tidak ada]". */
    private Map<String, Panggilan> tidakAda() {
        Map<String, Panggilan> v = new LinkedHashMap<>();
        v.put("IndikatorService.ikiJabatan[jabatan tidak ada]", () -> indikatorService.ikiJabatan(TIDAK_ADA));
        v.put("PublikService.tarik[tidak ada]", () -> publikService.tarik(TIDAK_ADA));
        v.put(
                "TargetService.simpan[indikator tidak ada]",
                () -> targetService.simpan(new TargetService.SimpanTarget(TIDAK_ADA, TAHUN, Map.of(), Map.of(), null)));
        v.put(
                "PengaturanIndikatorService.simpan[indikator tidak ada]",
                () -> pengaturanIndikatorService.simpan(new PengaturanIndikatorService.UbahIndikator(
                        TIDAK_ADA, 0, null, null, null, null, null, false)));
        v.put(
                "PengaturanIndikatorService.simpanCascade[indikator tidak ada]",
                () -> pengaturanIndikatorService.simpanCascade(TIDAK_ADA, Map.of()));
        v.put(
                "LaporanService.ikiJabatan[jabatan tidak ada]",
                () -> laporanService.ikiJabatan(TIDAK_ADA, FormatBerkas.PDF));
        v.put(
                "LaporanService.perjanjianKinerja[jabatan tidak ada]",
                () -> laporanService.perjanjianKinerja(TIDAK_ADA, TAHUN, LocalDate.of(TAHUN, 1, 2), FormatBerkas.PDF));
        v.put(
                "RealisasiService.pratinjau[indikator tidak ada]",
                () -> realisasiService.pratinjau(TIDAK_ADA, new Periode(TAHUN, Triwulan.I), Map.of()));
        v.put(
                "RealisasiService.simpanDraf[indikator tidak ada]",
                () -> realisasiService.simpanDraf(
                        new SimpanDraf(TIDAK_ADA, new Periode(TAHUN, Triwulan.I), Map.of(), null, null, null)));
        v.put("RealisasiService.ajukan[tidak ada]", () -> realisasiService.ajukan(List.of(TIDAK_ADA)));
        v.put("RealisasiService.setujui[tidak ada]", () -> realisasiService.setujui(List.of(TIDAK_ADA)));
        v.put("RealisasiService.kembalikan[tidak ada]", () -> realisasiService.kembalikan(TIDAK_ADA, "perbaiki"));
        v.put("RealisasiService.bukaKembali[tidak ada]", () -> realisasiService.bukaKembali(TIDAK_ADA, "salah hitung"));
        v.put("RealisasiService.riwayat[tidak ada]", () -> realisasiService.riwayat(TIDAK_ADA));
        v.put(
                "RencanaAksiService.simpanDraf[indikator tidak ada]",
                () -> rencanaAksiService.simpanDraf(
                        new RencanaAksiService.SimpanRencana(TIDAK_ADA, TAHUN, Map.of(), List.of(), null)));
        v.put(
                "RencanaAksiService.untukIndikator[indikator tidak ada]",
                () -> rencanaAksiService.untukIndikator(TIDAK_ADA, TAHUN));
        v.put("RencanaAksiService.ajukan[tidak ada]", () -> rencanaAksiService.ajukan(TIDAK_ADA));
        v.put("RencanaAksiService.setujui[tidak ada]", () -> rencanaAksiService.setujui(TIDAK_ADA));
        v.put("RencanaAksiService.kembalikan[tidak ada]", () -> rencanaAksiService.kembalikan(TIDAK_ADA, "perbaiki"));
        v.put(
                "RencanaAksiService.bukaKembali[tidak ada]",
                () -> rencanaAksiService.bukaKembali(TIDAK_ADA, "target berubah"));
        v.put("RencanaAksiService.riwayat[tidak ada]", () -> rencanaAksiService.riwayat(TIDAK_ADA));
        v.put(
                "BuktiDukungService.unggah[tidak ada]",
                () -> buktiDukungService.unggah(TIDAK_ADA, "matriks.pdf", BuktiUji.PDF));
        v.put("BuktiDukungService.daftar[tidak ada]", () -> buktiDukungService.daftar(TIDAK_ADA));
        v.put("BuktiDukungService.unduh[tidak ada]", () -> buktiDukungService.unduh(TIDAK_ADA));
        v.put(
                "OrganisasiService.tambahPenugasan[pegawai tidak ada]",
                () -> organisasiService.tambahPenugasan(new OrganisasiService.TambahPenugasan(
                        TIDAK_ADA, TIDAK_ADA, JenisPenugasan.PLT, LocalDate.of(TAHUN, 1, 1), null)));
        v.put(
                "OrganisasiService.akhiriPenugasan[tidak ada]",
                () -> organisasiService.akhiriPenugasan(TIDAK_ADA, LocalDate.of(TAHUN, 1, 1), 0));
        return v;
    }

    /** A method that filters instead of refusing: a row it hides counts as refused, but nothing was refused to log. */
    private static void tampak(boolean tampak) {
        if (!tampak) {
            throw new BarisTersembunyi();
        }
    }

    /** Thrown by this test, not by a service, so it cannot be taken for a refusal. */
    private static final class BarisTersembunyi extends RuntimeException {
        BarisTersembunyi() {
            super("baris tidak ditampilkan");
        }
    }

    @Test
    void aksesSetiapPeranSesuaiMatriks() throws Exception {
        List<List<String>> diharapkan = bacaMatriks();
        Map<String, Panggilan> panggilan = semuaPanggilan();
        List<String> tanpaPanggilan = diharapkan.stream()
                .map(List::getFirst)
                .filter(nama -> !panggilan.containsKey(nama))
                .toList();
        assertThat(tanpaPanggilan)
                .as(
                        "lines of %s without a call in AksesAnonimTest.semuaPanggilan() or "
                                + "MatriksAksesTest.varian()",
                        BERKAS)
                .isEmpty();

        List<List<String>> aktual = new ArrayList<>();
        Map<String, String> alasan = new LinkedHashMap<>();
        List<String> beda = new ArrayList<>();
        for (List<String> baris : diharapkan) {
            String nama = baris.getFirst();
            Map<String, Long> sebelum = isiSemuaTabel();
            List<String> hasil = new ArrayList<>(List.of(nama));
            for (var peran : PERAN.entrySet()) {
                String sel = nama + " × " + peran.getKey();
                long logTerakhir = logTerakhir();
                masuk(peran.getValue());
                Hasil h = jalankanLaluBatalkan(panggilan.get(nama));
                MasukSebagai.keluar();
                hasil.add(h.keputusan());
                alasan.put(sel, h.keterangan());
                periksaLogKeamanan(sel, metode(nama), h, logTerakhir).ifPresent(beda::add);
            }
            assertThat(isiSemuaTabel()).as("table checksums after %s", nama).isEqualTo(sebelum);
            aktual.add(hasil);
        }

        for (int i = 0; i < diharapkan.size(); i++) {
            int kolom = 1;
            for (String peran : PERAN.keySet()) {
                String harap = diharapkan.get(i).get(kolom);
                String dapat = aktual.get(i).get(kolom);
                if (!harap.equals(dapat)) {
                    String sel = diharapkan.get(i).getFirst() + " × " + peran;
                    beda.add(sel + ": expected " + harap + ", actual " + dapat + " (" + alasan.get(sel) + ")");
                }
                kolom++;
            }
        }
        System.out.println("Matriks akses aktual (" + aktual.size() + " baris × " + PERAN.size() + " peran, "
                + layananPublik().size() + " metode publik):");
        System.out.println(tabel(aktual));
        // what an IZIN that did not complete ran into, so a reviewer sees it passed the access decision
        for (int i = 0; i < aktual.size(); i++) {
            int kolom = 1;
            for (String peran : PERAN.keySet()) {
                String sel = aktual.get(i).getFirst() + " × " + peran;
                if (aktual.get(i).get(kolom++).equals(IZIN) && !alasan.get(sel).equals("selesai")) {
                    System.out.println("IZIN, lalu " + sel + ": " + alasan.get(sel));
                }
            }
        }
        beda.forEach(b -> System.out.println("BEDA " + b));
        assertThat(beda)
                .as("differences from %s or in the security log; the actual table is printed above", BERKAS)
                .isEmpty();
    }

    /**
     * Every public service method has an access decision (a @PreAuthorize on it or its class that is not
     * "permitAll", unless the matrix says on purpose that everyone may call it: the public page's reads) and at least
     * one line in the matrix.
     */
    @Test
    void setiapMetodePublikPunyaKeputusanAkses() throws Exception {
        List<Method> metode = layananPublik();
        assertThat(metode)
                .extracting(MatriksAksesTest::nama)
                .contains("RealisasiService.simpanDraf", "AkunService.daftarAkun", "ImporRencana.impor");

        Set<String> untukSemua = bacaMatriks().stream()
                .filter(b -> b.subList(1, b.size()).stream().allMatch(IZIN::equals))
                .map(b -> metode(b.getFirst()))
                .collect(Collectors.toSet());
        List<String> tanpaKeputusan = metode.stream()
                .filter(m -> !untukSemua.contains(nama(m)))
                .filter(m -> {
                    PreAuthorize aturan = m.getAnnotation(PreAuthorize.class);
                    if (aturan == null) {
                        aturan = m.getDeclaringClass().getAnnotation(PreAuthorize.class);
                    }
                    return aturan == null || aturan.value().replace(" ", "").matches("permitAll(\\(\\))?");
                })
                .map(MatriksAksesTest::nama)
                .toList();
        assertThat(tanpaKeputusan)
                .as("public service methods without an access decision")
                .isEmpty();

        Set<String> diMatriks =
                bacaMatriks().stream().map(b -> metode(b.getFirst())).collect(Collectors.toSet());
        Set<String> tidakDiMatriks = metode.stream()
                .map(MatriksAksesTest::nama)
                .filter(n -> !diMatriks.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(tidakDiMatriks)
                .as("public service methods missing from %s", BERKAS)
                .isEmpty();
    }

    /**
     * IZIN or TOLAK; what the call ended in; {@code ditolak}: a service refused it (so it must have written one row
     * of the security log), as opposed to a row a filtering method hid.
     */
    record Hasil(String keputusan, String keterangan, boolean ditolak) {}

    /** The call, as the signed-in user, in a transaction that is always rolled back. */
    private Hasil jalankanLaluBatalkan(Panggilan panggilan) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            try {
                panggilan.jalankan();
                return new Hasil(IZIN, "selesai", false);
            } catch (BarisTersembunyi e) {
                return new Hasil(TOLAK, e.getMessage(), false);
            } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
                return new Hasil(TOLAK, e.getClass().getSimpleName() + ": " + e.getMessage(), true);
            } catch (Exception e) {
                String keterangan = e.getClass().getSimpleName() + ": " + e.getMessage();
                // a slip of the test itself (e.g. a bean field left without @Autowired) is neither answer
                return new Hasil(dariUjiSendiri(e) ? GALAT : IZIN, keterangan, false);
            }
        });
    }

    /** Whether the exception was thrown by the call's own test code, not by the service it calls. */
    private static boolean dariUjiSendiri(Exception e) {
        StackTraceElement[] jejak = e.getStackTrace();
        return jejak.length > 0
                && (jejak[0].getClassName().startsWith(MatriksAksesTest.class.getName())
                        || jejak[0].getClassName().startsWith(AksesAnonimTest.class.getName()));
    }

    /**
     * The security log since {@code logTerakhir}: a refused call wrote exactly one row, AKSES_DITOLAK
     * "metode: alasan"; any other call no AKSES_DITOLAK row (an allowed account change logs its own event). A
     * description of the difference otherwise. Read after the call's transaction: the log row is committed in a
     * transaction of its own (security/PencatatKeamanan).
     */
    private Optional<String> periksaLogKeamanan(String sel, String metode, Hasil hasil, long logTerakhir) {
        List<String> baris = jdbc.queryForList(
                "select concat(peristiwa, ' ', coalesce(detail, '')) from log_keamanan" + " where id > ? order by id",
                String.class,
                logTerakhir);
        boolean benar = hasil.ditolak()
                ? baris.size() == 1 && baris.getFirst().startsWith("AKSES_DITOLAK " + metode + ": ")
                : baris.stream().noneMatch(b -> b.startsWith("AKSES_DITOLAK "));
        return benar
                ? Optional.empty()
                : Optional.of(sel + ": " + hasil.keputusan() + " (" + hasil.keterangan()
                        + ") wrote " + baris + " to the security log; expected "
                        + (hasil.ditolak() ? "one row AKSES_DITOLAK " + metode + ": …" : "no AKSES_DITOLAK"));
    }

    private long logTerakhir() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);
    }

    /** "Kelas.metode" of a line of the CSV, without its variant. */
    private static String metode(String baris) {
        return baris.replaceFirst("\\[.*]$", "");
    }

    private void masuk(String username) {
        if (username == null) {
            MasukSebagai.anonim();
        } else {
            MasukSebagai.pengguna(userDetailsService, username);
        }
    }

    /** This test's variants and, for plain lines, the harmless calls of AksesAnonimTest. */
    private Map<String, Panggilan> semuaPanggilan() {
        AksesAnonimTest anonim = new AksesAnonimTest();
        beanFactory.autowireBean(anonim);
        Map<String, Panggilan> semua = new LinkedHashMap<>();
        Stream.concat(AksesAnonimTest.semuaPanggilan(), AksesAnonimTest.terbukaUntukUmum())
                .forEach(p -> semua.put(p.getName(), () -> p.getPayload().jalankan(anonim)));
        semua.putAll(varian());
        return semua;
    }

    /** The lines of the CSV: method, then one IZIN/TOLAK per role, in the order of {@link #PERAN}. */
    static List<List<String>> bacaMatriks() throws IOException {
        var isi = Objects.requireNonNull(MatriksAksesTest.class.getResourceAsStream(BERKAS), BERKAS);
        List<List<String>> baris = new ArrayList<>();
        try (var pembaca = new BufferedReader(new InputStreamReader(isi, StandardCharsets.UTF_8))) {
            List<String> kepala = null;
            for (String teks : pembaca.lines().toList()) {
                if (teks.isBlank() || teks.startsWith("#")) {
                    continue;
                }
                List<String> sel = Stream.of(teks.split(",")).map(String::strip).toList();
                if (kepala == null) {
                    kepala = sel;
                    List<String> harap = new ArrayList<>(List.of("metode"));
                    harap.addAll(PERAN.keySet());
                    assertThat(kepala).as("header of %s", BERKAS).isEqualTo(harap);
                    continue;
                }
                assertThat(sel).as("line of %s: %s", BERKAS, teks).hasSize(PERAN.size() + 1);
                assertThat(sel.subList(1, sel.size()))
                        .as("line of %s: %s", BERKAS, teks)
                        .allMatch(s -> s.equals(IZIN) || s.equals(TOLAK));
                baris.add(sel);
            }
        }
        assertThat(baris.stream().map(List::getFirst))
                .as("methods in %s", BERKAS)
                .doesNotHaveDuplicates();
        return baris;
    }

    /** The table in the CSV's format, columns aligned. */
    static String tabel(List<List<String>> baris) {
        int lebar = baris.stream().mapToInt(b -> b.getFirst().length()).max().orElse(0);
        StringBuilder teks = new StringBuilder(String.format("%-" + lebar + "s", "metode"));
        PERAN.keySet().forEach(p -> teks.append(", ").append(String.format("%-11s", p)));
        for (List<String> b : baris) {
            teks.append('\n').append(String.format("%-" + lebar + "s", b.getFirst()));
            b.subList(1, b.size()).forEach(s -> teks.append(", ").append(String.format("%-11s", s)));
        }
        return teks.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
    }

    /** Every public method of every public @Service of the portal, as AksesAnonimTest finds them. */
    static List<Method> layananPublik() throws ClassNotFoundException {
        var pemindai = new ClassPathScanningCandidateComponentProvider(false);
        pemindai.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Method> metode = new ArrayList<>();
        for (var kandidat : pemindai.findCandidateComponents("id.kecamatan.kinerja")) {
            Class<?> kelas = Class.forName(kandidat.getBeanClassName());
            if (Modifier.isPublic(kelas.getModifiers())) {
                Stream.of(kelas.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                        .forEach(metode::add);
            }
        }
        return metode;
    }

    /**
     * MariaDB's checksum of the content of every table of the schema, but the security log: it records each
     * refusal on purpose, in a transaction of its own (security/PencatatKeamanan).
     */
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

    private static String nama(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    /**
     * A realisasi of the test's own year in the given status; made once per database, through the repository (the
     * year has not started, and the other kecamatan has no accounts to submit and approve with).
     */
    private Long realisasi(Long indikatorId, int triwulan, String status) {
        List<Long> ada = jdbc.queryForList(
                "select id from realisasi where indikator_id = ? and tahun = ? and " + "triwulan = ?",
                Long.class,
                indikatorId,
                TAHUN,
                triwulan);
        if (!ada.isEmpty()) {
            return ada.getFirst();
        }
        return RealisasiUji.tulis(
                ctx,
                indikatorId,
                new Periode(TAHUN, Triwulan.dari(triwulan)),
                StatusRealisasi.valueOf(status),
                Map.of());
    }

    /** A Rencana Aksi of the indicator for the year in the given status; made once per database, as the realisasi. */
    private Long rencanaAksi(Long indikatorId, int tahun, StatusRealisasi status) {
        List<Long> ada = jdbc.queryForList(
                "select id from rencana_aksi where indikator_id = ? and tahun = ?", Long.class, indikatorId, tahun);
        return ada.isEmpty() ? RealisasiUji.rencanaAksi(ctx, indikatorId, tahun, status) : ada.getFirst();
    }

    private Long bukti(Long realisasiId) {
        List<Long> ada =
                jdbc.queryForList("select id from bukti_dukung where realisasi_id = ?", Long.class, realisasiId);
        if (!ada.isEmpty()) {
            return ada.getFirst();
        }
        return RealisasiUji.bukti(ctx, realisasiId, "bukti.pdf", "application/pdf", BuktiUji.PDF, "matriks");
    }
}
