package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.InfoBukti;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.capaian.lke.HasilLke;
import id.kecamatan.kinerja.capaian.lke.HasilLke.HasilKomponen;
import id.kecamatan.kinerja.capaian.lke.HasilLke.HasilSubKomponen;
import id.kecamatan.kinerja.capaian.lke.KriteriaLke;
import id.kecamatan.kinerja.capaian.lke.Lke;
import id.kecamatan.kinerja.capaian.lke.PenilaianLke;
import id.kecamatan.kinerja.capaian.lke.SaranKenaikan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKomponen;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BuktiPortal;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Penetapan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Peningkatan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Total;
import id.kecamatan.kinerja.evaluasi.RekomendasiService.BarisRekomendasi;
import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import id.kecamatan.kinerja.organisasi.Jabatan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The LKE files (src/main/resources/lke/&lt;name&gt;.yaml), each read once, and the worksheet of an evaluation: its
 * LKE with the answers given, scored by {@link PenilaianLke}.
 */
@Component
class KatalogLke {

    private final Map<String, Lke> lke = new ConcurrentHashMap<>();

    /** Whether the reader may answer a kriteria, given its answer row (none: never answered nor assigned). */
    @FunctionalInterface
    interface BolehMenjawab {
        boolean untuk(@Nullable JawabanKriteria jawaban);
    }

    /**
     * Who reads the worksheet: {@code semua} every kriteria, else only those assigned to {@code jabatanId}; which
     * kriteria they may answer; whether they set final answers ({@code penilai}; {@code apip}: as the Inspektorat's
     * evaluator) and record the follow-up of recommendations.
     */
    record Pembaca(
            boolean semua,
            Long jabatanId,
            BolehMenjawab bolehMenjawab,
            boolean penilai,
            boolean apip,
            boolean menindaklanjuti) {

        boolean membaca(@Nullable JawabanKriteria jawaban) {
            return semua || (jawaban != null && jawaban.ditugaskanKe(jabatanId));
        }

        boolean bolehMenetapkan(@Nullable JawabanKriteria jawaban) {
            return AksesEvaluasi.bolehMenetapkan(penilai, apip, jawaban);
        }
    }

    Lke lke(String berkas) {
        return lke.computeIfAbsent(berkas, PembacaLke::dariClasspath);
    }

    /** An answer the kriteria's scale has (none clears it), to a kriteria the LKE has; else a message. */
    void periksaJawaban(String berkas, String kriteria, @Nullable String usulan) {
        KriteriaLke k = lke(berkas).kriteria(kriteria);
        if (k == null) {
            throw new AturanDilanggar("evaluasi.kriteria-tidak-ada", kriteria);
        }
        if (usulan != null && k.skala().nilai(usulan) == null) {
            throw new AturanDilanggar(
                    "evaluasi.jawaban-tidak-sah",
                    kriteria,
                    usulan,
                    String.join(", ", k.skala().urutan()));
        }
    }

    LembarEvaluasi lembar(
            EvaluasiAkip evaluasi,
            List<JawabanKriteria> jawaban,
            Map<String, BuktiPortal> bukti,
            Map<String, List<InfoBukti>> berkas,
            TabelPredikat tabel,
            List<BarisRekomendasi> rekomendasi,
            Pembaca pembaca) {
        Lke l = lke(evaluasi.getBerkasLke());
        Map<String, JawabanKriteria> perKriteria =
                jawaban.stream().collect(Collectors.toMap(JawabanKriteria::getKriteria, Function.identity()));
        Map<String, String> usulan = new HashMap<>();
        Map<String, String> penetapan = new HashMap<>();
        jawaban.forEach(j -> {
            if (j.getUsulan() != null) {
                usulan.put(j.getKriteria(), j.getUsulan());
            }
            if (j.getPenetapan() != null) {
                penetapan.put(j.getKriteria(), j.getPenetapan());
            }
        });
        // where each kriteria stands now: the evaluator's answer once there is one
        Map<String, String> akhir = new HashMap<>(usulan);
        akhir.putAll(penetapan);
        HasilLke mandiri = PenilaianLke.nilai(l, usulan, tabel);
        HasilLke hasilEvaluasi = PenilaianLke.nilai(l, penetapan, tabel);
        SaranKenaikan saran = PenilaianLke.saranKenaikan(l, akhir, tabel);
        Baca baca = new Baca(perKriteria, bukti, berkas, pembaca);
        List<BarisKomponen> komponen = new ArrayList<>();
        for (int i = 0; i < mandiri.komponen().size(); i++) {
            komponen.add(
                    komponen(mandiri.komponen().get(i), hasilEvaluasi.komponen().get(i), baca));
        }
        List<Peningkatan> peningkatan = saran.langkah().stream()
                .filter(s -> pembaca.membaca(perKriteria.get(s.kriteria().kode())))
                .map(s -> new Peningkatan(s.kriteria().kode(), s.kriteria().uraian(), s.dari(), s.ke(), s.tambahan()))
                .toList();
        return new LembarEvaluasi(
                evaluasi.idTersimpan(),
                evaluasi.getTahun(),
                l.nama(),
                total(mandiri),
                total(hasilEvaluasi),
                mandiri.jumlahKriteria(),
                komponen,
                peningkatan,
                saran.kurangKePredikatBerikut(),
                saran.predikatBerikut() == null ? null : saran.predikatBerikut().nama(),
                rekomendasi,
                pembaca.bolehMenjawab().untuk(null),
                pembaca.penilai(),
                pembaca.menindaklanjuti(),
                !pembaca.semua());
    }

    private static Total total(HasilLke hasil) {
        return new Total(
                hasil.nilai(),
                hasil.predikat() == null ? null : hasil.predikat().nama(),
                hasil.belumDinilai());
    }

    /** What the rows of one worksheet are made from. */
    private record Baca(
            Map<String, JawabanKriteria> jawaban,
            Map<String, BuktiPortal> bukti,
            Map<String, List<InfoBukti>> berkas,
            Pembaca pembaca) {}

    /** A komponen scored twice over the same LKE: on the office's answers ({@code k}) and on the evaluator's. */
    private static BarisKomponen komponen(HasilKomponen k, HasilKomponen p, Baca baca) {
        List<BarisSub> sub = new ArrayList<>();
        for (int i = 0; i < k.subKomponen().size(); i++) {
            sub.add(sub(k, k.subKomponen().get(i), p.subKomponen().get(i), baca));
        }
        return new BarisKomponen(
                k.komponen().kode(),
                k.komponen().nama(),
                k.komponen().bobot(),
                k.nilai(),
                k.belumDinilai(),
                p.nilai(),
                p.belumDinilai(),
                sub);
    }

    private static BarisSub sub(HasilKomponen k, HasilSubKomponen s, HasilSubKomponen p, Baca baca) {
        List<BarisKriteria> kriteria = s.subKomponen().kriteria().stream()
                .filter(kr -> baca.pembaca().membaca(baca.jawaban().get(kr.kode())))
                .map(kr -> kriteria(
                        kr,
                        baca.jawaban().get(kr.kode()),
                        kr.sumberData() == null ? null : baca.bukti().get(kr.sumberData()),
                        baca.berkas().getOrDefault(kr.kode(), List.of()),
                        baca.pembaca()))
                .toList();
        return new BarisSub(
                s.subKomponen().kode(),
                s.subKomponen().nama(),
                k.komponen().bobot(s.subKomponen()),
                s.nilai(),
                p.nilai(),
                kriteria);
    }

    private static BarisKriteria kriteria(
            KriteriaLke kr,
            @Nullable JawabanKriteria j,
            @Nullable BuktiPortal bukti,
            List<InfoBukti> berkas,
            Pembaca pembaca) {
        String usulan = j == null ? null : j.getUsulan();
        String penetapan = j == null ? null : j.getPenetapan();
        Jabatan ditugaskan = j == null ? null : j.getDitugaskanKe();
        return new BarisKriteria(
                kr.kode(),
                kr.uraian(),
                kr.skala().urutan(),
                usulan,
                j == null ? null : j.getJustifikasi(),
                j == null ? null : j.getDiubahOleh(),
                j == null ? null : j.getDiubahPada(),
                j == null ? EvaluasiService.BELUM_DIJAWAB : j.getVersion(),
                nilai(kr, usulan),
                kr.sumberData(),
                bukti,
                ditugaskan == null ? null : ditugaskan.getId(),
                ditugaskan == null ? null : ditugaskan.getNama(),
                pembaca.bolehMenjawab().untuk(j),
                berkas,
                new Penetapan(
                        penetapan,
                        j == null ? null : j.getCatatanPenetapan(),
                        j != null && j.isPenetapanApip(),
                        j == null ? null : j.getDitetapkanOleh(),
                        j == null ? null : j.getDitetapkanPada(),
                        nilai(kr, penetapan),
                        pembaca.bolehMenetapkan(j)));
    }

    private static Hasil nilai(KriteriaLke kr, @Nullable String jawaban) {
        BigDecimal nilai = jawaban == null ? null : kr.skala().nilai(jawaban);
        return nilai == null ? new Hasil.BelumDiisi() : new Hasil.Nilai(nilai);
    }
}
