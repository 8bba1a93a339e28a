package id.kecamatan.kinerja.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt for passwords of any allowed length. bcrypt reads at most 72 bytes and Spring refuses longer input,
 * but up to 128 characters (up to 512 bytes in UTF-8) are allowed: a longer password is first reduced to its
 * SHA-256 (the "bcrypt-sha256" scheme of passlib). Passwords of up to 72 bytes are hashed exactly as before,
 * so existing hashes stay valid.
 */
final class EncoderPassword implements PasswordEncoder {

    static final int BATAS_BCRYPT = 72;

    private final BCryptPasswordEncoder bcrypt;

    EncoderPassword(int cost) {
        this.bcrypt = new BCryptPasswordEncoder(cost);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        // no password, no hash: the interface's contract, as bcrypt's own encoder keeps it
        return rawPassword == null ? null : bcrypt.encode(siapkan(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return rawPassword != null && bcrypt.matches(siapkan(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static CharSequence siapkan(CharSequence password) {
        byte[] bita = password.toString().getBytes(StandardCharsets.UTF_8);
        if (bita.length <= BATAS_BCRYPT) {
            return password;
        }
        try {
            byte[] ringkas = MessageDigest.getInstance("SHA-256").digest(bita);
            return "sha256:" + Base64.getEncoder().encodeToString(ringkas);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 wajib ada di setiap JVM", e);
        }
    }
}
