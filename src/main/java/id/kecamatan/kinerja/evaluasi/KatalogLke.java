package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
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
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Peningkatan;
import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import java.math.BigDecimal;
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
            TabelPredikat tabel,
            boolean bolehMenjawab) {
        Lke l = lke(evaluasi.getBerkasLke());
        Map<String, JawabanKriteria> perKriteria =
                jawaban.stream().collect(Collectors.toMap(JawabanKriteria::getKriteria, Function.identity()));
        Map<String, String> usulan = new HashMap<>();
        jawaban.forEach(j -> {
            if (j.getUsulan() != null) {
                usulan.put(j.getKriteria(), j.getUsulan());
            }
        });
        HasilLke hasil = PenilaianLke.nilai(l, usulan, tabel);
        SaranKenaikan saran = PenilaianLke.saranKenaikan(l, usulan, tabel);
        List<BarisKomponen> komponen = hasil.komponen().stream()
                .map(k -> komponen(k, perKriteria, bukti))
                .toList();
        List<Peningkatan> peningkatan = saran.langkah().stream()
                .map(s -> new Peningkatan(s.kriteria().kode(), s.kriteria().uraian(), s.dari(), s.ke(), s.tambahan()))
                .toList();
        return new LembarEvaluasi(
                evaluasi.idTersimpan(),
                evaluasi.getTahun(),
                l.nama(),
                hasil.nilai(),
                hasil.predikat() == null ? null : hasil.predikat().nama(),
                hasil.belumDinilai(),
                hasil.jumlahKriteria(),
                komponen,
                peningkatan,
                saran.kurangKePredikatBerikut(),
                saran.predikatBerikut() == null ? null : saran.predikatBerikut().nama(),
                bolehMenjawab);
    }

    private static BarisKomponen komponen(
            HasilKomponen k, Map<String, JawabanKriteria> jawaban, Map<String, BuktiPortal> bukti) {
        List<BarisSub> sub =
                k.subKomponen().stream().map(s -> sub(k, s, jawaban, bukti)).toList();
        return new BarisKomponen(
                k.komponen().kode(), k.komponen().nama(), k.komponen().bobot(), k.nilai(), k.belumDinilai(), sub);
    }

    private static BarisSub sub(
            HasilKomponen k, HasilSubKomponen s, Map<String, JawabanKriteria> jawaban, Map<String, BuktiPortal> bukti) {
        List<BarisKriteria> kriteria = s.subKomponen().kriteria().stream()
                .map(kr -> kriteria(
                        kr, jawaban.get(kr.kode()), kr.sumberData() == null ? null : bukti.get(kr.sumberData())))
                .toList();
        return new BarisSub(
                s.subKomponen().kode(),
                s.subKomponen().nama(),
                k.komponen().bobot(s.subKomponen()),
                s.nilai(),
                kriteria);
    }

    private static BarisKriteria kriteria(KriteriaLke kr, @Nullable JawabanKriteria j, @Nullable BuktiPortal bukti) {
        String usulan = j == null ? null : j.getUsulan();
        BigDecimal nilai = usulan == null ? null : kr.skala().nilai(usulan);
        return new BarisKriteria(
                kr.kode(),
                kr.uraian(),
                kr.skala().urutan(),
                usulan,
                j == null ? null : j.getJustifikasi(),
                j == null ? null : j.getDiubahOleh(),
                j == null ? null : j.getDiubahPada(),
                j == null ? EvaluasiService.BELUM_DIJAWAB : j.getVersion(),
                nilai == null ? new Hasil.BelumDiisi() : new Hasil.Nilai(nilai),
                kr.sumberData(),
                bukti);
    }
}
