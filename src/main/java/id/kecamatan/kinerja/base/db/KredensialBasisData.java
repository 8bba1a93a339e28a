package id.kecamatan.kinerja.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user and password with which the portal reaches its embedded MariaDB, generated at the first start and kept in
 * the data folder as a MariaDB option file readable by its owner only, so that the {@code mariadb} client uses it as
 * it is: {@code mariadb --defaults-extra-file=data/kredensial-basis-data.cnf kinerja}.
 */
record KredensialBasisData(String username, String password, int port) {

    static final String NAMA_BERKAS = "kredensial-basis-data.cnf";
    private static final String USERNAME = "kinerja";

    static KredensialBasisData buat(int port) {
        byte[] acak = new byte[24];
        new SecureRandom().nextBytes(acak);
        return new KredensialBasisData(
                USERNAME, Base64.getUrlEncoder().withoutPadding().encodeToString(acak), port);
    }

    KredensialBasisData denganPort(int portBaru) {
        return new KredensialBasisData(username, password, portBaru);
    }

    /**
     * Reads the option file; a file that exists but cannot be read or lacks user or password is an error with a
     * message saying what to do, never a reason to make new credentials over existing data.
     */
    static KredensialBasisData baca(Path berkas) {
        List<String> baris;
        try {
            baris = Files.readAllLines(berkas, StandardCharsets.UTF_8);
        } catch (AccessDeniedException e) {
            throw rusak(berkas, "tidak dapat dibaca (izin berkas)");
        } catch (IOException e) {
            throw rusak(berkas, "tidak dapat dibaca: " + e.getMessage());
        }
        Map<String, String> nilai = new LinkedHashMap<>();
        for (String satu : baris) {
            int samaDengan = satu.indexOf('=');
            if (samaDengan > 0) {
                nilai.put(
                        satu.substring(0, samaDengan).strip(),
                        satu.substring(samaDengan + 1).strip());
            }
        }
        String user = nilai.get("user");
        String password = nilai.get("password");
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw rusak(berkas, "tidak berisi user dan password");
        }
        int port;
        try {
            port = Integer.parseInt(nilai.getOrDefault("port", "0"));
        } catch (NumberFormatException e) {
            port = 0;
        }
        return new KredensialBasisData(user, password, port);
    }

    /** Written whole under another name and then renamed, so a crash never leaves half a file behind. */
    void tulis(Path berkas) throws IOException {
        String isi = """
                # Pengguna basis data tertanam portal Kinerja Kecamatan, dibuat pada start pertama.
                # Jangan dihapus: tanpa berkas ini portal tidak dapat membuka datanya (lihat README).
                # Klien: mariadb --defaults-extra-file=%s <nama basis data>
                [client]
                user=%s
                password=%s
                host=127.0.0.1
                port=%d
                protocol=TCP
                skip-ssl
                """.formatted(berkas, username, password, port);
        Path sementara = berkas.resolveSibling(berkas.getFileName() + ".baru");
        Files.deleteIfExists(sementara);
        buatHanyaUntukPemilik(sementara);
        Files.writeString(sementara, isi, StandardCharsets.UTF_8);
        Files.move(sementara, berkas, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Creates an empty file that only its owner may read and write (0600), before anything secret is written. */
    static void buatHanyaUntukPemilik(Path berkas) throws IOException {
        if (berkas.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.createFile(
                        berkas, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                Files.getFileAttributeView(berkas, PosixFileAttributeView.class)
                        .setPermissions(PosixFilePermissions.fromString("rw-------"));
            }
        } else {
            Files.createFile(berkas);
        }
    }

    /**
     * The password as MariaDB stores it for mysql_native_password ({@code *} + hex SHA1(SHA1(password))), so that the
     * start-up SQL file carries no password in clear.
     */
    String hashNative() {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] sekali = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(sekali));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "KredensialBasisData[username=" + username + ", port=" + port + "]";
    }

    private static EmbeddedDbTidakDapatDimulai rusak(Path berkas, String masalah) {
        return new EmbeddedDbTidakDapatDimulai(
                "Berkas kredensial basis data " + berkas + " " + masalah + ". "
                        + "Pulihkan berkas itu (dari salinan folder data), atau pastikan portal dijalankan oleh pemilik folder "
                        + "data. Bila berkas itu hilang untuk selamanya, jalankan portal sekali dengan "
                        + "--kinerja.embedded-db.kredensial-baru=true: pengguna basis data mendapat password baru dan data "
                        + "tetap utuh.",
                null);
    }
}
