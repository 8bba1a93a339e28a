package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.anggaran.SumberAnggaran;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Efisiensi;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.Skor;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.organisasi.AksesKabupaten;
import id.kecamatan.kinerja.pengukuran.Rollup.SkorKecamatan;
import id.kecamatan.kinerja.pengukuran.SumberRollup.LabelIndikator;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.Penyimpangan;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import id.kecamatan.kinerja.renstra.SasaranRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official figures of the signed-in user's kecamatan: the rollup of approved realisasi (ARCHITECTURE.md §4) as the
 * dashboard and the measurement reports show them. Approved figures are readable by every role (§5); the
 * status of rows not yet approved (heat map, late list) only where the user may read those rows: the Camat,
 * the Sekcam and the Admin see every jabatan, a Kasi or staff member their own.
 */
@Service
public class CapaianService {

    private final CapaianResmi capaianResmi;
    private final SumberRollup sumber;
    private final SumberAnggaran sumberAnggaran;
    private final RencanaAksiService rencanaAksiService;
    private final AturanSkorRepository aturanSkorRepository;
    private final SasaranRepository sasaranRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final AksesKabupaten aksesKabupaten;
    private final Tenggat tenggat;
    private final Clock clock;

    CapaianService(
            CapaianResmi capaianResmi,
            SumberRollup sumber,
            SumberAnggaran sumberAnggaran,
            RencanaAksiService rencanaAksiService,
            AturanSkorRepository aturanSkorRepository,
            SasaranRepository sasaranRepository,
            PenggunaSaatIni penggunaSaatIni,
            AksesKabupaten aksesKabupaten,
            Tenggat tenggat,
            Clock clock) {
        this.capaianResmi = capaianResmi;
        this.sumber = sumber;
        this.sumberAnggaran = sumberAnggaran;
        this.rencanaAksiService = rencanaAksiService;
        this.aturanSkorRepository = aturanSkorRepository;
        this.sasaranRepository = sasaranRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.aksesKabupaten = aksesKabupaten;
        this.tenggat = tenggat;
        this.clock = clock;
    }

    /** An indicator's figures for a period, with the names a reader needs. */
    public record BarisCapaian(
            Long indikatorId,
            String kode,
            String nama,
            JenisIndikator jenis,
            String satuan,
            String sasaran,
            Long jabatanId,
            String jabatan,
            @Nullable String unitKerja,
            @Nullable BigDecimal target,
            Hasil realisasi,
            Hasil capaian,
            @Nullable String predikat,
            int triwulanDisetujui) {}

    /** The kecamatan score: weighted mean of the IKU, with how many IKU and indicators have approved data. */
    public record KartuSkor(
            Hasil nilai,
            @Nullable String predikat,
            int ikuTerisi,
            int jumlahIku,
            int indikatorTerisi,
            int jumlahIndikator,
            BigDecimal batasAtas) {}

    /** An IKU's own capaian beside the IKI index of the IKI cascaded to it. */
    public record KartuIku(
            BarisCapaian iku,
            Hasil indeksIki,
            int ikiTerisi,
            int jumlahIki,
            Hasil capaian,
            @Nullable String predikat,
            List<BarisCapaian> iki) {}

    public record KartuUnit(
            @Nullable Long unitKerjaId,
            @Nullable String nama,
            Hasil capaian,
            @Nullable String predikat,
            int terisi,
            int jumlah,
            List<BarisCapaian> indikator) {}

    /**
     * A sasaran served by budget programs: its capaian (its IKU as they count in the score, else its IKI; with how many
     * have approved data) beside the serapan of those programs, and the efficiency grade where both are numbers.
     */
    public record EfisiensiSasaran(
            Long sasaranId,
            String kode,
            String teks,
            Hasil capaian,
            int terisi,
            int jumlah,
            Hasil serapan,
            Optional<Efisiensi.Penilaian> efisiensi) {}

    /**
     * A sasaran's capaian as the dashboard's efficiency table shows it (its IKU as they count in the score, else its
     * IKI), with its predikat and how many of the indicators behind it have approved data.
     */
    public record CapaianSasaran(
            Long sasaranId,
            String kode,
            String teks,
            Hasil capaian,
            @Nullable String predikat,
            int terisi,
            int jumlah) {}

    /** The kecamatan score up to a quarter of a year, for the trend. */
    public record TitikTren(Periode periode, Hasil skor) {}

    /**
     * One jabatan × quarter of the heat map: how many of its indicators are in each state. Late: the deadline
     * has passed and the row is not submitted; empty: nothing saved yet, before the deadline.
     */
    public record SelPeta(
            int disetujui,
            int diajukan,
            int draf,
            int dikembalikan,
            int kosong,
            int terlambat,
            boolean belumBerjalan) {}

    public record BarisPeta(Long jabatanId, String jabatan, List<SelPeta> triwulan) {}

    /** A quarter past its deadline that is not submitted ({@code status} null: nothing saved). */
    public record Terlambat(
            Long indikatorId,
            String kode,
            String indikator,
            String jabatan,
            Triwulan triwulan,
            LocalDate tenggat,
            @Nullable StatusRealisasi status) {}

    /**
     * Everything the dashboard shows. {@code indikator}: every indicator's approved figures, which every role may
     * read. {@code terbatas}: the user sees the kecamatan summary and their own indicators only (a Kasi or staff
     * member), so {@code unit} is empty and the heat map, the late list and the quarters behind their Rencana Aksi
     * ({@code penyimpangan}) have their own jabatan only.
     * {@code dataContoh}: some figures of these years come from the default run's sample data. {@code bacaSaja}: another
     * kecamatan's dashboard as its kabupaten reads it: approved figures only, so no heat map, late list or Rencana Aksi,
     * and no way into the office's own pages.
     */
    public record Dasbor(
            Periode sampai,
            boolean terbatas,
            boolean bacaSaja,
            KartuSkor kecamatan,
            List<KartuIku> iku,
            List<KartuUnit> unit,
            List<BarisCapaian> indikator,
            List<BarisCapaian> milikSaya,
            List<TitikTren> tren,
            List<BarisPeta> peta,
            List<Terlambat> terlambat,
            List<Penyimpangan> penyimpangan,
            List<TabelPredikat.Pita> pitaPredikat,
            List<EfisiensiSasaran> efisiensi,
            BigDecimal ambangEfisiensi,
            boolean dataContoh) {}

    /**
     * The dashboard of a year up to a quarter: the capaian of each indicator over its approved quarters up to
     * then, against the target of that quarter where one is set, else the year's.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Dasbor dasbor(Periode sampai) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        long instansiId = pengguna.instansiId();
        boolean terbatas = pengguna.peran() == Peran.KEPALA_UNIT || pengguna.peran() == Peran.STAF;
        CapaianResmi.Hitungan hitungan = capaianResmi.hitung(instansiId, sampai);
        CapaianResmi.Ringkasan ringkasan = hitungan.ringkasan();
        List<BarisCapaian> milikSaya = ringkasan.indikator().stream()
                .filter(i -> i.jabatanId().equals(pengguna.jabatanId()))
                .toList();

        Map<Long, Map<Triwulan, StatusRealisasi>> status = sumber.status(instansiId, sampai.tahun());
        List<BarisPeta> peta = new ArrayList<>();
        List<Terlambat> terlambat = new ArrayList<>();
        long jabatanSaya = pengguna.jabatanId();
        LongPredicate jabatanDitampilkan = terbatas ? jabatanId -> jabatanId == jabatanSaya : jabatanId -> true;
        petaStatus(hitungan.label(), status, sampai.tahun(), jabatanDitampilkan, peta, terlambat);

        BigDecimal ambang = aturanSkorRepository.ambangEfisiensi(instansiId);
        return new Dasbor(
                sampai,
                terbatas,
                false,
                ringkasan.kecamatan(),
                ringkasan.iku(),
                terbatas ? List.of() : ringkasan.unit(),
                ringkasan.indikator(),
                milikSaya,
                ringkasan.tren(),
                peta,
                terlambat,
                rencanaAksiService.penyimpangan(sampai).stream()
                        .filter(p -> jabatanDitampilkan.test(p.jabatanId()))
                        .toList(),
                ringkasan.pitaPredikat(),
                efisiensi(hitungan.skor(), instansiId, ambang),
                ambang,
                ringkasan.dataContoh());
    }

    /**
     * The dashboard of a kecamatan of the signed-in kabupaten ({@link AksesKabupaten}), read-only: its approved
     * figures as its own Camat sees them, without the status of rows not approved.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('KABUPATEN')")
    public Dasbor dasborKecamatan(String kode, Periode sampai) {
        long instansiId =
                aksesKabupaten.kecamatan("CapaianService.dasborKecamatan", kode).idTersimpan();
        CapaianResmi.Hitungan hitungan = capaianResmi.hitung(instansiId, sampai);
        CapaianResmi.Ringkasan ringkasan = hitungan.ringkasan();
        BigDecimal ambang = aturanSkorRepository.ambangEfisiensi(instansiId);
        return new Dasbor(
                sampai,
                false,
                true,
                ringkasan.kecamatan(),
                ringkasan.iku(),
                ringkasan.unit(),
                ringkasan.indikator(),
                List.of(),
                ringkasan.tren(),
                List.of(),
                List.of(),
                List.of(),
                ringkasan.pitaPredikat(),
                efisiensi(hitungan.skor(), instansiId, ambang),
                ambang,
                ringkasan.dataContoh());
    }

    /**
     * The budget efficiency of the signed-in user's kecamatan up to a quarter: each sasaran the budget's programs serve,
     * its capaian beside their serapan, graded against the instansi's threshold (the dashboard's figures, for the
     * LKjIP). Approved figures and the budget are readable by every role.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<EfisiensiSasaran> efisiensi(Periode sampai) {
        long instansiId = penggunaSaatIni.wajib().instansiId();
        DataRollup data = sumber.muat(Set.of(instansiId), sampai.tahun(), sampai.tahun());
        return efisiensi(
                Rollup.hitung(data, instansiId, sampai), instansiId, aturanSkorRepository.ambangEfisiensi(instansiId));
    }

    /** Each sasaran the budget's programs serve, in the budget's order, graded against the instansi's threshold. */
    private List<EfisiensiSasaran> efisiensi(SkorKecamatan skor, long instansiId, BigDecimal ambang) {
        return sumberAnggaran.serapanPerSasaran(instansiId, skor.sampai()).stream()
                .map(s -> {
                    Skor.Gabungan capaian = capaianSasaran(skor, s.sasaranId());
                    return new EfisiensiSasaran(
                            s.sasaranId(),
                            s.kode(),
                            s.teks(),
                            capaian.nilai(),
                            capaian.terisi(),
                            capaian.jumlah(),
                            s.serapan(),
                            Efisiensi.nilai(capaian.nilai(), s.serapan(), ambang));
                })
                .toList();
    }

    /**
     * The capaian of every sasaran of the signed-in user's kecamatan up to a quarter, in the plan's order, with the
     * same figures as the dashboard's efficiency table (for the LKjIP's chapter III and its chart). Approved figures
     * are readable by every role.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CapaianSasaran> capaianSasaran(Periode sampai) {
        long instansiId = penggunaSaatIni.wajib().instansiId();
        DataRollup data = sumber.muat(Set.of(instansiId), sampai.tahun(), sampai.tahun());
        SkorKecamatan skor = Rollup.hitung(data, instansiId, sampai);
        TabelPredikat predikat = Rollup.tabelPredikat(data, instansiId, JenisPredikat.CAPAIAN);
        return sasaranRepository.findByInstansi(instansiId).stream()
                .map(s -> {
                    Skor.Gabungan capaian = capaianSasaran(skor, s.idTersimpan());
                    return new CapaianSasaran(
                            s.idTersimpan(),
                            s.getKode(),
                            s.getTeks(),
                            capaian.nilai(),
                            CapaianResmi.predikatDari(predikat, capaian.nilai()),
                            capaian.terisi(),
                            capaian.jumlah());
                })
                .toList();
    }

    /** A sasaran without indicators behind it has no figure: "belum diisi", none of none covered. */
    private static Skor.Gabungan capaianSasaran(SkorKecamatan skor, long sasaranId) {
        Skor.Gabungan capaian = skor.sasaran().get(sasaranId);
        return capaian == null ? new Skor.Gabungan(new Hasil.BelumDiisi(), 0, 0) : capaian;
    }

    /**
     * Pengukuran kinerja: every indicator of the kecamatan (IKU first) with target, realisasi, capaian and
     * predikat over its approved quarters up to {@code sampai} — the same figures as the dashboard.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BarisCapaian> pengukuran(Periode sampai) {
        long instansiId = penggunaSaatIni.wajib().instansiId();
        DataRollup data = sumber.muat(Set.of(instansiId), sampai.tahun(), sampai.tahun());
        Map<Long, LabelIndikator> label = sumber.label(instansiId);
        TabelPredikat predikat = Rollup.tabelPredikat(data, instansiId, JenisPredikat.CAPAIAN);
        SkorKecamatan skor = Rollup.hitung(data, instansiId, sampai);
        List<BarisCapaian> baris = new ArrayList<>();
        for (JenisIndikator jenis : List.of(JenisIndikator.IKU, JenisIndikator.IKI)) {
            skor.indikator().values().stream()
                    .filter(i -> i.indikator().jenis() == jenis)
                    .forEach(i -> baris.add(CapaianResmi.baris(i, label, predikat)));
        }
        return baris;
    }

    private void petaStatus(
            Map<Long, LabelIndikator> label,
            Map<Long, Map<Triwulan, StatusRealisasi>> status,
            int tahun,
            LongPredicate jabatanDitampilkan,
            List<BarisPeta> peta,
            List<Terlambat> terlambat) {
        LocalDate hariIni = tenggat.hariIni(clock);
        Map<Long, List<Map.Entry<Long, LabelIndikator>>> perJabatan = new LinkedHashMap<>();
        for (Map.Entry<Long, LabelIndikator> e : label.entrySet()) {
            if (jabatanDitampilkan.test(e.getValue().jabatanId())) {
                perJabatan
                        .computeIfAbsent(e.getValue().jabatanId(), j -> new ArrayList<>())
                        .add(e);
            }
        }
        perJabatan.forEach((jabatanId, indikator) -> {
            List<SelPeta> sel = new ArrayList<>();
            for (Triwulan tw : Triwulan.values()) {
                Periode periode = new Periode(tahun, tw);
                boolean berjalan = tenggat.sudahBerjalan(periode, clock);
                LocalDate batas = tenggat.untuk(periode);
                int disetujui = 0, diajukan = 0, draf = 0, dikembalikan = 0, kosong = 0, lewat = 0;
                for (Map.Entry<Long, LabelIndikator> e : indikator) {
                    StatusRealisasi s =
                            status.getOrDefault(e.getKey(), Map.of()).get(tw);
                    if (hariIni.isAfter(batas) && (s == null || s.dapatDiubah())) {
                        lewat++;
                        terlambat.add(new Terlambat(
                                e.getKey(),
                                e.getValue().kode(),
                                e.getValue().nama(),
                                e.getValue().jabatan(),
                                tw,
                                batas,
                                s));
                    } else if (s == null) {
                        kosong += berjalan ? 1 : 0;
                    } else {
                        switch (s) {
                            case DISETUJUI -> disetujui++;
                            case DIAJUKAN -> diajukan++;
                            case DRAF -> draf++;
                            case DIKEMBALIKAN -> dikembalikan++;
                        }
                    }
                }
                sel.add(new SelPeta(disetujui, diajukan, draf, dikembalikan, kosong, lewat, !berjalan));
            }
            peta.add(new BarisPeta(jabatanId, indikator.getFirst().getValue().jabatan(), sel));
        });
    }
}
