package id.kecamatan.kinerja.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the security log: written once, never changed (so no version). Time in UTC. */
@Entity
public class LogKeamanan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Instant waktu;

    @Column(length = 60)
    private @Nullable String username;

    @Column(length = 64)
    private @Nullable String alamat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Peristiwa peristiwa;

    @Column(length = 500)
    private @Nullable String detail;

    protected LogKeamanan() {}

    LogKeamanan(
            Instant waktu,
            @Nullable String username,
            @Nullable String alamat,
            Peristiwa peristiwa,
            @Nullable String detail) {
        this.waktu = waktu;
        this.username = potong(username, 60);
        this.alamat = potong(alamat, 64);
        this.peristiwa = peristiwa;
        this.detail = potong(detail, 500);
    }

    /** A typed username can be anything; the log keeps what fits. */
    private static @Nullable String potong(@Nullable String teks, int maks) {
        return teks == null || teks.length() <= maks ? teks : teks.substring(0, maks);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getWaktu() {
        return waktu;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public @Nullable String getAlamat() {
        return alamat;
    }

    public Peristiwa getPeristiwa() {
        return peristiwa;
    }

    public @Nullable String getDetail() {
        return detail;
    }
}
