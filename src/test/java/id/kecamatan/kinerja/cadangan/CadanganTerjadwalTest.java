package id.kecamatan.kinerja.cadangan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.db.JadwalHarian;
import id.kecamatan.kinerja.cadangan.CadanganService.InfoCadangan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The daily backup of two instances on one database (each its own {@link CadanganTerjadwal} and
 * {@link JadwalHarian}): however their schedules fire that day, at once or one after the other finished, one backup.
 * Days of their own far in the future, so the portal's own schedule never holds them.
 */
@UjiTerpadu
class CadanganTerjadwalTest {

    @Autowired
    CadanganService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void duaInstansSatuCadanganPerHari() {
        jdbc.update("delete from jadwal_harian where tanggal >= '2091-01-01'");
        Clock hari = Clock.fixed(Instant.parse("2091-03-01T02:00:00Z"), ZoneOffset.UTC);
        CadanganTerjadwal instansA = new CadanganTerjadwal(service, new JadwalHarian(jdbc, hari));
        CadanganTerjadwal instansB = new CadanganTerjadwal(service, new JadwalHarian(jdbc, hari));
        Set<String> sebelum = nama();

        CompletableFuture.allOf(
                        CompletableFuture.runAsync(instansA::jalankan), CompletableFuture.runAsync(instansB::jalankan))
                .join();
        instansB.jalankan();
        instansA.jalankan();

        Set<String> baru = nama();
        baru.removeAll(sebelum);
        assertThat(baru).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from jadwal_harian where pekerjaan = 'cadangan' and tanggal = ?",
                        Integer.class,
                        LocalDate.now(hari)))
                .isOne();

        // the next day is another day
        Clock besok = Clock.offset(hari, Duration.ofDays(1));
        new CadanganTerjadwal(service, new JadwalHarian(jdbc, besok)).jalankan();
        Set<String> lagi = nama();
        lagi.removeAll(sebelum);
        assertThat(lagi).hasSize(2);
    }

    private Set<String> nama() {
        MasukSebagai.pengguna(userDetailsService, "admin");
        try {
            Set<String> hasil = new HashSet<>();
            service.daftar().stream().map(InfoCadangan::nama).forEach(hasil::add);
            return hasil;
        } finally {
            MasukSebagai.keluar();
        }
    }
}
