package id.kecamatan.kinerja.capaian;

/**
 * One named input of an indicator's formula.
 *
 * @param kode  the key under which its value is entered; unique within the indicator, ignoring case
 * @param peran the part it plays in the formula
 */
public record DefinisiKomponen(String kode, PeranKomponen peran) {

    public DefinisiKomponen {
        if (kode == null || kode.isBlank()) {
            throw new IllegalArgumentException("Kode komponen wajib diisi");
        }
        if (!kode.strip().equals(kode)) {
            // values are looked up by kode, so a stray space would silently never match
            throw new IllegalArgumentException("Kode komponen '" + kode + "' tidak boleh diawali atau diakhiri spasi");
        }
        if (peran == null) {
            throw new IllegalArgumentException("Peran komponen '" + kode + "' wajib diisi");
        }
    }
}
