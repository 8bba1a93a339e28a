package id.kecamatan.kinerja.base;

/**
 * Published when a feature refuses access after its own check (e.g. a row of another jabatan asked for by id),
 * so that the refusal reaches the security log without the feature depending on the security package.
 */
public record AksesDitolak(String username, String alasan) {
}
