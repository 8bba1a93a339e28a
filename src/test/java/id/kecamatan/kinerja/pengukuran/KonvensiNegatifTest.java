package id.kecamatan.kinerja.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.KonvensiNegatif;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService.BarisPengaturan;
import id.kecamatan.kinerja.indikator.PengaturanIndikatorService.UbahIndikator;
import id.kecamatan.kinerja.indikator.PeriodeTarget;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService.AturanBerlaku;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiUji;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17 item 3 on Meral's plan: the Sekcam switches the convention of NEGATIF indicators and the dashboard and the
 * Rincian follow it. Meral's plan has no NEGATIF indicator, so the test makes IKI-KASI-PEM-1 one, in a transaction
 * that is rolled back (the shared database keeps Meral's plan and CERMIN).
 */
@UjiTerpadu
class KonvensiNegatifTest {

    private static final int TAHUN = TahunUji.milik(KonvensiNegatifTest.class, 2038);

    @Autowired
    ApplicationContext ctx;

    @Autowired
    PengaturanIndikatorService indikatorService;

    @Autowired
    PengaturanSkorService skorService;

    @Autowired
    CapaianService capaianService;

    @Autowired
    RealisasiService realisasiService;

    @Autowired
    IndikatorRepository indikatorRepository;

    @Autowired
    TargetRepository targetRepository;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @PersistenceContext
    EntityManager entityManager;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void kebalikanMengubahCapaianNegatifDiDasborDanRincianLaluCerminMengembalikannya() {
        dibatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            BarisPengaturan ektp = indikatorService.daftar().stream()
                    .filter(b -> b.kode().equals("IKI-KASI-PEM-1"))
                    .findFirst()
                    .orElseThrow();
            indikatorService.simpan(new UbahIndikator(
                    ektp.id(),
                    ektp.versi(),
                    ektp.formula(),
                    ektp.agregasi(),
                    Polaritas.NEGATIF,
                    ektp.rumus(),
                    ektp.bobot(),
                    ektp.dariLke()));
            targetRepository.save(new Target(
                    indikatorRepository.findById(ektp.id()).orElseThrow(),
                    TAHUN,
                    PeriodeTarget.TAHUNAN,
                    BigDecimal.TEN,
                    null,
                    0,
                    Instant.now(),
                    "uji"));
            RealisasiUji.tulis(
                    ctx,
                    ektp.id(),
                    new Periode(TAHUN, Triwulan.I),
                    StatusRealisasi.DISETUJUI,
                    Map.of("PENDUDUK_REKAM_EKTP", "8", "JUMLAH_PENDUDUK", "100"));
            // the dashboard reads with plain SQL in this same transaction
            entityManager.flush();

            AturanBerlaku awal = skorService.aturan();
            assertThat(awal.konvensiNegatif())
                    .as("existing installs keep the mirror")
                    .isEqualTo(KonvensiNegatif.CERMIN);
            // R = 8 / 100 × 100 = 8; cermin (2 × 10 − 8) / 10 × 100 = 120
            assertCapaian(ektp.id(), "120.00");

            skorService.simpanKonvensiNegatif(KonvensiNegatif.KEBALIKAN, awal.versiInstansi());
            entityManager.flush();
            assertThat(skorService.aturan().konvensiNegatif()).isEqualTo(KonvensiNegatif.KEBALIKAN);
            // kebalikan 10 / 8 × 100 = 125
            assertCapaian(ektp.id(), "125.00");

            assertThatThrownBy(() -> skorService.simpanKonvensiNegatif(KonvensiNegatif.CERMIN, awal.versiInstansi()))
                    .as("a change made on the version loaded before the last one")
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertCapaian(ektp.id(), "125.00");

            skorService.simpanKonvensiNegatif(
                    KonvensiNegatif.CERMIN, skorService.aturan().versiInstansi());
            entityManager.flush();
            assertCapaian(ektp.id(), "120.00");
        });
    }

    /** The indicator's capaian on the dashboard (up to triwulan IV) and in its Rincian row (triwulan I). */
    private void assertCapaian(long indikatorId, String harapan) {
        Hasil nilai = new Hasil.Nilai(new BigDecimal(harapan));
        CapaianService.BarisCapaian dasbor = capaianService.dasbor(new Periode(TAHUN, Triwulan.IV)).indikator().stream()
                .filter(b -> b.indikatorId() == indikatorId)
                .findFirst()
                .orElseThrow();
        assertThat(dasbor.capaian()).as("dasbor").isEqualTo(nilai);
        RealisasiService.SelTriwulan rincian = Objects.requireNonNull(realisasiService
                .kinerjaIndikator(List.of(indikatorId), TAHUN)
                .getFirst()
                .triwulan()
                .getFirst());
        assertThat(rincian.capaian()).as("rincian").isEqualTo(nilai);
    }

    private void dibatalkan(Runnable uji) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            uji.run();
        });
    }
}
