package id.kecamatan.kinerja.laporan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.laporan.TeksLkjipService.Akses;
import id.kecamatan.kinerja.laporan.TeksLkjipService.Riwayat;
import id.kecamatan.kinerja.laporan.TeksLkjipService.Seksi;
import id.kecamatan.kinerja.renstra.SasaranRepository;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The LKjIP's written sections: who writes and reads them, their history, conflicts and limits. */
@UjiTerpadu
class TeksLkjipServiceTest {

    static final int TAHUN = TahunUji.bebas(TeksLkjipServiceTest.class);

    @Autowired
    TeksLkjipService service;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    SasaranRepository sasaranRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void eachSaveIsANewRowAndTheNewestIsTheTextInForce() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        List<Object> hasil = laluBatalkan(() -> {
            int pertama = service.simpan(TAHUN, BagianTeks.LATAR_BELAKANG, null, "  Teks pertama.  ", 0);
            int kedua = service.simpan(TAHUN, BagianTeks.LATAR_BELAKANG, null, "Teks kedua.", pertama);
            return List.of(
                    pertama, kedua, service.daftar(TAHUN), service.riwayat(TAHUN, BagianTeks.LATAR_BELAKANG, null));
        });
        assertThat(hasil.subList(0, 2)).containsExactly(1, 2);
        @SuppressWarnings("unchecked")
        List<Seksi> daftar = (List<Seksi>) hasil.get(2);
        Seksi latar = daftar.getFirst();
        assertThat(latar.bagian()).isEqualTo(BagianTeks.LATAR_BELAKANG);
        assertThat(latar.teks()).isEqualTo("Teks kedua.");
        assertThat(latar.nomor()).isEqualTo(2);
        assertThat(latar.oleh()).contains("Sekretaris Camat Meral");
        assertThat(daftar.get(1).bagian()).isEqualTo(BagianTeks.ISU_STRATEGIS);
        assertThat(daftar.get(1).nomor()).as("not written").isZero();
        assertThat(daftar.getLast().bagian()).isEqualTo(BagianTeks.PENUTUP);
        assertThat(daftar.stream().filter(s -> s.bagian() == BagianTeks.ANALISIS_SASARAN))
                .as("one analysis per sasaran of Meral")
                .hasSize(sasaranRepository.findByInstansi(meral()).size());
        @SuppressWarnings("unchecked")
        List<Riwayat> riwayat = (List<Riwayat>) hasil.get(3);
        assertThat(riwayat).extracting(Riwayat::teks).containsExactly("Teks kedua.", "Teks pertama.");
        assertThat(riwayat).extracting(Riwayat::nomor).containsExactly(2, 1);
    }

    @Test
    void aSaveBasedOnATextThatIsNoLongerTheNewestIsAConflictAndWritesNothing() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        List<Riwayat> riwayat = laluBatalkan(() -> {
            int satu = service.simpan(TAHUN, BagianTeks.PENUTUP, null, "Versi Sekcam.", 0);
            // the penyusun saves on the text of number 1 meanwhile
            service.simpan(TAHUN, BagianTeks.PENUTUP, null, "Versi penyusun.", satu);
            assertThatThrownBy(() -> service.simpan(TAHUN, BagianTeks.PENUTUP, null, "Versi lama Sekcam.", satu))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThatThrownBy(() -> service.simpan(TAHUN, BagianTeks.PENUTUP, null, "Dari nol.", 0))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            return service.riwayat(TAHUN, BagianTeks.PENUTUP, null);
        });
        assertThat(riwayat).extracting(Riwayat::teks).containsExactly("Versi penyusun.", "Versi Sekcam.");
    }

    @Test
    void theAnalysisOfASasaranIsItsOwnHistory() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        List<Long> sasaran = sasaranRepository.findByInstansi(meral()).stream()
                .map(s -> s.idTersimpan())
                .toList();
        List<Seksi> daftar = laluBatalkan(() -> {
            service.simpan(TAHUN, BagianTeks.ANALISIS_SASARAN, sasaran.get(0), "Analisis pertama.", 0);
            service.simpan(TAHUN, BagianTeks.ANALISIS_SASARAN, sasaran.get(1), "Analisis kedua.", 0);
            return service.daftar(TAHUN);
        });
        assertThat(daftar.stream()
                        .filter(s -> sasaran.get(0).equals(s.sasaranId()))
                        .findFirst()
                        .orElseThrow()
                        .teks())
                .isEqualTo("Analisis pertama.");
        assertThat(daftar.stream()
                        .filter(s -> sasaran.get(1).equals(s.sasaranId()))
                        .findFirst()
                        .orElseThrow()
                        .teks())
                .isEqualTo("Analisis kedua.");
        assertThatThrownBy(() -> service.simpan(TAHUN, BagianTeks.ANALISIS_SASARAN, null, "Tanpa sasaran", 0))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("lkjip.teks.sasaran");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedWithItsLengthAndTheLimit() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        String panjang = "a".repeat(TeksLkjipService.PANJANG_MAKSIMUM + 1);
        assertThatThrownBy(() -> service.simpan(TAHUN, BagianTeks.ISU_STRATEGIS, null, panjang, 0))
                .isInstanceOfSatisfying(AturanDilanggar.class, e -> {
                    assertThat(e.getKunciPesan()).isEqualTo("lkjip.teks.terlalu-panjang");
                    assertThat(e.getArgumen()).containsExactly(10001, 10000);
                });
        // exactly at the limit is fine
        assertThat(laluBatalkan(() -> service.simpan(
                        TAHUN, BagianTeks.ISU_STRATEGIS, null, "a".repeat(TeksLkjipService.PANJANG_MAKSIMUM), 0)))
                .isEqualTo(1);
    }

    @Test
    void thePenyusunWritesTheCamatAndAdminReadAndOthersAreRefusedOnceInTheLog() {
        MasukSebagai.pengguna(userDetailsService, "kasubbag.perencanaan");
        assertThat(service.aksesSaya()).isEqualTo(Akses.TULIS);
        assertThat(laluBatalkan(() -> service.simpan(TAHUN, BagianTeks.ISU_STRATEGIS, null, "Oleh penyusun.", 0)))
                .isEqualTo(1);

        for (String pembaca : List.of("camat", "admin")) {
            MasukSebagai.pengguna(userDetailsService, pembaca);
            assertThat(service.aksesSaya()).isEqualTo(Akses.BACA);
            assertThat(service.daftar(TAHUN)).isNotEmpty();
            long sebelum = logTerakhir();
            assertThatThrownBy(() -> service.simpan(TAHUN, BagianTeks.ISU_STRATEGIS, null, "Tidak boleh.", 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(penolakanSejak(sebelum)).containsExactly(pembaca + " TeksLkjipService.simpan");
        }

        for (String lain : List.of("kasi.pemerintahan", "adm.perizinan")) {
            MasukSebagai.pengguna(userDetailsService, lain);
            assertThat(service.aksesSaya()).isEqualTo(Akses.TIDAK);
            long sebelum = logTerakhir();
            assertThatThrownBy(() -> service.daftar(TAHUN)).isInstanceOf(AccessDeniedException.class);
            assertThat(penolakanSejak(sebelum)).containsExactly(lain + " TeksLkjipService.daftar");
        }
    }

    @Test
    void aSasaranOfNothingIsRefusedAndLogged() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        long sebelum = logTerakhir();
        assertThatThrownBy(() -> service.riwayat(TAHUN, BagianTeks.ANALISIS_SASARAN, Long.MAX_VALUE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(penolakanSejak(sebelum)).containsExactly("sekcam TeksLkjipService.riwayat");
    }

    private long logTerakhir() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);
    }

    /** "username Kelas.metode" of each refusal logged since. */
    private List<String> penolakanSejak(long id) {
        return jdbc.queryForList(
                "select concat(username, ' ', substring_index(detail, ':', 1)) from log_keamanan "
                        + "where id > ? and peristiwa = 'AKSES_DITOLAK'",
                String.class,
                id);
    }

    private Long meral() {
        return jdbc.queryForObject("select id from instansi where kode = 'MERAL'", Long.class);
    }

    private <T> T laluBatalkan(Supplier<T> langkah) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            return langkah.get();
        });
    }
}
