package id.kecamatan.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.indikator.Komponen;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Realisasi rows on MariaDB: komponen values, status, one row per period, and optimistic locking
 * when two users save the same row. Each test uses a period of its own of Meral's IKI-SEKCAM-1, in years handed
 * out to this class (the repository takes any year).
 */
@UjiTerpadu
class RealisasiRepositoryTest {

    private static final String IKI = "IKI-SEKCAM-1";

    private static final int TAHUN = TahunUji.bebas(RealisasiRepositoryTest.class);
    private static final int TAHUN_SALINAN_LAMA = TahunUji.bebas(RealisasiRepositoryTest.class);

    @Autowired
    RealisasiRepository realisasiRepository;

    @Autowired
    IndikatorRepository indikatorRepository;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void realisasiTersimpanDenganNilaiKomponen() {
        Long id = transaksi().execute(s -> {
            Indikator iki = indikator(IKI);
            Realisasi realisasi = new Realisasi(iki, new Periode(TAHUN, Triwulan.I));
            realisasi.setKeterangan("Survei kepuasan aparatur triwulan I");
            realisasi
                    .getNilaiKomponen()
                    .add(new NilaiKomponen(realisasi, komponen(iki, "APARATUR_PUAS"), new BigDecimal("45")));
            realisasi
                    .getNilaiKomponen()
                    .add(new NilaiKomponen(realisasi, komponen(iki, "JUMLAH_APARATUR"), new BigDecimal("50.25")));
            return realisasiRepository.save(realisasi).getId();
        });

        transaksi().executeWithoutResult(s -> {
            Realisasi realisasi = realisasiRepository
                    .findByIndikatorIdAndTahunAndTriwulan(indikator(IKI).getId(), TAHUN, Triwulan.I)
                    .orElseThrow();
            assertThat(realisasi.getId()).isEqualTo(id);
            assertThat(realisasi.getStatus()).isEqualTo(StatusRealisasi.DRAF);
            assertThat(realisasi.getVersion()).isZero();
            assertThat(realisasi.getKeterangan()).isEqualTo("Survei kepuasan aparatur triwulan I");
            Map<String, BigDecimal> nilai = realisasi.getNilaiKomponen().stream()
                    .collect(Collectors.toMap(n -> n.getKomponen().getKode(), NilaiKomponen::getNilai));
            assertThat(nilai).containsOnlyKeys("APARATUR_PUAS", "JUMLAH_APARATUR");
            assertThat(nilai.get("APARATUR_PUAS")).isEqualByComparingTo("45");
            assertThat(nilai.get("JUMLAH_APARATUR")).isEqualByComparingTo("50.25");
        });
        // stored as exact decimals, not floating point
        assertThat(jdbc.queryForList(
                        "select cast(nilai as char) from nilai_komponen where realisasi_id = ? order by nilai",
                        String.class,
                        id))
                .containsExactly("45.0000", "50.2500");
    }

    @Test
    void statusDanWaktuPengajuanTersimpan() {
        Instant diajukan = Instant.parse("2025-07-03T02:15:30.123456Z");
        Long id = transaksi().execute(s -> {
            Realisasi realisasi = new Realisasi(indikator(IKI), new Periode(TAHUN, Triwulan.II));
            realisasi.setStatus(StatusRealisasi.DIAJUKAN);
            realisasi.setDiajukanPada(diajukan);
            return realisasiRepository.save(realisasi).getId();
        });

        Realisasi tersimpan = realisasiRepository.findById(id).orElseThrow();
        assertThat(tersimpan.getStatus()).isEqualTo(StatusRealisasi.DIAJUKAN);
        assertThat(tersimpan.getDiajukanPada()).isEqualTo(diajukan);
        assertThat(tersimpan.getDisetujuiPada()).isNull();
        assertThat(jdbc.queryForObject("select status from realisasi where id = ?", String.class, id))
                .isEqualTo("DIAJUKAN");
    }

    @Test
    void satuRealisasiPerIndikatorPerTriwulan() {
        Periode periode = new Periode(TAHUN, Triwulan.III);
        transaksi().executeWithoutResult(s -> realisasiRepository.save(new Realisasi(indikator(IKI), periode)));

        assertThatThrownBy(() -> transaksi()
                        .executeWithoutResult(
                                s -> realisasiRepository.saveAndFlush(new Realisasi(indikator(IKI), periode))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jumlahRealisasi(TAHUN, 3)).isEqualTo(1);
    }

    /** Two users open the same row; the second to save loses, and the first one's change stands. */
    @Test
    void penyimpananBersamaanHanyaSatuYangBerhasil() {
        Long id = simpanBaru(TAHUN, 4);
        TransactionTemplate penggunaKedua = transaksi();
        penggunaKedua.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        assertThatThrownBy(() -> transaksi().executeWithoutResult(s -> {
                    Realisasi milikPenggunaPertama =
                            realisasiRepository.findById(id).orElseThrow();
                    // the second user loads, changes and commits in a transaction (and EntityManager) of their own
                    penggunaKedua.executeWithoutResult(s2 ->
                            realisasiRepository.findById(id).orElseThrow().setKeterangan("disimpan pengguna kedua"));
                    milikPenggunaPertama.setKeterangan("disimpan pengguna pertama");
                }))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(jdbc.queryForMap("select keterangan, version from realisasi where id = ?", id))
                .containsEntry("keterangan", "disimpan pengguna kedua")
                .containsEntry("version", 1L);
    }

    /** The grid's case: a row loaded earlier (now detached) is saved after someone else saved it. */
    @Test
    void simpanSalinanLamaDitolak() {
        Long id = simpanBaru(TAHUN_SALINAN_LAMA, 1);
        Realisasi salinanLama = realisasiRepository.findById(id).orElseThrow();
        transaksi()
                .executeWithoutResult(
                        s -> realisasiRepository.findById(id).orElseThrow().setKendala("data desa terlambat"));

        salinanLama.setKeterangan("ditulis pada salinan lama");
        assertThatThrownBy(() -> transaksi().executeWithoutResult(s -> realisasiRepository.save(salinanLama)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(jdbc.queryForMap("select kendala, keterangan, version from realisasi where id = ?", id))
                .containsEntry("kendala", "data desa terlambat")
                .containsEntry("keterangan", null)
                .containsEntry("version", 1L);
    }

    private Long simpanBaru(int tahun, int triwulan) {
        Periode periode = new Periode(tahun, Triwulan.dari(triwulan));
        return transaksi()
                .execute(s -> realisasiRepository
                        .save(new Realisasi(indikator(IKI), periode))
                        .getId());
    }

    private long jumlahRealisasi(int tahun, int triwulan) {
        return jdbc.queryForObject("""
                select count(*) from realisasi r join indikator i on i.id = r.indikator_id
                join instansi n on n.id = i.instansi_id
                where n.kode = 'MERAL' and i.kode = ? and r.tahun = ? and r.triwulan = ?
                """, Long.class, IKI, tahun, triwulan);
    }

    private Indikator indikator(String kode) {
        Long meral = instansiRepository.findByKode("MERAL").orElseThrow().getId();
        return indikatorRepository.findByInstansiAndJenis(meral, JenisIndikator.IKI).stream()
                .filter(i -> i.getKode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    private static Komponen komponen(Indikator indikator, String kode) {
        return indikator.getKomponen().stream()
                .filter(k -> k.getKode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    private TransactionTemplate transaksi() {
        return new TransactionTemplate(transactionManager);
    }
}
