package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.pengukuran.DataRollup.CapaianTersimpan;
import id.kecamatan.kinerja.pengukuran.DataRollup.IndikatorRollup;
import id.kecamatan.kinerja.pengukuran.Rollup.CapaianIndikator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every maintained aggregate (table agregat_capaian) from the raw rows, year by year, and reports each
 * indicator and period where what the rollup reads from the aggregates differs from what it computes from the raw
 * rows: none is expected, as {@link PemeliharaAgregat} keeps them in the transaction of every change. The Admin of an
 * instansi checks its own (the page of the rollup's settings is theirs); the benchmark checks every instansi.
 */
@Service
public class PemeriksaAgregat {

    /** Differences listed in a report; the count is always complete. */
    static final int CONTOH_MAKS = 20;

    private final SumberRollup sumber;
    private final JdbcTemplate jdbc;
    private final PenggunaSaatIni penggunaSaatIni;

    PemeriksaAgregat(SumberRollup sumber, JdbcTemplate jdbc, PenggunaSaatIni penggunaSaatIni) {
        this.sumber = sumber;
        this.jdbc = jdbc;
        this.penggunaSaatIni = penggunaSaatIni;
    }

    /**
     * An indicator and period whose figures differ: as the aggregates give them (null: no row, the figures of no
     * target and no data) and as the raw rows give them.
     */
    public record Selisih(
            long indikatorId, Periode periode, @Nullable CapaianTersimpan tersimpan, CapaianTersimpan dihitung) {}

    /**
     * @param diperiksa indicator × year × reporting quarter compared
     * @param jumlahSelisih how many differ
     * @param contoh the first {@value #CONTOH_MAKS} of them
     */
    public record Laporan(long diperiksa, long jumlahSelisih, List<Selisih> contoh) {}

    /** Checks the signed-in Admin's instansi. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Laporan periksa() {
        return periksa(List.of(penggunaSaatIni.wajib().instansiId()));
    }

    /** @param instansiIds the instansi to check; null: every instansi */
    Laporan periksa(@Nullable Collection<Long> instansiIds) {
        String filter = instansiIds == null
                ? ""
                : " join indikator i on i.id = x.indikator_id where i.instansi_id in ("
                        + instansiIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        List<Integer> tahun = jdbc.query(
                "select distinct tahun from (select x.tahun from target x" + filter
                        + " union select x.tahun from realisasi x" + filter
                        + " union select x.tahun from agregat_capaian x" + filter + ") t order by tahun",
                (rs, n) -> rs.getInt(1));
        long diperiksa = 0;
        long jumlahSelisih = 0;
        List<Selisih> contoh = new ArrayList<>();
        for (int t : tahun) {
            DataRollup mentah = instansiIds == null ? sumber.muatSemua(t, t) : sumber.muat(instansiIds, t, t);
            Map<Triwulan, Map<Long, CapaianTersimpan>> tersimpan = tersimpan(t, filter);
            for (Triwulan tw : Triwulan.values()) {
                Periode periode = new Periode(t, tw);
                Map<Long, CapaianTersimpan> baris = tersimpan.get(tw);
                // the aggregates as the maintained rollup reads them, beside the raw rows
                DataRollup dariAgregat = new DataRollup(
                        mentah.indikator(),
                        mentah.cascade(),
                        Map.of(),
                        Map.of(),
                        mentah.batasAtas(),
                        mentah.predikat(),
                        mentah.konvensiNegatif(),
                        Map.of(),
                        new DataRollup.Tersimpan(periode, Objects.requireNonNull(baris)));
                for (List<IndikatorRollup> daftar : mentah.indikator().values()) {
                    for (IndikatorRollup i : daftar) {
                        diperiksa++;
                        CapaianIndikator dihitung = Rollup.capaian(mentah, i, periode);
                        if (!dihitung.equals(Rollup.capaian(dariAgregat, i, periode))) {
                            jumlahSelisih++;
                            if (contoh.size() < CONTOH_MAKS) {
                                contoh.add(new Selisih(
                                        i.id(),
                                        periode,
                                        baris.get(i.id()),
                                        new CapaianTersimpan(
                                                dihitung.target(),
                                                dihitung.realisasi(),
                                                dihitung.capaian(),
                                                dihitung.triwulanDisetujui())));
                            }
                        }
                    }
                }
            }
        }
        return new Laporan(diperiksa, jumlahSelisih, List.copyOf(contoh));
    }

    private Map<Triwulan, Map<Long, CapaianTersimpan>> tersimpan(int tahun, String filter) {
        Map<Triwulan, Map<Long, CapaianTersimpan>> hasil = new EnumMap<>(Triwulan.class);
        for (Triwulan tw : Triwulan.values()) {
            hasil.put(tw, new HashMap<>());
        }
        jdbc.query(
                "select x.triwulan, x.indikator_id, x.target, x.jenis_realisasi, x.realisasi, x.alasan_realisasi,"
                        + " x.jenis_capaian, x.capaian, x.alasan_capaian, x.triwulan_disetujui from agregat_capaian x"
                        + filter + (filter.isEmpty() ? " where" : " and") + " x.tahun = ?",
                rs -> {
                    Objects.requireNonNull(hasil.get(Triwulan.dari(rs.getInt(1))))
                            .put(rs.getLong(2), SumberRollup.capaianTersimpan(rs, 3));
                },
                tahun);
        return hasil;
    }
}
