package id.kecamatan.kinerja.organisasi;

import org.jspecify.annotations.Nullable;

/**
 * The head of the region an instansi belongs to, as a document names them: title (e.g. "Bupati Karimun"), name
 * and NIP (null: an elected head has none).
 */
public record KepalaDaerah(
        String jabatan, String nama, @Nullable String nip) {}
