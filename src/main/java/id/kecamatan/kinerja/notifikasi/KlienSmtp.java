package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.AturanDilanggar;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP connection, built from the stored settings at the moment of sending (never from application
 * properties), so a change on the settings page applies to the next e-mail. Plain text, UTF-8, with timeouts so a
 * server that does not answer holds the job for seconds, not for ever.
 */
@Component
class KlienSmtp {

    static final int BATAS_WAKTU_MS = 10_000;

    JavaMailSenderImpl pengirim(PengaturanSurel p) {
        JavaMailSenderImpl pengirim = new JavaMailSenderImpl();
        pengirim.setHost(Objects.requireNonNull(p.getHost(), "host SMTP"));
        pengirim.setPort(p.getPort());
        pengirim.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties props = pengirim.getJavaMailProperties();
        boolean masuk = p.getUsername() != null && !p.getUsername().isBlank();
        if (masuk) {
            pengirim.setUsername(p.getUsername());
            pengirim.setPassword(p.getPassword());
        }
        props.put("mail.smtp.auth", String.valueOf(masuk));
        props.put("mail.smtp.connectiontimeout", String.valueOf(BATAS_WAKTU_MS));
        props.put("mail.smtp.timeout", String.valueOf(BATAS_WAKTU_MS));
        props.put("mail.smtp.writetimeout", String.valueOf(BATAS_WAKTU_MS));
        switch (p.getKeamanan()) {
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> props.put("mail.smtp.ssl.enable", "true");
            case TIDAK_ADA -> {}
        }
        return pengirim;
    }

    void kirim(JavaMailSenderImpl pengirim, PengaturanSurel p, String ke, String subjek, String isi) {
        SimpleMailMessage surel = new SimpleMailMessage();
        surel.setFrom(Objects.requireNonNull(p.getPengirim(), "alamat pengirim"));
        surel.setTo(ke);
        surel.setSubject(subjek);
        surel.setText(isi);
        pengirim.send(surel);
    }

    /**
     * A failure as the Admin reads it, in the user's language: a message key of the bundle with its arguments. The
     * server's own words (English, technical) are the last argument of {@code surel.galat.lain} only.
     */
    static AturanDilanggar sebagaiPesan(MailException e, PengaturanSurel p) {
        Throwable sebab = akar(e);
        if (e instanceof MailAuthenticationException || sebab instanceof AuthenticationFailedException) {
            return new AturanDilanggar("surel.galat.autentikasi");
        }
        if (sebab instanceof UnknownHostException) {
            return new AturanDilanggar("surel.galat.host", String.valueOf(p.getHost()));
        }
        if (sebab instanceof ConnectException || sebab instanceof SocketTimeoutException) {
            return new AturanDilanggar("surel.galat.koneksi", String.valueOf(p.getHost()), String.valueOf(p.getPort()));
        }
        if (sebab instanceof SSLException) {
            return new AturanDilanggar("surel.galat.tls");
        }
        if (cari(e, SendFailedException.class) != null) {
            return new AturanDilanggar("surel.galat.alamat", ringkas(sebab));
        }
        return new AturanDilanggar("surel.galat.lain", ringkas(sebab));
    }

    /** The failure as one line for the outbox row (never the password: JavaMail does not put it in messages). */
    static String ringkas(Throwable e) {
        Throwable sebab = akar(e);
        String pesan = sebab.getMessage();
        return sebab.getClass().getSimpleName()
                + (pesan == null ? "" : ": " + pesan.strip().replaceAll("\\s+", " "));
    }

    private static Throwable akar(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t == e && e instanceof MailException m && m instanceof org.springframework.mail.MailSendException kirim) {
            for (Exception gagal : kirim.getFailedMessages().values()) {
                return akar(gagal);
            }
        }
        return t;
    }

    private static <T extends Throwable> @Nullable T cari(Throwable e, Class<T> jenis) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (jenis.isInstance(t)) {
                return jenis.cast(t);
            }
            if (t instanceof org.springframework.mail.MailSendException kirim) {
                for (Exception gagal : kirim.getFailedMessages().values()) {
                    T ketemu = cari(gagal, jenis);
                    if (ketemu != null) {
                        return ketemu;
                    }
                }
            }
        }
        return null;
    }
}
