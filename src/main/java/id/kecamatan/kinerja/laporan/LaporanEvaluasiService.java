package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.BuktiKriteriaService;
import id.kecamatan.kinerja.evaluasi.BuktiKriteriaService.BerkasKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKomponen;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Penetapan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Peningkatan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Total;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.BarisRekomendasi;
import id.kecamatan.kinerja.evaluasi.StatusTindakLanjut;
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
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of an Evaluasi AKIP: the worksheet as evaluators lay it out (Excel: every komponen, sub-komponen and
 * kriteria with its weight, the office's answer, value, justification and evidence, the evaluator's answer, value
 * and note)
 * and a summary (PDF: the Nilai AKIP of both and its grade, each komponen, the steps that would raise it most, the
 * recommendations with their follow-up). Both from {@link EvaluasiService#lembar}, the page's figures.
 */
@Service
public class LaporanEvaluasiService {

    /** Steps listed in the summary, as on the page. */
    static final int PENINGKATAN_DICETAK = 10;

    private static final String BELUM_DINILAI = "belum dinilai";

    private static final String BELUM_DITETAPKAN = "belum ditetapkan";

    private static final Map<StatusTindakLanjut, String> STATUS = Map.of(
            StatusTindakLanjut.BELUM, "belum",
            StatusTindakLanjut.PROSES, "dalam proses",
            StatusTindakLanjut.SELESAI, "selesai");

    private final EvaluasiService evaluasiService;
    private final BuktiKriteriaService buktiKriteriaService;
    private final OrganisasiService organisasiService;
    private final Clock clock;

    LaporanEvaluasiService(
            EvaluasiService evaluasiService,
            BuktiKriteriaService buktiKriteriaService,
            OrganisasiService organisasiService,
            Clock clock) {
        this.evaluasiService = evaluasiService;
        this.buktiKriteriaService = buktiKriteriaService;
        this.organisasiService = organisasiService;
        this.clock = clock;
    }

    /** The LKE of the year with its answers, one row per komponen, sub-komponen and kriteria (Excel). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN', 'EVALUATOR')")
    public Berkas lembarKerja(int tahun) {
        LembarEvaluasi l = lembar(tahun);
        Map<String, List<BerkasKriteria>> berkas = buktiKriteriaService.berkasSaatIni(tahun);
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (BarisKomponen k : l.komponen()) {
            baris.add(Arrays.asList(
                    k.kode(),
                    k.nama(),
                    angka(k.bobot()),
                    null,
                    nilai(k.nilai()),
                    null,
                    null,
                    null,
                    null,
                    penetapan(k.nilaiPenetapan()),
                    null));
            for (BarisSub s : k.sub()) {
                baris.add(Arrays.asList(
                        s.kode(),
                        s.nama(),
                        angka(s.bobot()),
                        null,
                        nilai(s.nilai()),
                        null,
                        null,
                        null,
                        null,
                        penetapan(s.nilaiPenetapan()),
                        null));
                for (BarisKriteria kr : s.kriteria()) {
                    Penetapan p = kr.penetapan();
                    baris.add(Arrays.asList(
                            kr.kode(),
                            kr.uraian(),
                            null,
                            kr.usulan() == null ? BELUM_DINILAI : kr.usulan(),
                            nilai(kr.nilai()),
                            kr.justifikasi(),
                            kr.oleh(),
                            bukti(kr, berkas.getOrDefault(kr.kode(), List.of())),
                            p.jawaban() == null ? BELUM_DITETAPKAN : p.jawaban(),
                            penetapan(p.nilai()),
                            p.catatan()));
                }
            }
        }
        baris.add(Arrays.asList(
                null,
                "Nilai AKIP",
                angka(BigDecimal.valueOf(100)),
                l.mandiri().predikat(),
                nilai(l.mandiri().nilai()),
                null,
                null,
                null,
                l.hasilEvaluasi().predikat(),
                penetapan(l.hasilEvaluasi().nilai()),
                null));
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
                        "Diubah oleh",
                        "Bukti",
                        "Penetapan",
                        "Nilai penetapan",
                        "Catatan evaluator"),
                new float[] {5, 26, 5, 5, 5, 15, 8, 12, 5, 5, 9},
                baris));
        rekomendasi(l, bagian);
        bagian.add(new Catatan(catatan()));
        return dokumen(l, "lke", "LEMBAR KERJA EVALUASI AKIP", bagian)
                .tulis(FormatBerkas.XLSX, LocalDateTime.now(clock));
    }

    /** The Nilai AKIP, each komponen and the steps that would raise it most (PDF). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN', 'EVALUATOR')")
    public Berkas ringkasan(int tahun) {
        LembarEvaluasi l = lembar(tahun);
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(ringkasan(l));
        List<List<@Nullable Object>> komponen = new ArrayList<>();
        for (BarisKomponen k : l.komponen()) {
            komponen.add(Arrays.asList(
                    k.nama(),
                    angka(k.bobot()),
                    nilai(k.nilai()),
                    angka(k.belumDinilai()),
                    penetapan(k.nilaiPenetapan()),
                    angka(k.belumDitetapkan())));
        }
        bagian.add(new Subjudul("Nilai per Komponen"));
        bagian.add(new Tabel(
                List.of(
                        "Komponen",
                        "Bobot",
                        "Nilai mandiri",
                        "Belum dinilai",
                        "Nilai hasil evaluasi",
                        "Belum ditetapkan"),
                new float[] {40, 10, 13, 12, 13, 12},
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
        rekomendasi(l, bagian);
        bagian.add(new Catatan(catatan()));
        return dokumen(l, "ringkasan-evaluasi", "RINGKASAN EVALUASI AKIP", bagian)
                .tulis(FormatBerkas.PDF, LocalDateTime.now(clock));
    }

    private LembarEvaluasi lembar(int tahun) {
        return evaluasiService.lembar(tahun).orElseThrow(() -> new AturanDilanggar("evaluasi.belum-dibuka", tahun));
    }

    /**
     * A kriteria's evidence: each current file with the start of its SHA-256 (to tell it from the one the evaluator
     * downloaded), and the portal's own data for it with the page it is on; none: empty.
     */
    private @Nullable String bukti(BarisKriteria kr, List<BerkasKriteria> berkas) {
        List<String> baris = new ArrayList<>();
        berkas.forEach(b -> baris.add(b.namaFile() + " (SHA-256 " + b.sha256().substring(0, 12) + "…)"));
        if (kr.bukti() != null) {
            baris.add("Data portal: halaman " + kr.bukti().tautan());
        }
        return baris.isEmpty() ? null : String.join("\n", baris);
    }

    /** The recommendations with the office's follow-up, as a table; none: a sentence that says so. */
    private void rekomendasi(LembarEvaluasi l, List<Bagian> bagian) {
        bagian.add(new Subjudul("Rekomendasi dan Tindak Lanjut"));
        if (l.rekomendasi().isEmpty()) {
            bagian.add(new Dokumen.Paragraf("Belum ada rekomendasi."));
            return;
        }
        List<List<@Nullable Object>> baris = new ArrayList<>();
        int nomor = 1;
        for (BarisRekomendasi r : l.rekomendasi()) {
            baris.add(Arrays.asList(
                    angka(nomor++),
                    r.kriteria() == null ? "umum" : r.kriteria(),
                    r.isi(),
                    (r.dariApip() ? "APIP: " : "Internal: ") + r.dibuatOleh(),
                    r.tindakLanjut(),
                    r.batasWaktu() == null ? null : LaporanService.TANGGAL.format(r.batasWaktu()),
                    STATUS.get(r.status()) + (r.terlambat() ? ", lewat batas waktu" : "")));
        }
        bagian.add(new Tabel(
                List.of("No", "Kriteria", "Rekomendasi", "Oleh", "Tindak lanjut", "Batas waktu", "Status"),
                new float[] {4, 9, 30, 15, 24, 9, 9},
                baris));
    }

    private Rincian ringkasan(LembarEvaluasi l) {
        List<Entri> entri = new ArrayList<>();
        entri.add(Entri.satu("Nilai AKIP (penilaian mandiri)", total(l, l.mandiri(), "dinilai")));
        entri.add(Entri.satu("Nilai AKIP (hasil evaluasi)", total(l, l.hasilEvaluasi(), "ditetapkan")));
        if (l.kurangKePredikatBerikut() != null && l.predikatBerikut() != null) {
            entri.add(Entri.satu(
                    "Untuk predikat " + l.predikatBerikut(),
                    "kurang " + FormatAngka.duaDesimal(l.kurangKePredikatBerikut()) + " poin"));
        }
        entri.add(Entri.satu("Lembar Kerja Evaluasi", l.namaLke()));
        return new Rincian(entri);
    }

    private static String total(LembarEvaluasi l, Total total, String belum) {
        return total.nilai() instanceof Hasil.Nilai(BigDecimal n)
                ? FormatAngka.duaDesimal(n) + (total.predikat() == null ? "" : " (" + total.predikat() + ")")
                : total.belum() + " dari " + l.jumlahKriteria() + " kriteria belum " + belum;
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

    /** The evaluator's value of a kriteria, sub-komponen, komponen or the whole; "belum ditetapkan" where none. */
    private static Object penetapan(Hasil hasil) {
        return hasil instanceof Hasil.Nilai(BigDecimal n) ? new Angka(n, 2) : BELUM_DITETAPKAN;
    }

    private static Angka angka(BigDecimal nilai) {
        return new Angka(nilai, 2);
    }

    private static Angka angka(int nilai) {
        return new Angka(BigDecimal.valueOf(nilai), 0);
    }

    private String catatan() {
        return "Penilaian mandiri: jawaban kantor; hasil evaluasi: jawaban yang ditetapkan evaluator. Nilai dihitung "
                + "dari jawaban setiap kriteria; kriteria yang belum dinilai atau belum ditetapkan tidak dihitung 0. "
                + "Dicetak " + LaporanService.TANGGAL.format(LocalDateTime.now(clock)) + ".";
    }
}
