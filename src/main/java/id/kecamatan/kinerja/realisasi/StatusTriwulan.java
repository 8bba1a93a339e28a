package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;

/** The status of one saved quarter of an indicator: what the menu counts need of a realisasi. */
public record StatusTriwulan(Long indikatorId, int tahun, Triwulan triwulan, StatusRealisasi status) {

    public Periode periode() {
        return new Periode(tahun, triwulan);
    }
}
