package id.kecamatan.kinerja.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One row of the security log: written once, never changed (so no version). Time in UTC. */
@Entity
public class LogKeamanan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant waktu;

    @Column(length = 60)
    private String username;

    @Column(length = 64)
    private String alamat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Peristiwa peristiwa;

    @Column(length = 500)
    private String detail;

    protected LogKeamanan() {}

    LogKeamanan(Instant waktu, String username, String alamat, Peristiwa peristiwa, String detail) {
        this.waktu = waktu;
        this.username = potong(username, 60);
        this.alamat = potong(alamat, 64);
        this.peristiwa = peristiwa;
        this.detail = potong(detail, 500);
    }

    /** A typed username can be anything; the log keeps what fits. */
    private static String potong(String teks, int maks) {
        return teks == null || teks.length() <= maks ? teks : teks.substring(0, maks);
    }

    public Long getId() {
        return id;
    }

    public Instant getWaktu() {
        return waktu;
    }

    public String getUsername() {
        return username;
    }

    public String getAlamat() {
        return alamat;
    }

    public Peristiwa getPeristiwa() {
        return peristiwa;
    }

    public String getDetail() {
        return detail;
    }
}
