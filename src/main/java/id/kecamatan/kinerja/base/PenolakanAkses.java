package id.kecamatan.kinerja.base;

import org.jspecify.annotations.Nullable;

/**
 * One refused call, published once by {@link PenjagaAkses} so that the security package writes it to the security
 * log without the features depending on that package. {@code metode}: "Kelas.metode" of the service method that
 * was called; {@code username}: null when no one is signed in.
 */
public record PenolakanAkses(@Nullable String username, String metode, String alasan) {}
