package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.LembarEvaluasi;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.Total;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisUnit;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16 item 5: the Evaluasi AKIP's result (the total of the final answers) proposed as the realisasi of Triwulan IV of the IKU the instansi marks
 * "diisi dari Evaluasi AKIP" ({@code Indikator.dariLke}; Meral: IKU-AKIP, owned by the Camat). Only the holder of that
 * IKU's jabatan proposes; the value is saved and submitted through {@link RealisasiService} like any realisasi (its
 * ownership, state and version checks), so it goes to the normal approval.
 */
@Service
public class UsulanNilaiAkipService {

    /** The quarter whose realisasi the year's total becomes: the last, as the evaluation covers the whole year. */
    public static final Triwulan TRIWULAN = Triwulan.IV;

    private final EvaluasiAkipRepository evaluasiRepository;
    private final EvaluasiService evaluasiService;
    private final IndikatorRepository indikatorRepository;
    private final RealisasiService realisasiService;
    private final Tenggat tenggat;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    UsulanNilaiAkipService(
            EvaluasiAkipRepository evaluasiRepository,
            EvaluasiService evaluasiService,
            IndikatorRepository indikatorRepository,
            RealisasiService realisasiService,
            Tenggat tenggat,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.evaluasiRepository = evaluasiRepository;
        this.evaluasiService = evaluasiService;
        this.indikatorRepository = indikatorRepository;
        this.realisasiService = realisasiService;
        this.tenggat = tenggat;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** The marked IKU: its owner's jabatan, and whether the signed-in user holds it. */
    public record IkuLke(Long indikatorId, String kode, String nama, String jabatanPemilik, boolean milikSaya) {}

    /**
     * The marked IKU's realisasi of Triwulan IV as the signed-in user may see it: {@code status} null when none is
     * saved, or when a row not yet approved is hidden from this user ({@code terlihat} false: only its owner, its
     * verifikator and the Camat read it); {@code versi} the one to save against.
     */
    public record RealisasiIku(
            @Nullable StatusRealisasi status,
            Hasil nilai,
            @Nullable Long versi,
            boolean terlihat) {}

    /**
     * What the Evaluasi page shows of the proposal for a year: the marked IKU (none: null) and its realisasi, the
     * figure that would be proposed with its grade, and why it cannot be proposed now ({@code halangan}: a message
     * key with its arguments; null when it can).
     */
    public record KeadaanUsulan(
            int tahun,
            @Nullable Long evaluasiId,
            @Nullable IkuLke iku,
            @Nullable RealisasiIku realisasi,
            Hasil nilaiUsulan,
            @Nullable String predikat,
            @Nullable String halangan,
            List<Object> argumenHalangan) {

        public boolean bolehDiusulkan() {
            return halangan == null;
        }
    }

    /** The proposal of {@code tahun} as the signed-in user's instansi has it; never refuses what the page may show. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN', 'EVALUATOR')")
    public KeadaanUsulan keadaan(int tahun) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        Optional<LembarEvaluasi> lembar = lembarYangDiusulkan(tahun);
        Optional<Indikator> iku = indikatorRepository.findDariLke(pengguna.instansiId());
        IkuLke ikuLke = iku.map(i -> ikuLke(i, pengguna)).orElse(null);
        RealisasiIku realisasi = iku.map(i -> realisasi(baris(i, tahun))).orElse(null);
        AturanDilanggar halangan = lembar.isEmpty()
                ? new AturanDilanggar("evaluasi.usulan.belum-dibuka", tahun)
                : halangan(lembar.get(), iku.orElse(null), realisasi);
        if (halangan == null && ikuLke != null && !ikuLke.milikSaya()) {
            halangan = new AturanDilanggar("evaluasi.usulan.bukan-pemilik", ikuLke.jabatanPemilik());
        }
        return new KeadaanUsulan(
                tahun,
                lembar.map(LembarEvaluasi::evaluasiId).orElse(null),
                ikuLke,
                realisasi,
                lembar.map(l -> totalDiusulkan(l).nilai()).orElse(new Hasil.BelumDiisi()),
                lembar.map(l -> totalDiusulkan(l).predikat()).orElse(null),
                halangan == null ? null : halangan.getKunciPesan(),
                halangan == null ? List.of() : List.of(halangan.getArgumen()));
    }

    /**
     * Saves the evaluation's total as the draft of the marked IKU's Triwulan IV realisasi, with a note naming the
     * evaluation, and submits it. {@code nilaiDilihat}: the total the user saw, refused when the answers have moved it
     * since; {@code versiRealisasi}: the version of that realisasi as loaded (null: none was saved), a conflict when
     * it moved. Returns the realisasi's id.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT')")
    public long usulkan(long evaluasiId, BigDecimal nilaiDilihat, @Nullable Long versiRealisasi) {
        String metode = "UsulanNilaiAkipService.usulkan";
        Pengguna pengguna = penggunaSaatIni.wajib();
        EvaluasiAkip evaluasi = evaluasiRepository
                .findById(evaluasiId)
                .orElseThrow(() -> penjaga.tidakAda(metode, "evaluasi", evaluasiId));
        penjaga.instansiSendiri(metode, evaluasi.getInstansi().idTersimpan(), "evaluasi", evaluasiId);
        Indikator iku = indikatorRepository
                .findDariLke(pengguna.instansiId())
                .orElseThrow(() -> new AturanDilanggar("evaluasi.usulan.tanpa-iku"));
        // checked here, before RealisasiService would refuse the same, so the refusal is logged once and names this
        // call
        if (!iku.getPemilik().idTersimpan().equals(pengguna.jabatanId())) {
            throw penjaga.tolak(metode, "indikator " + iku.getKode() + " milik jabatan lain");
        }
        int tahun = evaluasi.getTahun();
        // the evaluation exists and is of the user's instansi (above), so the worksheet of its year is there
        LembarEvaluasi lembar = lembarYangDiusulkan(tahun).orElseThrow();
        BarisUnit baris = baris(iku, tahun);
        RealisasiIku realisasi = realisasi(baris);
        AturanDilanggar halangan = halangan(lembar, iku, realisasi);
        if (halangan != null) {
            throw halangan;
        }
        // halangan() refused every total that is not a number
        Total diusulkan = totalDiusulkan(lembar);
        BigDecimal total = ((Hasil.Nilai) diusulkan.nilai()).nilai();
        if (total.compareTo(nilaiDilihat) != 0) {
            throw new AturanDilanggar("evaluasi.usulan.nilai-berubah", FormatAngka.duaDesimal(total));
        }
        Periode periode = new Periode(tahun, TRIWULAN);
        String keterangan = "Nilai AKIP dari Evaluasi AKIP " + tahun + ": " + FormatAngka.duaDesimal(total)
                + (diusulkan.predikat() == null ? "" : " (" + diusulkan.predikat() + ")");
        SelTriwulan ada = baris.sel(TRIWULAN);
        SelTriwulan draf = realisasiService.simpanDraf(new SimpanDraf(
                iku.idTersimpan(),
                periode,
                // AturanDariLke: a marked IKU has exactly one komponen, an ISIAN
                Map.of(iku.getKomponen().getFirst().getKode(), total),
                ada == null ? null : ada.kendala(),
                keterangan,
                versiRealisasi));
        realisasiService.ajukan(List.of(draf.realisasiId()));
        return draf.realisasiId();
    }

    private Optional<LembarEvaluasi> lembarYangDiusulkan(int tahun) {
        return evaluasiService.lembar(tahun);
    }

    /**
     * The total that becomes the IKU's realisasi: the evaluation's result, from the evaluator's final answers (or the
     * Sekcam's, internally), not the office's own. The one place that says which total it is.
     */
    private static Total totalDiusulkan(LembarEvaluasi lembar) {
        return lembar.hasilEvaluasi();
    }

    /** Why the total cannot be proposed now, if anything, the owner aside (a refusal of access, not a rule). */
    private @Nullable AturanDilanggar halangan(
            LembarEvaluasi lembar, @Nullable Indikator iku, @Nullable RealisasiIku realisasi) {
        if (iku == null) {
            return new AturanDilanggar("evaluasi.usulan.tanpa-iku");
        }
        Total total = totalDiusulkan(lembar);
        if (!(total.nilai() instanceof Hasil.Nilai)) {
            return new AturanDilanggar("evaluasi.usulan.belum-ditetapkan", total.belum(), lembar.jumlahKriteria());
        }
        if (realisasi != null
                && realisasi.status() != null
                && !realisasi.status().dapatDiubah()) {
            return new AturanDilanggar(
                    realisasi.status() == StatusRealisasi.DISETUJUI
                            ? "evaluasi.usulan.sudah-disetujui"
                            : "evaluasi.usulan.sudah-diajukan",
                    iku.getKode(),
                    lembar.tahun());
        }
        if (!tenggat.sudahBerjalan(new Periode(lembar.tahun(), TRIWULAN), clock)) {
            return new AturanDilanggar("evaluasi.usulan.belum-berjalan", lembar.tahun());
        }
        return null;
    }

    private static IkuLke ikuLke(Indikator iku, Pengguna pengguna) {
        return new IkuLke(
                iku.idTersimpan(),
                iku.getKode(),
                iku.getNama(),
                iku.getPemilik().getNama(),
                iku.getPemilik().idTersimpan().equals(pengguna.jabatanId()));
    }

    /** The IKU's quarters of the year as the signed-in user may read them (RealisasiService decides). */
    private BarisUnit baris(Indikator iku, int tahun) {
        return realisasiService
                .kinerjaIndikator(List.of(iku.idTersimpan()), tahun)
                .getFirst();
    }

    private static RealisasiIku realisasi(BarisUnit baris) {
        SelTriwulan sel = baris.sel(TRIWULAN);
        return sel == null
                ? new RealisasiIku(null, new Hasil.BelumDiisi(), null, baris.dapatMembaca())
                : new RealisasiIku(sel.status(), sel.realisasi(), sel.versi(), true);
    }
}
