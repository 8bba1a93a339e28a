package id.kecamatan.kinerja.evaluasi;

/** Where the office stands with a recommendation of the evaluation. */
public enum StatusTindakLanjut {
    BELUM,
    PROSES,
    SELESAI
}
