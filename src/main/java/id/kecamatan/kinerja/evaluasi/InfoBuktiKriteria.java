package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.InfoBukti;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A file of an evaluation with the kriteria it belongs to, without its content, as the repository reads it. */
record InfoBuktiKriteria(
        String kriteria,
        Long id,
        String namaFile,
        String tipeKonten,
        long ukuran,
        String sha256,
        String diunggahOleh,
        Instant diunggahPada,
        @Nullable Instant digantiPada) {

    InfoBukti info() {
        return new InfoBukti(id, namaFile, tipeKonten, ukuran, sha256, diunggahOleh, diunggahPada, digantiPada);
    }
}
