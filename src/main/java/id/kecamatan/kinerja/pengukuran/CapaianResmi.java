package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.Skor;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuIku;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuSkor;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuUnit;
import id.kecamatan.kinerja.pengukuran.CapaianService.TitikTren;
import id.kecamatan.kinerja.pengukuran.Rollup.CapaianIku;
import id.kecamatan.kinerja.pengukuran.Rollup.CapaianIndikator;
import id.kecamatan.kinerja.pengukuran.Rollup.CapaianUnit;
import id.kecamatan.kinerja.pengukuran.Rollup.SkorKecamatan;
import id.kecamatan.kinerja.pengukuran.SumberRollup.LabelIndikator;
import id.kecamatan.kinerja.realisasi.Tenggat;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved figures of one instansi up to a quarter: the kecamatan score, each IKU with its IKI, each unit kerja,
 * every indicator and the quarterly trend. One calculation for the dashboard (the signed-in user's instansi, through
 * {@link CapaianService}) and the public page (an instansi that publishes, through its service): whoever calls this
 * has already decided the caller may read these figures. Nothing here reads a realisasi that is not approved.
 */
@Component
public class CapaianResmi {

    /** Years shown in the quarterly trend, ending with the selected one. */
    static final int TAHUN_TREN = 5;

    private final SumberRollup sumber;
    private final Tenggat tenggat;
    private final Clock clock;

    CapaianResmi(SumberRollup sumber, Tenggat tenggat, Clock clock) {
        this.sumber = sumber;
        this.tenggat = tenggat;
        this.clock = clock;
    }

    /**
     * {@code dataContoh}: some figures of the trend's years come from the default run's sample data. {@code tren}: a
     * point for every quarter that has begun, of the selected year and the four before it.
     */
    public record Ringkasan(
            Periode sampai,
            KartuSkor kecamatan,
            List<KartuIku> iku,
            List<KartuUnit> unit,
            List<BarisCapaian> indikator,
            List<TitikTren> tren,
            List<TabelPredikat.Pita> pitaPredikat,
            boolean dataContoh) {}

    /** The summary and what it was computed from, for the dashboard's further tables. */
    record Hitungan(
            DataRollup data,
            Map<Long, LabelIndikator> label,
            TabelPredikat predikat,
            SkorKecamatan skor,
            Ringkasan ringkasan) {}

    @Transactional(readOnly = true)
    public Ringkasan ringkasan(long instansiId, Periode sampai) {
        return hitung(instansiId, sampai).ringkasan();
    }

    Hitungan hitung(long instansiId, Periode sampai) {
        int tahun = sampai.tahun();
        DataRollup data = sumber.muat(Set.of(instansiId), tahun - TAHUN_TREN + 1, tahun);
        Map<Long, LabelIndikator> label = sumber.label(instansiId);
        TabelPredikat predikat = Rollup.tabelPredikat(data, instansiId, JenisPredikat.CAPAIAN);
        SkorKecamatan skor = Rollup.hitung(data, instansiId, sampai);

        List<KartuIku> iku = new ArrayList<>();
        for (CapaianIku c : skor.iku()) {
            List<BarisCapaian> iki = data
                    .cascade()
                    .getOrDefault(c.iku().indikator().id(), List.of())
                    .stream()
                    .map(t -> skor.indikator().get(t.ikiId()))
                    .filter(Objects::nonNull)
                    .map(i -> baris(i, label, predikat))
                    .toList();
            iku.add(new KartuIku(
                    baris(c.iku(), label, predikat),
                    c.indeksIki().nilai(),
                    c.indeksIki().terisi(),
                    c.indeksIki().jumlah(),
                    c.capaian(),
                    predikatDari(predikat, c.capaian()),
                    iki));
        }
        List<KartuUnit> unit = new ArrayList<>();
        for (CapaianUnit u : skor.unit()) {
            List<BarisCapaian> milikUnit = skor.indikator().values().stream()
                    .filter(i -> i.indikator().jenis() == JenisIndikator.IKI
                            && Objects.equals(i.indikator().unitKerjaId(), u.unitKerjaId()))
                    .map(i -> baris(i, label, predikat))
                    .toList();
            String nama = milikUnit.isEmpty() ? null : milikUnit.getFirst().unitKerja();
            unit.add(new KartuUnit(
                    u.unitKerjaId(),
                    nama,
                    u.capaian().nilai(),
                    predikatDari(predikat, u.capaian().nilai()),
                    u.capaian().terisi(),
                    u.capaian().jumlah(),
                    milikUnit));
        }
        List<BarisCapaian> indikator = skor.indikator().values().stream()
                .map(i -> baris(i, label, predikat))
                .toList();

        List<TitikTren> tren = new ArrayList<>();
        for (int t = tahun - TAHUN_TREN + 1; t <= tahun; t++) {
            for (Triwulan tw : Triwulan.values()) {
                Periode periode = new Periode(t, tw);
                if (tenggat.sudahBerjalan(periode, clock)) {
                    tren.add(new TitikTren(
                            periode,
                            Rollup.hitung(data, instansiId, periode).skor().nilai()));
                }
            }
        }

        Skor.Gabungan s = skor.skor();
        KartuSkor kecamatan = new KartuSkor(
                s.nilai(),
                predikatDari(predikat, s.nilai()),
                s.terisi(),
                s.jumlah(),
                skor.indikatorTerisi(),
                skor.jumlahIndikator(),
                skor.batasAtas());
        Ringkasan ringkasan = new Ringkasan(
                sampai,
                kecamatan,
                iku,
                unit,
                indikator,
                tren,
                predikat.pita(),
                sumber.adaDataContoh(instansiId, tahun - TAHUN_TREN + 1, tahun));
        return new Hitungan(data, label, predikat, skor, ringkasan);
    }

    static BarisCapaian baris(CapaianIndikator c, Map<Long, LabelIndikator> label, TabelPredikat predikat) {
        // label(…) reads the names of the same instansi's indicators as the rollup
        LabelIndikator l = Objects.requireNonNull(label.get(c.indikator().id()));
        return new BarisCapaian(
                c.indikator().id(),
                l.kode(),
                l.nama(),
                c.indikator().jenis(),
                l.satuan(),
                l.sasaran(),
                l.jabatanId(),
                l.jabatan(),
                l.unitKerja(),
                c.target(),
                c.realisasi(),
                c.capaian(),
                predikatDari(predikat, c.capaian()),
                c.triwulanDisetujui());
    }

    static @Nullable String predikatDari(TabelPredikat predikat, Hasil hasil) {
        return hasil instanceof Hasil.Nilai(BigDecimal nilai)
                ? predikat.predikat(nilai).nama()
                : null;
    }
}
