package id.kecamatan.kinerja.cadangan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.JumlahBaris;
import id.kecamatan.kinerja.KonteksTerpisah;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.cadangan.CadanganService.InfoCadangan;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.pengukuran.CapaianService;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The restore drill: back up, wipe the database, restore, and find every table's checksum and row count and the
 * figures users see exactly as before. Also the daily backup's retention.
 * <p>
 * This test drops every table, so it cannot run on the database the other tests share: its own properties (the
 * default run's sample data, so the drill moves realistic data; two backups kept) give it a Spring context and
 * embedded MariaDB of its own, and {@link DirtiesContext} closes both after the class ({@link KonteksTerpisah} gives
 * the shared context back its security-context strategy).
 */
@ExtendWith(KonteksTerpisah.class)
@SpringBootTest(properties = {"kinerja.demo.data-contoh=true", "kinerja.cadangan.simpan=2"})
@ActiveProfiles("test")
@DirtiesContext
class PemulihanDrillTest {

    @Autowired
    CadanganService cadanganService;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    CapaianService capaianService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext ctx;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void cadanganDihapusLaluDipulihkanSamaPersis() throws Exception {
        // an evidence file with every byte value, so binary columns are proven to survive the round trip
        byte[] semuaByte = new byte[256];
        IntStream.range(0, 256).forEach(i -> semuaByte[i] = (byte) i);
        RealisasiUji.bukti(
                ctx,
                jdbc.queryForObject("select min(id) from realisasi", Long.class),
                "semua-byte.bin",
                "application/octet-stream",
                semuaByte,
                "uji.pemulihan");
        Map<String, Long> jumlahSebelum = JumlahBaris.semuaTabel(jdbc);
        Map<String, Long> checksumSebelum = checksum();
        Map<String, Object> angkaSebelum = angkaDomain();
        assertThat(jumlahSebelum.get("realisasi")).as("sample realisasi").isGreaterThan(100);

        MasukSebagai.pengguna(userDetailsService, "admin");
        long mulai = System.nanoTime();
        InfoCadangan cadangan = cadanganService.buatSekarang();
        double detikCadangan = (System.nanoTime() - mulai) / 1e9;

        hapusSemuaTabel();
        assertThat(JumlahBaris.semuaTabel(jdbc)).as("tables after the wipe").isEmpty();

        mulai = System.nanoTime();
        cadanganService.pulihkan(cadangan.nama());
        double detikPulih = (System.nanoTime() - mulai) / 1e9;
        MasukSebagai.keluar();

        Map<String, Long> checksumSesudah = checksum();
        System.out.printf(
                Locale.ROOT,
                "PEMULIHAN: %d tables, %d rows (%d realisasi); backup %s %d bytes in %.2f s; "
                        + "restore in %.2f s; checksums equal: %s%n",
                jumlahSebelum.size(),
                jumlahSebelum.values().stream().mapToLong(Long::longValue).sum(),
                jumlahSebelum.get("realisasi"),
                cadangan.nama(),
                cadangan.ukuran(),
                detikCadangan,
                detikPulih,
                checksumSesudah.equals(checksumSebelum));
        assertThat(checksumSesudah).isEqualTo(checksumSebelum);
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(jumlahSebelum);
        assertThat(jdbc.queryForObject("select isi from bukti_dukung where nama_file = 'semua-byte.bin'", byte[].class))
                .isEqualTo(semuaByte);
        assertThat(angkaDomain()).isEqualTo(angkaSebelum);
    }

    @Test
    void cadanganTerjadwalMenyimpanDuaTerbaru() {
        MasukSebagai.pengguna(userDetailsService, "admin");
        List<String> dibuat = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dibuat.add(cadanganService.buatTerjadwal().orElseThrow().nama());
        }

        assertThat(cadanganService.daftar())
                .extracting(InfoCadangan::nama)
                .containsExactly(dibuat.get(2), dibuat.get(1));
    }

    /**
     * What users see, computed by the services: the Sekcam's menu counts and every unit's quarters, the Camat's
     * dashboard (kecamatan score, IKU, units) for the years with sample data.
     */
    private Map<String, Object> angkaDomain() {
        Map<String, Object> angka = new LinkedHashMap<>();
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        angka.put("ringkasan sekcam", realisasiService.ringkasan());
        for (var unit : organisasiService.daftarUnit()) {
            for (int tahun = 2024; tahun <= 2026; tahun++) {
                angka.put("unit " + unit.kode() + " " + tahun, realisasiService.kinerjaUnit(unit.id(), tahun));
            }
        }
        MasukSebagai.pengguna(userDetailsService, "camat");
        for (int tahun = 2024; tahun <= 2026; tahun++) {
            var dasbor = capaianService.dasbor(new Periode(tahun, Triwulan.IV));
            angka.put("skor kecamatan " + tahun, dasbor.kecamatan());
            angka.put("dasbor " + tahun, dasbor);
        }
        MasukSebagai.keluar();
        assertThat(angka.get("skor kecamatan 2025")).isNotNull();
        return angka;
    }

    private Map<String, Long> checksum() {
        Map<String, Long> hasil = new TreeMap<>();
        for (String tabel : JumlahBaris.semuaTabel(jdbc).keySet()) {
            hasil.put(tabel, jdbc.queryForObject("checksum table `" + tabel + "`", (rs, i) -> rs.getLong("Checksum")));
        }
        return hasil;
    }

    /** Straight SQL: what is under test is that the restore brings back a schema dropped whole. */
    private void hapusSemuaTabel() throws Exception {
        List<String> tabel = new ArrayList<>(JumlahBaris.semuaTabel(jdbc).keySet());
        try (Connection koneksi = dataSource.getConnection();
                Statement perintah = koneksi.createStatement()) {
            perintah.execute("set foreign_key_checks = 0");
            for (String t : tabel) {
                perintah.execute("drop table `" + t + "`");
            }
            perintah.execute("set foreign_key_checks = 1");
        }
    }
}
