package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.IsianTriwulan;
import id.kecamatan.kinerja.capaian.Perhitungan;
import id.kecamatan.kinerja.capaian.Skor;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.pengukuran.DataRollup.CapaianTersimpan;
import id.kecamatan.kinerja.pengukuran.DataRollup.IndikatorRollup;
import id.kecamatan.kinerja.pengukuran.DataRollup.PitaData;
import id.kecamatan.kinerja.pengukuran.DataRollup.TargetPeriode;
import id.kecamatan.kinerja.pengukuran.DataRollup.TautanCascade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rollup of ARCHITECTURE.md §4 over data already read: capaian per indicator for a year up to a quarter, the IKI
 * index of each IKU, the kecamatan score and the capaian per unit kerja, each with its coverage. The arithmetic
 * itself is package capaian's; this class only decides which figures are combined with which.
 */
public final class Rollup {

    private Rollup() {}

    /**
     * One indicator over the approved quarters up to the reporting quarter.
     *
     * @param target            the target the period is measured against (null if none is set)
     * @param triwulanDisetujui how many approved quarters count
     */
    public record CapaianIndikator(
            IndikatorRollup indikator,
            @Nullable BigDecimal target,
            Hasil realisasi,
            Hasil capaian,
            int triwulanDisetujui) {

        public boolean adaData() {
            return triwulanDisetujui > 0;
        }
    }

    /**
     * An IKU: its own capaian beside the IKI index of the IKI cascaded to it; the IKU counts in the kecamatan
     * score with its own capaian where that is a number, otherwise with the IKI index.
     */
    public record CapaianIku(CapaianIndikator iku, Skor.Gabungan indeksIki, Hasil capaian) {}

    /** The IKI of one unit kerja (null: jabatan outside every unit) combined with equal weights. */
    public record CapaianUnit(@Nullable Long unitKerjaId, Skor.Gabungan capaian) {}

    /**
     * @param sampai           the year and the last triwulan counted
     * @param sasaran          per sasaran id: its IKU as they count in the score, with the IKU weights; a sasaran
     *                         without IKU: its IKI with equal weights
     * @param skor             weighted mean of the IKU capaian, with the IKU coverage
     * @param indikatorTerisi  indicators (IKU and IKI) with approved data in the period
     * @param jumlahIndikator  all indicators of the instansi
     */
    public record SkorKecamatan(
            long instansiId,
            Periode sampai,
            BigDecimal batasAtas,
            Skor.Gabungan skor,
            int indikatorTerisi,
            int jumlahIndikator,
            List<CapaianIku> iku,
            List<CapaianUnit> unit,
            Map<Long, Skor.Gabungan> sasaran,
            Map<Long, CapaianIndikator> indikator) {}

    /** Every instansi in the data, in the data's order. */
    public static List<SkorKecamatan> hitungSemua(DataRollup data, Periode sampai) {
        List<SkorKecamatan> hasil = new ArrayList<>(data.indikator().size());
        for (Long instansiId : data.indikator().keySet()) {
            hasil.add(hitung(data, instansiId, sampai));
        }
        return hasil;
    }

    public static SkorKecamatan hitung(DataRollup data, long instansiId, Periode sampai) {
        BigDecimal batasAtas = data.batasAtas().getOrDefault(instansiId, Skor.BATAS_ATAS_BAKU);
        List<IndikatorRollup> daftar = data.indikator().getOrDefault(instansiId, List.of());
        Map<Long, CapaianIndikator> perIndikator = new LinkedHashMap<>();
        int terisi = 0;
        for (IndikatorRollup i : daftar) {
            CapaianIndikator c = capaian(data, i, sampai);
            perIndikator.put(i.id(), c);
            if (c.adaData()) {
                terisi++;
            }
        }

        List<CapaianIku> iku = new ArrayList<>();
        List<Skor.Item> itemKecamatan = new ArrayList<>();
        Map<@Nullable Long, List<Skor.Item>> itemUnit = new LinkedHashMap<>();
        Map<Long, List<Skor.Item>> ikuSasaran = new LinkedHashMap<>();
        Map<Long, List<Skor.Item>> ikiSasaran = new LinkedHashMap<>();
        for (CapaianIndikator c : perIndikator.values()) {
            IndikatorRollup i = c.indikator();
            if (i.jenis() == JenisIndikator.IKU) {
                List<Skor.Item> itemIki = new ArrayList<>();
                for (TautanCascade t : data.cascade().getOrDefault(i.id(), List.of())) {
                    CapaianIndikator iki = perIndikator.get(t.ikiId());
                    if (iki != null) {
                        itemIki.add(new Skor.Item(iki.capaian(), t.bobot()));
                    }
                }
                Skor.Gabungan indeks = Skor.rataRataTertimbang(itemIki, batasAtas);
                Hasil dipakai = c.capaian() instanceof Hasil.Nilai ? c.capaian() : indeks.nilai();
                iku.add(new CapaianIku(c, indeks, dipakai));
                itemKecamatan.add(new Skor.Item(dipakai, i.bobot()));
                ikuSasaran
                        .computeIfAbsent(i.sasaranId(), s -> new ArrayList<>())
                        .add(new Skor.Item(dipakai, i.bobot()));
            } else {
                Skor.Item item = new Skor.Item(c.capaian(), BigDecimal.ONE);
                itemUnit.computeIfAbsent(i.unitKerjaId(), u -> new ArrayList<>())
                        .add(item);
                ikiSasaran
                        .computeIfAbsent(i.sasaranId(), s -> new ArrayList<>())
                        .add(item);
            }
        }
        Map<Long, Skor.Gabungan> sasaran = new LinkedHashMap<>();
        ikuSasaran.forEach((id, item) -> sasaran.put(id, Skor.rataRataTertimbang(item, batasAtas)));
        ikiSasaran.forEach((id, item) -> sasaran.putIfAbsent(id, Skor.rataRataTertimbang(item, batasAtas)));
        List<CapaianUnit> unit = new ArrayList<>();
        itemUnit.forEach((unitId, item) -> unit.add(new CapaianUnit(unitId, Skor.rataRataTertimbang(item, batasAtas))));
        return new SkorKecamatan(
                instansiId,
                sampai,
                batasAtas,
                Skor.rataRataTertimbang(itemKecamatan, batasAtas),
                terisi,
                daftar.size(),
                iku,
                unit,
                sasaran,
                perIndikator);
    }

    /** The predikat table of an instansi: its own bands where it has set them, else the default. */
    public static TabelPredikat tabelPredikat(DataRollup data, long instansiId, JenisPredikat jenis) {
        List<PitaData> sendiri =
                data.predikat().getOrDefault(instansiId, Map.of()).get(jenis);
        return sendiri == null || sendiri.isEmpty() ? jenis.tabelBawaan() : tabel(jenis, sendiri);
    }

    static TabelPredikat tabel(JenisPredikat jenis, List<PitaData> pita) {
        List<TabelPredikat.Pita> daftar = pita.stream()
                // a saved or default band always has its bound; only one being entered may lack it
                .map(p -> new TabelPredikat.Pita(Objects.requireNonNull(p.batas()), p.nama()))
                .toList();
        // the two default tables differ in how a bound is reached; an instansi's own table keeps its kind's rule
        return jenis == JenisPredikat.CAPAIAN ? TabelPredikat.batasBawah(daftar) : TabelPredikat.lebihDari(daftar);
    }

    /**
     * One indicator for a year up to a quarter: from the aggregates where the data was read from them, else from
     * the raw rows. Also what the aggregates store ({@link #agregat}) and what {@link PemeriksaAgregat} compares them to.
     */
    static CapaianIndikator capaian(DataRollup data, IndikatorRollup i, Periode sampai) {
        DataRollup.Tersimpan tersimpan = data.tersimpan();
        if (tersimpan != null) {
            if (!tersimpan.sampai().equals(sampai)) {
                throw new IllegalArgumentException("Agregat dibaca untuk " + tersimpan.sampai() + ", bukan " + sampai);
            }
            CapaianTersimpan c = tersimpan.capaian().get(i.id());
            return c == null
                    ? tanpaTargetDanData(data, i)
                    : new CapaianIndikator(i, c.target(), c.realisasi(), c.capaian(), c.triwulanDisetujui());
        }
        List<IsianTriwulan> semua = data.isian().getOrDefault(i.id(), Map.of()).getOrDefault(sampai.tahun(), List.of());
        List<IsianTriwulan> dihitung = new ArrayList<>(semua.size());
        for (IsianTriwulan tw : semua) {
            if (tw.triwulan().compareTo(sampai.triwulan()) <= 0) {
                dihitung.add(tw);
            }
        }
        TargetPeriode periode = data.target().getOrDefault(i.id(), Map.of()).get(sampai.tahun());
        BigDecimal target = periode == null ? null : periode.sampai(sampai.triwulan());
        // SumberRollup reads the definition of every indicator it reads from the raw rows
        Hasil realisasi =
                Perhitungan.nilaiAgregat(Objects.requireNonNull(data.definisi().get(i.id())), dihitung);
        return new CapaianIndikator(
                i,
                target,
                realisasi,
                Perhitungan.capaian(i.polaritas(), data.konvensi(i.instansiId()), target, realisasi),
                dihitung.size());
    }

    /**
     * What the aggregates hold for one indicator and year, read from the raw rows: its figures up to each quarter;
     * none where the year has neither a target nor an approved realisasi (the rollup then derives them itself).
     */
    static Map<Triwulan, CapaianTersimpan> agregat(DataRollup data, IndikatorRollup i, int tahun) {
        Map<Triwulan, CapaianTersimpan> hasil = new EnumMap<>(Triwulan.class);
        boolean adaTarget = data.target().getOrDefault(i.id(), Map.of()).containsKey(tahun);
        boolean adaData = data.isian().getOrDefault(i.id(), Map.of()).containsKey(tahun);
        if (adaTarget || adaData) {
            for (Triwulan tw : Triwulan.values()) {
                CapaianIndikator c = capaian(data, i, new Periode(tahun, tw));
                hasil.put(tw, new CapaianTersimpan(c.target(), c.realisasi(), c.capaian(), c.triwulanDisetujui()));
            }
        }
        return hasil;
    }

    /** The figures of an indicator whose year has neither a target nor an approved realisasi. */
    private static CapaianIndikator tanpaTargetDanData(DataRollup data, IndikatorRollup i) {
        Hasil realisasi = new Hasil.BelumDiisi();
        return new CapaianIndikator(
                i,
                null,
                realisasi,
                Perhitungan.capaian(i.polaritas(), data.konvensi(i.instansiId()), null, realisasi),
                0);
    }
}
