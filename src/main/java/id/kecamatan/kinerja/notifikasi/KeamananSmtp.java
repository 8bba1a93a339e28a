package id.kecamatan.kinerja.notifikasi;

/** How the connection to the SMTP server is secured: not at all, STARTTLS (usually port 587), or SSL/TLS (465). */
public enum KeamananSmtp {
    TIDAK_ADA,
    STARTTLS,
    SSL
}
