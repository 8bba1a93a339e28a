package id.kecamatan.kinerja.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanBukti;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.BerkasBukti;
import id.kecamatan.kinerja.base.InfoBukti;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.BuktiKriteriaService.BerkasKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.JawabKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.PilihanJabatan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TugaskanKriteria;
import id.kecamatan.kinerja.realisasi.BuktiUji;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Meral's evaluation of {@link #TAHUN} (claimed by this class, written through {@link EvaluasiUji}: the year has not
 * started): the Sekcam assigns kriteria to jabatan, the holder of the assigned jabatan answers and attaches files,
 * everyone else is refused; a re-assignment makes an answer loaded before it a conflict; the files follow the
 * evidence rules (type by content, name, size, empty, replacement kept as history). Each test works on kriteria of
 * its own, so their order does not matter.
 */
@UjiTerpadu
class TugasDanBuktiKriteriaTest {

    static final int TAHUN = TahunUji.milik(TugasDanBuktiKriteriaTest.class, 2039);

    @Autowired
    EvaluasiService service;

    @Autowired
    BuktiKriteriaService buktiService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ApplicationContext ctx;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void sekcamMenugaskanSatuSubKomponenDanKasiMenjawabKriterianyaSaja() {
        long id = evaluasi();
        sebagai("sekcam");
        BarisSub sub1a = sub(service.lembar(TAHUN).orElseThrow(), "1.a.1");
        List<String> kriteria1a =
                sub1a.kriteria().stream().map(BarisKriteria::kode).toList();
        int belumSebelum = service.lembar(TAHUN).orElseThrow().mandiri().belum();

        assertThat(service.tugaskan(new TugaskanKriteria(id, kriteria1a, jabatan("KASI-KESOS"))))
                .isEqualTo(kriteria1a.size());
        // assigned, not answered: still belum dinilai, never 0
        LembarEvaluasi lembarSekcam = service.lembar(TAHUN).orElseThrow();
        assertThat(lembarSekcam.mandiri().belum()).isEqualTo(belumSebelum);
        assertThat(EvaluasiUji.kriteria(lembarSekcam, "1.a.2").ditugaskanKe())
                .isEqualTo("Kepala Seksi Kesejahteraan Sosial");
        assertThat(EvaluasiUji.kriteria(lembarSekcam, "1.a.2").nilai()).isInstanceOf(Hasil.BelumDiisi.class);
        assertThat(EvaluasiUji.kriteria(lembarSekcam, "1.a.2").bolehMenjawab()).isTrue();
        // the same assignment again changes nothing
        assertThat(service.tugaskan(new TugaskanKriteria(id, kriteria1a, jabatan("KASI-KESOS"))))
                .isZero();

        sebagai("kasi.kesos");
        LembarEvaluasi lembarKasi = service.lembar(TAHUN).orElseThrow();
        assertThat(lembarKasi.hanyaTugasSaya()).isTrue();
        assertThat(lembarKasi.bolehMenjawab()).isFalse();
        assertThat(lembarKasi.semuaKriteria()).extracting(BarisKriteria::kode).containsExactlyElementsOf(kriteria1a);
        assertThat(lembarKasi.semuaKriteria()).allMatch(BarisKriteria::bolehMenjawab);
        // the office's scores, whole
        assertThat(lembarKasi.jumlahKriteria()).isEqualTo(80);
        assertThat(lembarKasi.komponen()).hasSize(4);

        BarisKriteria k = EvaluasiUji.kriteria(lembarKasi, "1.a.1");
        service.jawab(new JawabKriteria(id, "1.a.1", "Y", "Renstra ditetapkan", k.versi()));
        assertThat(EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "1.a.1")
                        .oleh())
                .contains("Kepala Seksi Kesejahteraan Sosial");

        // a kriteria not assigned to the Kasi's jabatan: refused, whoever had answered it
        assertThatThrownBy(
                        () -> service.jawab(new JawabKriteria(id, "1.b.1", "A", null, EvaluasiService.BELUM_DIJAWAB)))
                .isInstanceOf(AccessDeniedException.class);
        long versi = EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "1.a.1")
                .versi();
        // another Kasi, the Camat, a staff member: not their jabatan's
        for (String lain : List.of("kasi.pmd", "camat", "adm.perizinan")) {
            sebagai(lain);
            assertThatThrownBy(() -> service.jawab(new JawabKriteria(id, "1.a.1", "T", null, versi)))
                    .as(lain)
                    .isInstanceOf(AccessDeniedException.class);
        }
        sebagai("kasi.pmd");
        assertThat(service.lembar(TAHUN).orElseThrow().semuaKriteria())
                .extracting(BarisKriteria::kode)
                .doesNotContainAnyElementsOf(kriteria1a);
        sebagai("sekcam");
        assertThat(EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "1.a.1")
                        .usulan())
                .isEqualTo("Y");
    }

    @Test
    void penugasanUlangMembuatJawabanYangDimuatSebelumnyaKonflik() {
        long id = evaluasi();
        sebagai("sekcam");
        service.tugaskan(new TugaskanKriteria(id, List.of("2.a.1"), jabatan("KASI-PEM")));
        sebagai("kasi.pemerintahan");
        long dimuat = EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "2.a.1")
                .versi();

        sebagai("sekcam");
        service.tugaskan(new TugaskanKriteria(id, List.of("2.a.1"), jabatan("KASI-PMD")));

        sebagai("kasi.pemerintahan");
        assertThatThrownBy(() -> service.jawab(new JawabKriteria(id, "2.a.1", "Y", null, dimuat)))
                .isInstanceOf(AccessDeniedException.class);
        sebagai("kasi.pmd");
        // the Kasi PMD's screen loaded before the assignment is a conflict, not an overwrite
        assertThatThrownBy(() -> service.jawab(new JawabKriteria(id, "2.a.1", "Y", "layar lama", dimuat)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long baru = EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "2.a.1")
                .versi();
        assertThat(baru).isGreaterThan(dimuat);
        service.jawab(new JawabKriteria(id, "2.a.1", "Y", "dimuat ulang", baru));

        sebagai("sekcam");
        service.tugaskan(new TugaskanKriteria(id, List.of("2.a.1"), null));
        BarisKriteria dikosongkan = EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "2.a.1");
        assertThat(dikosongkan.ditugaskanKe()).isNull();
        // clearing the assignment keeps the answer
        assertThat(dikosongkan.usulan()).isEqualTo("Y");
        sebagai("kasi.pmd");
        assertThatThrownBy(() -> service.jawab(new JawabKriteria(id, "2.a.1", "T", null, dikosongkan.versi())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hanyaJabatanKantorYangDapatDitugasi() {
        long id = evaluasi();
        sebagai("sekcam");
        Long operator = jdbc.queryForObject(
                "select j.id from jabatan j join instansi i on i.id = j.instansi_id"
                        + " where i.kode = 'MERAL' and j.peran = 'ADMIN'",
                Long.class);
        assertThat(service.pilihanJabatan())
                .extracting(PilihanJabatan::id)
                .contains(jabatan("KASI-PEM"), jabatan("SEKCAM"), jabatan("CAMAT"))
                .doesNotContain(operator);
        assertThatThrownBy(() -> service.tugaskan(new TugaskanKriteria(id, List.of("2.b.1"), operator)))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.jabatan-operator"));
        assertThatThrownBy(() -> service.tugaskan(new TugaskanKriteria(id, List.of("9.z.9"), jabatan("KASI-PEM"))))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.kriteria-tidak-ada"));
        assertThat(EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "2.b.1")
                        .ditugaskanKe())
                .isNull();

        sebagai("kasi.pemerintahan");
        assertThatThrownBy(() -> service.tugaskan(new TugaskanKriteria(id, List.of("2.b.1"), jabatan("KASI-PEM"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void berkasKriteriaMengikutiAturanBuktiDanDigantiDenganRiwayat() {
        long id = evaluasi();
        sebagai("sekcam");
        service.tugaskan(new TugaskanKriteria(id, List.of("3.a.1"), jabatan("KASI-PEM")));

        sebagai("kasi.pemerintahan");
        long versiJawaban = EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "3.a.1")
                .versi();
        InfoBukti pertama = buktiService.unggah(id, "3.a.1", "C:\\fakepath\\laporan kegiatan.pdf", BuktiUji.PDF);
        assertThat(pertama.namaFile()).isEqualTo("laporan kegiatan.pdf");
        assertThat(pertama.sha256()).isEqualTo(BuktiUji.SHA256_PDF);
        assertThat(pertama.diunggahOleh()).isEqualTo("kasi.pemerintahan");
        InfoBukti foto = buktiService.unggah(id, "3.a.1", "foto.png", BuktiUji.PNG);
        byte[] versi2 = BuktiUji.pdfBerukuran(2000);
        InfoBukti kedua = buktiService.unggah(id, "3.a.1", "Laporan Kegiatan.PDF", versi2);

        // refused: nothing stored, nothing replaced
        Map<String, byte[]> ditolak = Map.of(
                "program.exe",
                BuktiUji.EXE,
                "foto.pdf",
                BuktiUji.PNG,
                "besar.pdf",
                BuktiUji.pdfBerukuran(AturanBukti.UKURAN_MAKS + 1),
                "kosong.pdf",
                new byte[0]);
        Map<String, String> kunci = Map.of(
                "program.exe", "bukti.tipe-tidak-didukung",
                "foto.pdf", "bukti.nama-tidak-cocok",
                "besar.pdf", "bukti.terlalu-besar",
                "kosong.pdf", "bukti.kosong");
        ditolak.forEach((nama, isi) -> assertThatThrownBy(() -> buktiService.unggah(id, "3.a.1", nama, isi))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo(kunci.get(nama))));

        List<InfoBukti> daftar = buktiService.daftar(id, "3.a.1");
        assertThat(daftar).extracting(InfoBukti::id).containsExactly(pertama.id(), foto.id(), kedua.id());
        assertThat(daftar.get(0).diganti()).isTrue();
        assertThat(daftar.get(1).diganti()).isFalse();
        assertThat(daftar.get(2).diganti()).isFalse();
        // the worksheet shows the same files; an upload leaves the answer's version as it was
        BarisKriteria baris = EvaluasiUji.kriteria(service.lembar(TAHUN).orElseThrow(), "3.a.1");
        assertThat(baris.berkas()).extracting(InfoBukti::id).containsExactly(pertama.id(), foto.id(), kedua.id());
        assertThat(baris.versi()).isEqualTo(versiJawaban);
        assertThat(buktiService.unduh(pertama.id()).isi()).isEqualTo(BuktiUji.PDF);
        assertThat(buktiService.unduh(kedua.id()).isi()).isEqualTo(versi2);

        // a kriteria not assigned to the Kasi: no upload
        assertThatThrownBy(() -> buktiService.unggah(id, "3.a.2", "laporan.pdf", BuktiUji.PDF))
                .isInstanceOf(AccessDeniedException.class);

        sebagai("sekcam");
        // the LKE's output gets the current files of each kriteria
        Map<String, List<BerkasKriteria>> saatIni = buktiService.berkasSaatIni(TAHUN);
        assertThat(saatIni.get("3.a.1")).extracting(BerkasKriteria::id).containsExactly(foto.id(), kedua.id());
        assertThat(saatIni.get("3.a.1").get(1).namaFile()).isEqualTo("Laporan Kegiatan.PDF");
        // the Sekcam uploads to any kriteria of the LKE, none it lacks
        buktiService.unggah(id, "3.a.2", "sk tim.pdf", BuktiUji.PDF);
        assertThatThrownBy(() -> buktiService.unggah(id, "9.z.9", "sk tim.pdf", BuktiUji.PDF))
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo("evaluasi.kriteria-tidak-ada"));
    }

    @Test
    void berkasDiunduhOlehYangBolehMembacaKriterianya() {
        long id = evaluasi();
        sebagai("sekcam");
        service.tugaskan(new TugaskanKriteria(id, List.of("4.a.1"), jabatan("KASI-PEM")));
        sebagai("kasi.pemerintahan");
        long bukti = buktiService
                .unggah(id, "4.a.1", "notulen.docx", BuktiUji.docx("<document/>"))
                .id();

        for (String boleh : List.of("kasi.pemerintahan", "sekcam", "camat", "admin")) {
            sebagai(boleh);
            BerkasBukti berkas = buktiService.unduh(bukti);
            assertThat(berkas.namaFile()).as(boleh).isEqualTo("notulen.docx");
            assertThat(buktiService.daftar(id, "4.a.1")).as(boleh).hasSize(1);
        }
        for (String tidak : List.of("kasi.pmd", "adm.perizinan")) {
            sebagai(tidak);
            assertThatThrownBy(() -> buktiService.unduh(bukti)).as(tidak).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> buktiService.daftar(id, "4.a.1"))
                    .as(tidak)
                    .isInstanceOf(AccessDeniedException.class);
        }
        sebagai("kasi.pmd");
        assertThatThrownBy(() -> buktiService.berkasSaatIni(TAHUN)).isInstanceOf(AccessDeniedException.class);
    }

    /** Meral's evaluation of {@link #TAHUN}, created once. */
    private long evaluasi() {
        return EvaluasiUji.buka(ctx, "MERAL", TAHUN);
    }

    private void sebagai(String username) {
        MasukSebagai.pengguna(userDetailsService, username);
    }

    private long jabatan(String kode) {
        Long id = jdbc.queryForObject(
                "select j.id from jabatan j join instansi i on i.id = j.instansi_id where i.kode = 'MERAL' and j.kode = ?",
                Long.class,
                kode);
        return Optional.ofNullable(id).orElseThrow();
    }

    private static BarisSub sub(LembarEvaluasi lembar, String kodeKriteria) {
        return lembar.komponen().stream()
                .flatMap(k -> k.sub().stream())
                .filter(s -> s.kriteria().stream().anyMatch(k -> k.kode().equals(kodeKriteria)))
                .findFirst()
                .orElseThrow();
    }
}
