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
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Peningkatan;
import id.kecamatan.kinerja.evaluasi.lke.PembacaLke;
import id.kecamatan.kinerja.organisasi.Jabatan;
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

    /** Whether the reader may answer a kriteria, given its answer row (none: never answered nor assigned). */
    @FunctionalInterface
    interface BolehMenjawab {
        boolean untuk(@Nullable JawabanKriteria jawaban);
    }

    /**
     * Who reads the worksheet: {@code semua} every kriteria, else only those assigned to {@code jabatanId}; which
     * kriteria they may answer.
     */
    record Pembaca(boolean semua, Long jabatanId, BolehMenjawab bolehMenjawab) {

        boolean membaca(@Nullable JawabanKriteria jawaban) {
            return semua || (jawaban != null && jawaban.ditugaskanKe(jabatanId));
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
            Pembaca pembaca) {
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
        Baca baca = new Baca(perKriteria, bukti, berkas, pembaca);
        List<BarisKomponen> komponen =
                hasil.komponen().stream().map(k -> komponen(k, baca)).toList();
        List<Peningkatan> peningkatan = saran.langkah().stream()
                .filter(s -> pembaca.membaca(perKriteria.get(s.kriteria().kode())))
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
                pembaca.bolehMenjawab().untuk(null),
                !pembaca.semua());
    }

    /** What the rows of one worksheet are made from. */
    private record Baca(
            Map<String, JawabanKriteria> jawaban,
            Map<String, BuktiPortal> bukti,
            Map<String, List<InfoBukti>> berkas,
            Pembaca pembaca) {}

    private static BarisKomponen komponen(HasilKomponen k, Baca baca) {
        List<BarisSub> sub = k.subKomponen().stream().map(s -> sub(k, s, baca)).toList();
        return new BarisKomponen(
                k.komponen().kode(), k.komponen().nama(), k.komponen().bobot(), k.nilai(), k.belumDinilai(), sub);
    }

    private static BarisSub sub(HasilKomponen k, HasilSubKomponen s, Baca baca) {
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
                kriteria);
    }

    private static BarisKriteria kriteria(
            KriteriaLke kr,
            @Nullable JawabanKriteria j,
            @Nullable BuktiPortal bukti,
            List<InfoBukti> berkas,
            Pembaca pembaca) {
        String usulan = j == null ? null : j.getUsulan();
        Jabatan ditugaskan = j == null ? null : j.getDitugaskanKe();
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
                bukti,
                ditugaskan == null ? null : ditugaskan.getId(),
                ditugaskan == null ? null : ditugaskan.getNama(),
                pembaca.bolehMenjawab().untuk(j),
                berkas);
    }
}
