package id.kecamatan.kinerja.base.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.realisasi.NilaiKomponen;
import id.kecamatan.kinerja.realisasi.Realisasi;
import id.kecamatan.kinerja.realisasi.RealisasiRepository;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Envers history: every audited change gets a revision stamped with who made it (table revisi). */
@UjiTerpadu
class PencatatRevisiTest {

    /** The year of this class's rows, handed out (the repository takes any year). */
    private static final int TAHUN = TahunUji.bebas(PencatatRevisiTest.class);

    @Autowired
    RealisasiRepository realisasiRepository;

    @Autowired
    IndikatorRepository indikatorRepository;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void revisiMencatatPenggunaYangMengubah() {
        Instant mulai = Instant.now();
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        Long id = transaksi().execute(s -> {
            Indikator ektp = indikator("IKI-KASI-PEM-1");
            Realisasi realisasi = new Realisasi(ektp, new Periode(TAHUN, Triwulan.I));
            for (var komponen : ektp.getKomponen()) {
                realisasi.getNilaiKomponen().add(new NilaiKomponen(realisasi, komponen, new BigDecimal("1200")));
            }
            return realisasiRepository.save(realisasi).getId();
        });
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        transaksi()
                .executeWithoutResult(
                        s -> realisasiRepository.findById(id).orElseThrow().setKendala("perekaman terhenti"));

        assertThat(jdbc.queryForList("""
                select concat(r.pengguna, ' ', a.revtype, ' ', coalesce(a.kendala, '-')) from realisasi_aud a
                join revisi r on r.id = a.rev where a.id = ? order by a.rev
                """, String.class, id))
                .containsExactly("kasi.pemerintahan 0 -", "sekcam 1 perekaman terhenti");
        assertThat(jdbc.queryForList("""
                select r.pengguna from nilai_komponen_aud a join revisi r on r.id = a.rev where a.realisasi_id = ?
                """, String.class, id)).containsExactly("kasi.pemerintahan", "kasi.pemerintahan");
        List<Long> waktu = jdbc.queryForList("""
                select r.waktu from realisasi_aud a join revisi r on r.id = a.rev where a.id = ?
                """, Long.class, id);
        assertThat(waktu)
                .allSatisfy(w -> assertThat(Instant.ofEpochMilli(w))
                        .isBetween(mulai.minusSeconds(1), Instant.now().plus(Duration.ofSeconds(1))));
    }

    @Test
    void perubahanOlehSistemDicatatSebagaiSistem() {
        Long id = SebagaiSistem.jalankan(() -> transaksi()
                .execute(s -> realisasiRepository
                        .save(new Realisasi(indikator("IKI-KASI-PEM-2"), new Periode(TAHUN, Triwulan.I)))
                        .getId()));

        assertThat(jdbc.queryForList("""
                select r.pengguna from realisasi_aud a join revisi r on r.id = a.rev where a.id = ?
                """, String.class, id)).containsExactly(SebagaiSistem.NAMA);
    }

    private Indikator indikator(String kode) {
        Long meral = instansiRepository.findByKode("MERAL").orElseThrow().getId();
        return indikatorRepository.findByInstansiAndJenis(meral, JenisIndikator.IKI).stream()
                .filter(i -> i.getKode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    private TransactionTemplate transaksi() {
        return new TransactionTemplate(transactionManager);
    }
}
