package id.kecamatan.kinerja.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.anggaran.AnggaranService.BarisAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.DaftarAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.PilihanSasaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.SimpanMataAnggaran;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The budget on the real database, each test inside a transaction that is rolled back (so no other test ever sees
 * these rows): sums up the tree, serapan per row and per sasaran, and the rules of what may be saved.
 */
@UjiTerpadu
class AnggaranServiceTest {

    /** A year of its own (every write is rolled back too). */
    static final int TAHUN = TahunUji.bebas(AnggaranServiceTest.class);

    @Autowired
    AnggaranService service;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void programsAndKegiatanAddUpTheirSubKegiatanAndSerapanCountsUpToTheTriwulanAsked() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            PilihanSasaran sasaran = service.pilihanTautan().sasaran().stream()
                    .filter(s -> s.kode().equals("SK-ADM-KANTOR"))
                    .findFirst()
                    .orElseThrow();
            Long program = baru(TingkatAnggaran.PROGRAM, null, "7.01.01", sasaran.id());
            Long kegiatan = baru(TingkatAnggaran.KEGIATAN, program, "7.01.01.2.01", null);
            subKegiatan(kegiatan, "7.01.01.2.01.0001", "1000000", "100000", "150000", null, null);
            subKegiatan(kegiatan, "7.01.01.2.01.0002", "3000000", null, "600000", "900000", null);

            DaftarAnggaran daftar = service.daftar(new Periode(TAHUN, Triwulan.II));

            assertThat(daftar.baris())
                    .extracting(BarisAnggaran::kode)
                    .containsExactly("7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001", "7.01.01.2.01.0002");
            BarisAnggaran atas = daftar.baris().getFirst();
            assertThat(atas.pagu()).isEqualByComparingTo("4000000");
            // triwulan I 100.000 (the second sub-kegiatan entered none), II 150.000 + 600.000, III 900.000
            assertThat(atas.realisasi().get(0)).isEqualByComparingTo("100000");
            assertThat(atas.realisasi().get(1)).isEqualByComparingTo("750000");
            assertThat(atas.realisasi().get(2)).isEqualByComparingTo("900000");
            assertThat(atas.realisasi().get(3)).isNull();
            // up to triwulan II: 850.000 / 4.000.000 = 21,25 %
            assertThat(atas.jumlah()).isEqualByComparingTo("850000");
            assertThat(atas.serapan()).isEqualTo(new Hasil.Nilai(new BigDecimal("21.25")));
            assertThat(daftar.sasaran()).singleElement().satisfies(s -> {
                assertThat(s.kode()).isEqualTo("SK-ADM-KANTOR");
                assertThat(s.program()).isEqualTo(1);
                assertThat(s.serapan()).isEqualTo(new Hasil.Nilai(new BigDecimal("21.25")));
            });
            assertThat(daftar.serapan()).isEqualTo(new Hasil.Nilai(new BigDecimal("21.25")));
            // the whole year: 1.750.000 / 4.000.000
            assertThat(service.daftar(new Periode(TAHUN, Triwulan.IV)).serapan())
                    .isEqualTo(new Hasil.Nilai(new BigDecimal("43.75")));
        });
    }

    @Test
    void spendingAboveThePaguIsAcceptedAndFlagged() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "admin");
            Long program = baru(TingkatAnggaran.PROGRAM, null, "P1", null);
            Long kegiatan = baru(TingkatAnggaran.KEGIATAN, program, "P1.K1", null);
            subKegiatan(kegiatan, "P1.K1.S1", "1000", "600", "600", null, null);

            BarisAnggaran sub =
                    service.daftar(new Periode(TAHUN, Triwulan.IV)).baris().get(2);

            assertThat(sub.melebihiPagu()).isTrue();
            assertThat(sub.serapan()).isEqualTo(new Hasil.Nilai(new BigDecimal("120.00")));
        });
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            Long program = baru(TingkatAnggaran.PROGRAM, null, "P1", null);
            Long kegiatan = baru(TingkatAnggaran.KEGIATAN, program, "P1.K1", null);

            ditolak("anggaran.kode-ganda", () -> baru(TingkatAnggaran.PROGRAM, null, "P1", null));
            ditolak("anggaran.induk-wajib", () -> baru(TingkatAnggaran.KEGIATAN, null, "K2", null));
            ditolak("anggaran.induk-tidak-sah", () -> baru(TingkatAnggaran.SUB_KEGIATAN, program, "S2", null));
            ditolak("anggaran.kode-tidak-sah", () -> baru(TingkatAnggaran.PROGRAM, null, "P 2", null));
            ditolak("anggaran.pagu-negatif", () -> subKegiatan(kegiatan, "P1.K1.S1", "-1", null, null, null, null));
            ditolak(
                    "anggaran.realisasi-tidak-sah",
                    () -> subKegiatan(kegiatan, "P1.K1.S1", "1000", null, "1,005", null, null));
            ditolak("anggaran.masih-ada-rincian", () -> service.hapus(program, versi(program)));

            assertThat(service.daftar(new Periode(TAHUN, Triwulan.IV)).baris())
                    .extracting(BarisAnggaran::kode)
                    .containsExactly("P1", "P1.K1");
        });
    }

    @Test
    void aRowChangedMeanwhileIsAConflictAndAKasiMayNotWrite() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            Long program = baru(TingkatAnggaran.PROGRAM, null, "P1", null);
            long lama = versi(program);
            service.simpan(ubah(program, lama, "P1", "Program diganti"));

            assertThatThrownBy(() -> service.simpan(ubah(program, lama, "P1", "Program lain")))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);

            MasukSebagai.pengguna(userDetailsService, "kasi.lh");
            assertThatThrownBy(() -> service.hapus(program, versi(program))).isInstanceOf(AccessDeniedException.class);
            assertThat(service.daftar(new Periode(TAHUN, Triwulan.IV)).baris())
                    .extracting(BarisAnggaran::nama)
                    .containsExactly("Program diganti");
        });
    }

    private Long baru(TingkatAnggaran tingkat, Long induk, String kode, Long sasaran) {
        service.simpan(new SimpanMataAnggaran(
                null, null, TAHUN, tingkat, induk, kode, "Uraian " + kode, sasaran, null, null, Map.of()));
        return id(kode);
    }

    private void subKegiatan(Long induk, String kode, String pagu, String tw1, String tw2, String tw3, String tw4) {
        Map<Triwulan, BigDecimal> realisasi = new EnumMap<>(Triwulan.class);
        String[] isian = {tw1, tw2, tw3, tw4};
        for (Triwulan tw : Triwulan.semua()) {
            String nilai = isian[tw.ordinal()];
            if (nilai != null) {
                realisasi.put(tw, new BigDecimal(nilai.replace(',', '.')));
            }
        }
        service.simpan(new SimpanMataAnggaran(
                null,
                null,
                TAHUN,
                TingkatAnggaran.SUB_KEGIATAN,
                induk,
                kode,
                "Uraian " + kode,
                null,
                null,
                new BigDecimal(pagu),
                realisasi));
    }

    private SimpanMataAnggaran ubah(Long id, long versi, String kode, String nama) {
        return new SimpanMataAnggaran(
                id, versi, TAHUN, TingkatAnggaran.PROGRAM, null, kode, nama, null, null, null, Map.of());
    }

    private Long id(String kode) {
        return baris(kode).id();
    }

    private long versi(Long id) {
        return service.daftar(new Periode(TAHUN, Triwulan.IV)).baris().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow()
                .versi();
    }

    private BarisAnggaran baris(String kode) {
        return service.daftar(new Periode(TAHUN, Triwulan.IV)).baris().stream()
                .filter(b -> b.kode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    private static void ditolak(String kunci, Runnable langkah) {
        assertThatThrownBy(langkah::run)
                .isInstanceOfSatisfying(
                        AturanDilanggar.class,
                        e -> assertThat(e.getKunciPesan()).isEqualTo(kunci));
    }

    private void laluBatalkan(Runnable langkah) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            langkah.run();
        });
    }
}
