/** The organisation: instansi (with its kepala daerah), unit kerja, jabatan, pegawai and their penugasan. */
@NullMarked
package id.kecamatan.kinerja.organisasi;

import org.jspecify.annotations.NullMarked;
