package id.kecamatan.kinerja.realisasi;

/** The status of one saved quarter of an indicator: what the menu counts need of a realisasi. */
public record StatusTriwulan(Long indikatorId, int tahun, int triwulan, StatusRealisasi status) {
}
