package id.kecamatan.kinerja.organisasi;

/**
 * What an instansi is. A KECAMATAN has a plan, indicators and figures; a KABUPATEN is the kabupaten's own row, which
 * holds only the accounts of its Bagian Organisasi or Inspektorat and reads the kecamatan whose {@code kabupaten} is its
 * name.
 */
public enum JenisInstansi {
    KECAMATAN,
    KABUPATEN
}
