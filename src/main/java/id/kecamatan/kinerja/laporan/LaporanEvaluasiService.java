package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKomponen;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Peningkatan;
import id.kecamatan.kinerja.laporan.Dokumen.Angka;
import id.kecamatan.kinerja.laporan.Dokumen.Bagian;
import id.kecamatan.kinerja.laporan.Dokumen.Catatan;
import id.kecamatan.kinerja.laporan.Dokumen.Entri;
import id.kecamatan.kinerja.laporan.Dokumen.Rincian;
import id.kecamatan.kinerja.laporan.Dokumen.Subjudul;
import id.kecamatan.kinerja.laporan.Dokumen.Tabel;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of an Evaluasi AKIP: the worksheet as evaluators lay it out (Excel: every komponen, sub-komponen and
 * kriteria with its weight, answer, value and justification) and a summary (PDF: the Nilai AKIP and grade, each
 * komponen, the steps that would raise it most). Both from {@link EvaluasiService#lembar}, the page's figures.
 */
@Service
public class LaporanEvaluasiService {

    /** Steps listed in the summary, as on the page. */
    static final int PENINGKATAN_DICETAK = 10;

    private static final String BELUM_DINILAI = "belum dinilai";

    private final EvaluasiService evaluasiService;
    private final OrganisasiService organisasiService;
    private final Clock clock;

    LaporanEvaluasiService(EvaluasiService evaluasiService, OrganisasiService organisasiService, Clock clock) {
        this.evaluasiService = evaluasiService;
        this.organisasiService = organisasiService;
        this.clock = clock;
    }

    /** The LKE of the year with its answers, one row per komponen, sub-komponen and kriteria (Excel). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN')")
    public Berkas lembarKerja(int tahun) {
        LembarEvaluasi l = lembar(tahun);
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (BarisKomponen k : l.komponen()) {
            baris.add(Arrays.asList(k.kode(), k.nama(), angka(k.bobot()), null, nilai(k.nilai()), null, null));
            for (BarisSub s : k.sub()) {
                baris.add(Arrays.asList(s.kode(), s.nama(), angka(s.bobot()), null, nilai(s.nilai()), null, null));
                for (BarisKriteria kr : s.kriteria()) {
                    baris.add(Arrays.asList(
                            kr.kode(),
                            kr.uraian(),
                            null,
                            kr.usulan() == null ? BELUM_DINILAI : kr.usulan(),
                            nilai(kr.nilai()),
                            kr.justifikasi(),
                            kr.oleh()));
                }
            }
        }
        baris.add(Arrays.asList(
                null, "Nilai AKIP", angka(BigDecimal.valueOf(100)), l.predikat(), nilai(l.total()), null, null));
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(ringkasan(l));
        bagian.add(new Tabel(
                List.of(
                        "Kode",
                        "Komponen / Sub-komponen / Kriteria",
                        "Bobot",
                        "Jawaban",
                        "Nilai",
                        "Justifikasi",
                        "Diubah oleh"),
                new float[] {6, 40, 6, 7, 7, 24, 10},
                baris));
        bagian.add(new Catatan(catatan()));
        return dokumen(l, "lke", "LEMBAR KERJA EVALUASI AKIP", bagian)
                .tulis(FormatBerkas.XLSX, LocalDateTime.now(clock));
    }

    /** The Nilai AKIP, each komponen and the steps that would raise it most (PDF). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN')")
    public Berkas ringkasan(int tahun) {
        LembarEvaluasi l = lembar(tahun);
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(ringkasan(l));
        List<List<@Nullable Object>> komponen = new ArrayList<>();
        for (BarisKomponen k : l.komponen()) {
            komponen.add(Arrays.asList(k.nama(), angka(k.bobot()), nilai(k.nilai()), angka(k.belumDinilai())));
        }
        bagian.add(new Subjudul("Nilai per Komponen"));
        bagian.add(new Tabel(
                List.of("Komponen", "Bobot", "Nilai", "Kriteria belum dinilai"),
                new float[] {55, 15, 15, 15},
                komponen));
        bagian.add(new Subjudul("Yang Paling Menaikkan Nilai"));
        List<List<@Nullable Object>> langkah = new ArrayList<>();
        for (Peningkatan p : l.peningkatan().stream().limit(PENINGKATAN_DICETAK).toList()) {
            // "ke", not an arrow: the PDF's standard font has no arrow
            langkah.add(Arrays.asList(p.kriteria(), p.uraian(), p.dari() + " ke " + p.ke(), angka(p.tambahan())));
        }
        if (langkah.isEmpty()) {
            bagian.add(new Dokumen.Paragraf("Tidak ada jawaban yang masih dapat dinaikkan."));
        } else {
            bagian.add(new Tabel(
                    List.of("Kriteria", "Uraian", "Langkah", "Tambahan nilai"), new float[] {10, 60, 12, 18}, langkah));
        }
        bagian.add(new Catatan(catatan()));
        return dokumen(l, "ringkasan-evaluasi", "RINGKASAN EVALUASI AKIP", bagian)
                .tulis(FormatBerkas.PDF, LocalDateTime.now(clock));
    }

    private LembarEvaluasi lembar(int tahun) {
        return evaluasiService.lembar(tahun).orElseThrow(() -> new AturanDilanggar("evaluasi.belum-dibuka", tahun));
    }

    private Rincian ringkasan(LembarEvaluasi l) {
        String nilai = l.total() instanceof Hasil.Nilai(BigDecimal n)
                ? FormatAngka.duaDesimal(n) + (l.predikat() == null ? "" : " (" + l.predikat() + ")")
                : l.belumDinilai() + " dari " + l.jumlahKriteria() + " kriteria belum dinilai";
        List<Entri> entri = new ArrayList<>();
        entri.add(Entri.satu("Nilai AKIP (penilaian mandiri)", nilai));
        if (l.kurangKePredikatBerikut() != null && l.predikatBerikut() != null) {
            entri.add(Entri.satu(
                    "Untuk predikat " + l.predikatBerikut(),
                    "kurang " + FormatAngka.duaDesimal(l.kurangKePredikatBerikut()) + " poin"));
        }
        entri.add(Entri.satu("Lembar Kerja Evaluasi", l.namaLke()));
        return new Rincian(entri);
    }

    private Dokumen dokumen(LembarEvaluasi l, String nama, String judul, List<Bagian> bagian) {
        String instansi = organisasiService.infoInstansi().nama();
        return new Dokumen(
                nama + "-" + l.tahun(),
                true,
                List.of(judul + " TAHUN " + l.tahun(), instansi.toUpperCase(Locale.ROOT)),
                bagian);
    }

    /** Nilai of a kriteria (0–1) or of a komponen; "belum dinilai" where there is none, never 0. */
    private static Object nilai(Hasil hasil) {
        return hasil instanceof Hasil.Nilai(BigDecimal n) ? new Angka(n, 2) : BELUM_DINILAI;
    }

    private static Angka angka(BigDecimal nilai) {
        return new Angka(nilai, 2);
    }

    private static Angka angka(int nilai) {
        return new Angka(BigDecimal.valueOf(nilai), 0);
    }

    private String catatan() {
        return "Penilaian mandiri; nilai dihitung dari jawaban setiap kriteria, kriteria yang belum dinilai tidak "
                + "dihitung 0. Dicetak " + LaporanService.TANGGAL.format(LocalDateTime.now(clock)) + ".";
    }
}
