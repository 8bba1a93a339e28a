package id.kecamatan.kinerja.security;

import id.kecamatan.kinerja.base.PenggunaSaatIni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    private final PenggunaSaatIni penggunaSaatIni;

    LogKeamananService(LogKeamananRepository repository, PenggunaSaatIni penggunaSaatIni) {
        this.repository = repository;
        this.penggunaSaatIni = penggunaSaatIni;
    }

    public record BarisLog(
            Instant waktu,
            @Nullable String username,
            @Nullable String alamat,
            Peristiwa peristiwa,
            @Nullable String detail) {}

    /**
     * Which rows: {@link #SEMUA}, or those of one user, of one event, or both. A blank username sets no condition on
     * the user (an emptied search field); a username is compared without its surrounding spaces.
     */
    public record Saringan(Optional<String> username, Optional<Peristiwa> peristiwa) {

        public static final Saringan SEMUA = new Saringan(Optional.empty(), Optional.empty());

        public Saringan {
            username = username.map(String::strip).filter(nama -> !nama.isEmpty());
        }
    }

    /**
     * The rows the filter chooses, newest first, at most {@link #BARIS_MAKS}; none of another instansi's accounts
     * (see {@link LogKeamananRepository#cari}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<BarisLog> cari(Saringan saringan) {
        return repository
                .cari(
                        saringan.username().orElse(null),
                        saringan.peristiwa().orElse(null),
                        penggunaSaatIni.wajib().instansiId(),
                        PageRequest.of(0, BARIS_MAKS))
                .stream()
                .map(l -> new BarisLog(l.getWaktu(), l.getUsername(), l.getAlamat(), l.getPeristiwa(), l.getDetail()))
                .toList();
    }
}
