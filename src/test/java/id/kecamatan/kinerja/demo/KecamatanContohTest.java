package id.kecamatan.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.BarisKecamatan;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sample kecamatan of the default run (issue 17 item 1): Karimun's thirteen other kecamatan with Meral's plan
 * without its people, sample figures of their own, and the kabupaten's account comparing all fourteen. The test profile
 * does not make them at start, so this test makes them inside a transaction it rolls back.
 */
@UjiTerpadu
class KecamatanContohTest {

    /** As DataContohTest: triwulan IV of 2026 is running, triwulan III was due on 10 October. */
    private static final Instant SEKARANG = Instant.parse("2026-11-25T03:00:00Z");

    /** The sample kecamatan's kodes as an SQL list (other tests make kecamatan of their own under other kodes). */
    private static final String KODE =
            KecamatanContoh.KECAMATAN.stream().map(k -> "'" + k.kode() + "'").collect(Collectors.joining(","));

    @Autowired
    KecamatanContoh kecamatanContoh;

    @Autowired
    PerbandinganKabupatenService perbandingan;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void tigaBelasKecamatanContohDenganRencanaMeralTanpaPegawainyaDanAngkaSendiri() {
        TransactionTemplate transaksi = new TransactionTemplate(transactionManager);
        transaksi.executeWithoutResult(status -> {
            status.setRollbackOnly();
            SebagaiSistem.jalankan(() -> {
                kecamatanContoh.buat(SEKARANG);
                return null;
            });

            List<Map<String, Object>> contoh = jdbc.queryForList(
                    "select kode, nama, kabupaten from instansi where kode in (" + KODE + ") order by nama");
            assertThat(contoh).hasSize(13);
            assertThat(contoh).allSatisfy(i -> {
                assertThat((String) i.get("nama")).startsWith("Kecamatan ").endsWith(" (data contoh)");
                assertThat(i.get("kabupaten")).isEqualTo("Kabupaten Karimun");
            });
            assertThat(contoh)
                    .extracting(i -> i.get("nama"))
                    .contains("Kecamatan Sugie Besar (data contoh)", "Kecamatan Selat Gelam (data contoh)");
            assertThat(jdbc.queryForObject(
                            "select count(*) from penugasan p join jabatan j on j.id = p.jabatan_id"
                                    + " join instansi i on i.id = j.instansi_id where i.kode in (" + KODE + ")",
                            Long.class))
                    .as("Meral's people stay Meral's")
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from realisasi r join indikator d on d.id = r.indikator_id"
                                    + " join instansi i on i.id = d.instansi_id"
                                    + " where i.kode in (" + KODE + ") and not r.data_contoh",
                            Long.class))
                    .isZero();

            SebagaiSistem.jalankan(() -> {
                kecamatanContoh.buat(SEKARANG);
                return null;
            });
            assertThat(jdbc.queryForObject("select count(*) from instansi where kode in (" + KODE + ")", Long.class))
                    .as("a second start makes nothing")
                    .isEqualTo(13);

            MasukSebagai.pengguna(userDetailsService, "kabupaten");
            try {
                List<BarisKecamatan> baris = perbandingan
                        .perbandingan(new Periode(2025, Triwulan.IV))
                        .kecamatan();
                List<BarisKecamatan> sampel = baris.stream()
                        .filter(b -> KODE.contains("'" + b.kode() + "'"))
                        .toList();
                assertThat(sampel).hasSize(13);
                assertThat(sampel).allSatisfy(b -> assertThat(b.skor().nilai()).isInstanceOf(Hasil.Nilai.class));
                assertThat(sampel.stream().map(b -> b.skor().nilai()).distinct())
                        .as("each kecamatan's figures are its own")
                        .hasSizeGreaterThan(10);
                assertThat(sampel).allSatisfy(b -> assertThat(b.dataContoh()).isTrue());
            } finally {
                MasukSebagai.keluar();
            }
        });
    }
}
