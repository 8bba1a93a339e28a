package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.security.AkunService.PasswordDitolak;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of a new password (OWASP ASVS 5, V6.2): at least 8 characters, up to 128 allowed, not one of the
 * common passwords shipped with the portal, and no composition rules (no "must contain a digit").
 * Applied wherever a password is set.
 */
public final class KebijakanPassword {

    public static final int PANJANG_MIN = 8;
    public static final int PANJANG_MAKS = 128;

    /** From @zxcvbn-ts/language-common (MIT); where it came from: security/SUMBER.txt beside it. */
    static final String DAFTAR_UMUM = "/security/password-umum.txt";

    private static final SecureRandom ACAK = new SecureRandom();

    private KebijakanPassword() {}

    /** @throws PasswordDitolak with the message key of the first rule broken */
    public static void periksa(String password) {
        int panjang = password == null ? 0 : password.codePointCount(0, password.length());
        if (panjang < PANJANG_MIN) {
            throw new PasswordDitolak("password.terlalu-pendek");
        }
        if (panjang > PANJANG_MAKS) {
            throw new PasswordDitolak("password.terlalu-panjang");
        }
        // The list is lower case; "Password1" is as easy to guess as "password1".
        if (DaftarUmum.ISI.contains(password.toLowerCase(Locale.ROOT))) {
            throw new PasswordDitolak("password.umum");
        }
    }

    /** A one-time password for a new or reset account: 120 random bits, 20 characters. */
    static String bangkitkan() {
        byte[] acak = new byte[15];
        ACAK.nextBytes(acak);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(acak);
    }

    static int jumlahPasswordUmum() {
        return DaftarUmum.ISI.size();
    }

    /** Read once, on first use (about 50,000 entries, 0.4 MB). */
    private static final class DaftarUmum {

        static final Set<String> ISI = baca();

        private static Set<String> baca() {
            try (InputStream masuk = KebijakanPassword.class.getResourceAsStream(DAFTAR_UMUM)) {
                if (masuk == null) {
                    throw new IllegalStateException("Daftar password umum tidak ada: " + DAFTAR_UMUM);
                }
                Set<String> isi = new HashSet<>();
                try (BufferedReader pembaca =
                        new BufferedReader(new InputStreamReader(masuk, StandardCharsets.UTF_8))) {
                    pembaca.lines()
                            .filter(baris -> !baris.isEmpty())
                            .forEach(baris -> isi.add(baris.toLowerCase(Locale.ROOT)));
                }
                return Set.copyOf(isi);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
