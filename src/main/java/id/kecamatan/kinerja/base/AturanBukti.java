package id.kecamatan.kinerja.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The rules every evidence file meets, wherever it is attached (a realisasi's bukti dukung, an LKE kriteria's files):
 * a name without folders, not empty, at most {@link #UKURAN_MAKS}, one of the {@link JenisBerkas} by its content,
 * and a name that ends as its content is. The services add who may upload where; a replaced file stays as history.
 */
public final class AturanBukti {

    /** 10 MB per file. */
    public static final int UKURAN_MAKS = 10 * 1024 * 1024;

    private static final int PANJANG_NAMA_MAKS = 255;

    /** A file that passed: its name as stored, its type by content and its SHA-256 in hex. */
    public record BuktiSah(String nama, JenisBerkas jenis, String sha256) {}

    private AturanBukti() {}

    /** Checks a file as uploaded; refuses with an {@link AturanDilanggar} naming the file ("bukti.*" keys). */
    public static BuktiSah periksa(@Nullable String namaFile, byte @Nullable [] isi) {
        String nama = namaTanpaFolder(namaFile);
        if (isi == null || isi.length == 0) {
            throw new AturanDilanggar("bukti.kosong", nama);
        }
        if (isi.length > UKURAN_MAKS) {
            throw new AturanDilanggar("bukti.terlalu-besar", nama, UKURAN_MAKS / (1024 * 1024));
        }
        JenisBerkas jenis =
                JenisBerkas.kenali(isi).orElseThrow(() -> new AturanDilanggar("bukti.tipe-tidak-didukung", nama));
        if (!jenis.cocokDengan(nama)) {
            throw new AturanDilanggar(
                    "bukti.nama-tidak-cocok", nama, jenis.label(), String.join(" / ", jenis.ekstensiBerkas()));
        }
        return new BuktiSah(nama, jenis, sha256(isi));
    }

    /** The name without any folder a browser or a client sent along ("C:\fakepath\laporan.pdf"). */
    private static String namaTanpaFolder(@Nullable String namaFile) {
        String nama = namaFile == null
                ? ""
                : namaFile.substring(Math.max(namaFile.lastIndexOf('/'), namaFile.lastIndexOf('\\')) + 1)
                        .strip();
        if (nama.isEmpty() || nama.length() > PANJANG_NAMA_MAKS || nama.chars().anyMatch(Character::isISOControl)) {
            throw new AturanDilanggar("bukti.nama-tidak-sah", PANJANG_NAMA_MAKS);
        }
        return nama;
    }

    private static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
