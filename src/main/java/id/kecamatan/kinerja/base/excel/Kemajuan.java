package id.kecamatan.kinerja.base.excel;

/** Progress of a long import, for the screen: {@code selesai} of {@code total} steps done. */
@FunctionalInterface
public interface Kemajuan {

    Kemajuan DIAM = (selesai, total) -> {};

    void lapor(int selesai, int total);
}
