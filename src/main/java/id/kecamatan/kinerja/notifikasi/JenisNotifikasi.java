package id.kecamatan.kinerja.notifikasi;

/** What a notification tells its recipient; the message keys are {@code notifikasi.jenis.<NAME>}. */
public enum JenisNotifikasi {
    /** To an owner: indicators of a triwulan not submitted yet, its tenggat some days away. */
    PENGINGAT_TENGGAT,
    /** To the verifikator: a realisasi was submitted (by e-mail only in the daily digest). */
    REALISASI_DIAJUKAN,
    /** To the owner: a realisasi was returned (or an approved one reopened), with the verifikator's note. */
    REALISASI_DIKEMBALIKAN,
    /** To the owner: a realisasi was approved. */
    REALISASI_DISETUJUI,
    RENCANA_DIAJUKAN,
    RENCANA_DIKEMBALIKAN,
    RENCANA_DISETUJUI;

    /** A submission, which reaches the verifikator's e-mail only in the daily digest. */
    public boolean pengajuan() {
        return this == REALISASI_DIAJUKAN || this == RENCANA_DIAJUKAN;
    }
}
