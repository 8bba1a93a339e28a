package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The installation's SMTP server and reminder settings: one row, edited by the Admin. Until it exists and is
 * {@code aktif} with a host and a sender, no e-mail is sent (notifications still appear in the bell). The password
 * is stored as typed, because it must be given to the server; it is never shown back, returned or logged.
 */
@Entity
class PengaturanSurel extends AbstractEntity {

    static final int HARI_PENGINGAT_BAKU = 7;

    private boolean aktif;

    private @Nullable String host;

    private int port = 587;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeamananSmtp keamanan = KeamananSmtp.STARTTLS;

    private @Nullable String username;

    private @Nullable String password;

    private @Nullable String pengirim;

    private int hariPengingat = HARI_PENGINGAT_BAKU;

    private @Nullable String diubahOleh;

    private @Nullable Instant diubahPada;

    PengaturanSurel() {}

    /** On, and complete enough to send with. */
    boolean siapKirim() {
        return aktif && dapatDihubungi();
    }

    /** A host and a sender: enough for a test mail, whether the sending is on or not. */
    boolean dapatDihubungi() {
        return host != null && !host.isBlank() && pengirim != null && !pengirim.isBlank();
    }

    boolean isAktif() {
        return aktif;
    }

    void setAktif(boolean aktif) {
        this.aktif = aktif;
    }

    @Nullable
    String getHost() {
        return host;
    }

    void setHost(@Nullable String host) {
        this.host = host;
    }

    int getPort() {
        return port;
    }

    void setPort(int port) {
        this.port = port;
    }

    KeamananSmtp getKeamanan() {
        return keamanan;
    }

    void setKeamanan(KeamananSmtp keamanan) {
        this.keamanan = keamanan;
    }

    @Nullable
    String getUsername() {
        return username;
    }

    void setUsername(@Nullable String username) {
        this.username = username;
    }

    @Nullable
    String getPassword() {
        return password;
    }

    void setPassword(@Nullable String password) {
        this.password = password;
    }

    @Nullable
    String getPengirim() {
        return pengirim;
    }

    void setPengirim(@Nullable String pengirim) {
        this.pengirim = pengirim;
    }

    int getHariPengingat() {
        return hariPengingat;
    }

    void setHariPengingat(int hariPengingat) {
        this.hariPengingat = hariPengingat;
    }

    @Nullable
    String getDiubahOleh() {
        return diubahOleh;
    }

    @Nullable
    Instant getDiubahPada() {
        return diubahPada;
    }

    void diubah(String oleh, Instant pada) {
        this.diubahOleh = oleh;
        this.diubahPada = pada;
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "PengaturanSurel[aktif=" + aktif + ", host=" + host + ", port=" + port + ", keamanan=" + keamanan + "]";
    }
}
