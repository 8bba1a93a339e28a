package id.kecamatan.kinerja.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.TahunUji;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.indikator.TargetService.BarisTarget;
import id.kecamatan.kinerja.indikator.TargetService.NilaiTarget;
import id.kecamatan.kinerja.indikator.TargetService.SimpanTarget;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Targets on the real database. Only an IKI of Seksi Lingkungan Hidup (no IKU, so the shared plan's IKU table stays
 * as the document has it), in years this class claims: a past year, where a change is a revision, and years that
 * have not started.
 */
@UjiTerpadu
class TargetServiceTest {

    private static final String JALAN = "IKI-KASI-LH-2";

    private static final int TAHUN_BERJALAN = TahunUji.milik(TargetServiceTest.class, 2008);
    private static final int TAHUN_BELUM_BERJALAN = TahunUji.bebas(TargetServiceTest.class);
    private static final int TAHUN_DUA_PENYUNTING = TahunUji.bebas(TargetServiceTest.class);
    private static final int TAHUN_NILAI_BURUK = TahunUji.bebas(TargetServiceTest.class);

    @Autowired
    TargetService service;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void tahunBelumBerjalanDiubahLangsungTanpaRevisi() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        simpan(TAHUN_BELUM_BERJALAN, Map.of(PeriodeTarget.TAHUNAN, "12"), null);
        simpan(TAHUN_BELUM_BERJALAN, Map.of(PeriodeTarget.TAHUNAN, "14,5", PeriodeTarget.TRIWULAN_I, "3"), null);

        NilaiTarget tahunan = baris(TAHUN_BELUM_BERJALAN).target().get(PeriodeTarget.TAHUNAN);
        assertThat(tahunan.nilai()).isEqualByComparingTo("14.5");
        assertThat(tahunan.revisi()).isZero();
        assertThat(baris(TAHUN_BELUM_BERJALAN)
                        .target()
                        .get(PeriodeTarget.TRIWULAN_I)
                        .nilai())
                .isEqualByComparingTo("3");
    }

    @Test
    void tahunBerjalanMenjadiRevisiDenganAlasanDanTargetSemulaTetapTampil() {
        MasukSebagai.pengguna(userDetailsService, "admin");
        simpan(TAHUN_BERJALAN, Map.of(PeriodeTarget.TAHUNAN, "40"), null);

        assertThatThrownBy(() -> simpan(TAHUN_BERJALAN, Map.of(PeriodeTarget.TAHUNAN, "45"), " "))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("target.alasan-wajib");
        simpan(TAHUN_BERJALAN, Map.of(PeriodeTarget.TAHUNAN, "45"), "Ruas jalan baru diserahkan PU");

        NilaiTarget tahunan = baris(TAHUN_BERJALAN).target().get(PeriodeTarget.TAHUNAN);
        assertThat(tahunan.nilai()).isEqualByComparingTo("45");
        assertThat(tahunan.revisi()).isEqualTo(1);
        assertThat(tahunan.nilaiAwal()).isEqualByComparingTo("40");
        assertThat(tahunan.alasanRevisi()).isEqualTo("Ruas jalan baru diserahkan PU");
        BarisTarget dimuat = baris(TAHUN_BERJALAN);
        assertThatThrownBy(() -> service.simpan(new SimpanTarget(
                        dimuat.indikatorId(), TAHUN_BERJALAN, new HashMap<>(), dimuat.target(), "dikosongkan")))
                .isInstanceOf(AturanDilanggar.class)
                .hasMessageContaining("target.tidak-boleh-dikosongkan");
    }

    @Test
    void duaPenyuntingTargetYangKeduaMendapatKonflik() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        simpan(TAHUN_DUA_PENYUNTING, Map.of(PeriodeTarget.TAHUNAN, "10"), null);
        BarisTarget dimuatA = baris(TAHUN_DUA_PENYUNTING);
        BarisTarget dimuatB = baris(TAHUN_DUA_PENYUNTING);

        service.simpan(new SimpanTarget(
                dimuatA.indikatorId(),
                TAHUN_DUA_PENYUNTING,
                nilai(Map.of(PeriodeTarget.TAHUNAN, "11")),
                dimuatA.target(),
                null));
        assertThatThrownBy(() -> service.simpan(new SimpanTarget(
                        dimuatB.indikatorId(),
                        TAHUN_DUA_PENYUNTING,
                        nilai(Map.of(PeriodeTarget.TAHUNAN, "12")),
                        dimuatB.target(),
                        null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(baris(TAHUN_DUA_PENYUNTING)
                        .target()
                        .get(PeriodeTarget.TAHUNAN)
                        .nilai())
                .isEqualByComparingTo("11");
    }

    @Test
    void nilaiBurukDanPeranLainDitolak() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");
        assertThatThrownBy(() -> simpan(TAHUN_NILAI_BURUK, Map.of(PeriodeTarget.TRIWULAN_I, "-1"), null))
                .hasMessageContaining("angka.negatif");
        assertThatThrownBy(() -> simpan(TAHUN_NILAI_BURUK, Map.of(PeriodeTarget.TRIWULAN_I, "1.12345"), null))
                .hasMessageContaining("target.desimal-terlalu-banyak");
        assertThat(baris(TAHUN_NILAI_BURUK).target()).isEmpty();

        MasukSebagai.pengguna(userDetailsService, "kasi.lh");
        assertThatThrownBy(() -> service.tabelTarget(TAHUN_NILAI_BURUK)).isInstanceOf(AccessDeniedException.class);
        MasukSebagai.pengguna(userDetailsService, "camat");
        assertThatThrownBy(() -> service.simpan(new SimpanTarget(1L, TAHUN_NILAI_BURUK, Map.of(), Map.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void simpan(int tahun, Map<PeriodeTarget, String> teks, String alasan) {
        BarisTarget dimuat = baris(tahun);
        Map<PeriodeTarget, BigDecimal> nilai = new HashMap<>();
        dimuat.target().forEach((periode, t) -> nilai.put(periode, t.nilai()));
        nilai.putAll(nilai(teks));
        service.simpan(new SimpanTarget(dimuat.indikatorId(), tahun, nilai, dimuat.target(), alasan));
    }

    private BarisTarget baris(int tahun) {
        return service.tabelTarget(tahun).stream()
                .filter(b -> b.kode().equals(JALAN))
                .findFirst()
                .orElseThrow();
    }

    private static Map<PeriodeTarget, BigDecimal> nilai(Map<PeriodeTarget, String> teks) {
        Map<PeriodeTarget, BigDecimal> nilai = new HashMap<>();
        teks.forEach((periode, angka) -> nilai.put(periode, new BigDecimal(angka.replace(",", "."))));
        return nilai;
    }
}
