package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.security.SebagaiSistem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The plan file of the fictional "Kecamatan Contoh" (src/test/resources/seed/kecamatan-contoh.yaml):
 * a second kecamatan for the importer and access tests, and the base of the malformed files, which
 * change one numbered line of it.
 */
public final class RencanaContoh {

    public static final String NAMA_BERKAS = "kecamatan-contoh.yaml";
    public static final String KODE = "CONTOH";
    private static final int BARIS_KODE_INSTANSI = 5;

    private RencanaContoh() {}

    public static Resource berkas() {
        return new ClassPathResource("seed/" + NAMA_BERKAS);
    }

    public static String isi() {
        try {
            return berkas().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same plan under another instansi kode, so a test can import a kecamatan of its own. */
    public static String denganKode(String kodeInstansi) {
        return ubahBaris(isi(), BARIS_KODE_INSTANSI, "  kode: CONTOH", "  kode: " + kodeInstansi);
    }

    /** Imports the plan under the given kode, as the system does at start; idempotent like every import. */
    public static ImporRencana.Hasil impor(ImporRencana imporRencana, String kodeInstansi) {
        return SebagaiSistem.jalankan(() -> imporRencana.impor(sebagaiBerkas(denganKode(kodeInstansi))));
    }

    /** A plan text as a file named {@value #NAMA_BERKAS}, the name the importer's messages give. */
    public static Resource sebagaiBerkas(String isi) {
        return new ByteArrayResource(isi.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return NAMA_BERKAS;
            }
        };
    }

    /** Replaces line {@code nomor} (from 1), which must read {@code lama}, so a test cannot change the wrong line. */
    public static String ubahBaris(String isi, int nomor, String lama, String baru) {
        List<String> baris = new ArrayList<>(isi.lines().toList());
        if (!baris.get(nomor - 1).equals(lama)) {
            throw new IllegalArgumentException(
                    "Baris " + nomor + " berbunyi '" + baris.get(nomor - 1) + "', bukan '" + lama + "'");
        }
        baris.set(nomor - 1, baru);
        return String.join("\n", baris) + "\n";
    }

    public static String hapusBaris(String isi, int nomor, String lama) {
        List<String> baris = new ArrayList<>(isi.lines().toList());
        if (!baris.get(nomor - 1).equals(lama)) {
            throw new IllegalArgumentException(
                    "Baris " + nomor + " berbunyi '" + baris.get(nomor - 1) + "', bukan '" + lama + "'");
        }
        baris.remove(nomor - 1);
        return String.join("\n", baris) + "\n";
    }
}
