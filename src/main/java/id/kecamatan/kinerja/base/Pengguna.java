package id.kecamatan.kinerja.base;

import java.io.Serializable;

/** The signed-in user as the portal sees them: account, person and the jabatan they hold now. */
public record Pengguna(
        Long akunId,
        String username,
        String nama,
        Long instansiId,
        Long jabatanId,
        String namaJabatan,
        Peran peran,
        boolean harusGantiPassword)
        implements Serializable {}
