package id.kecamatan.kinerja.notifikasi;

/** Where an e-mail of the outbox stands. */
public enum StatusSurel {
    /** To be sent at {@code berikutnya} (the first time, or again after a failure). */
    MENUNGGU,
    TERKIRIM,
    /** Given up after the last attempt; the error stays on the row. */
    GAGAL,
    /** Not sent and never will be: the recipient switched e-mail off or has no address, or it waited too long. */
    BATAL
}
