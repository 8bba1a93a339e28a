package id.kecamatan.kinerja.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security log for the Admin: logins, refusals and account changes, newest first. */
@Service
public class LogKeamananService {

    /** The newest rows shown at once; a filter narrows them down. */
    public static final int BARIS_MAKS = 500;

    private final LogKeamananRepository repository;

    LogKeamananService(LogKeamananRepository repository) {
        this.repository = repository;
    }

    public record BarisLog(Instant waktu, String username, String alamat, Peristiwa peristiwa, String detail) {}

    /** Rows of one user and/or one event (null or blank: all), newest first, at most {@link #BARIS_MAKS}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<BarisLog> cari(String username, Peristiwa peristiwa) {
        String nama = username == null || username.isBlank() ? null : username.strip();
        return repository.cari(nama, peristiwa, PageRequest.of(0, BARIS_MAKS)).stream()
                .map(l -> new BarisLog(l.getWaktu(), l.getUsername(), l.getAlamat(), l.getPeristiwa(), l.getDetail()))
                .toList();
    }
}
