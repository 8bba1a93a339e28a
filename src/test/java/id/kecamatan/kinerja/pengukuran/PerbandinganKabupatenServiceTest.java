package id.kecamatan.kinerja.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.pengukuran.CapaianService.Dasbor;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.BarisKecamatan;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.Perbandingan;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.SelTriwulan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17 item 1 on the real database: the kabupaten's account compares the kecamatan of its kabupaten by their
 * approved figures only, reads one's dashboard read-only, and is refused (and logged) on a kecamatan of another.
 */
@UjiTerpadu
class PerbandinganKabupatenServiceTest {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    PerbandinganKabupatenService service;

    @Autowired
    CapaianService capaianService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void siapkan() {
        KecamatanKabupatenUji.siapkan(ctx);
        assertThat(MasukSebagai.pengguna(userDetailsService, "kabupaten").peran())
                .isEqualTo(Peran.KABUPATEN);
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void merankingKecamatanKabupatennyaDariAngkaYangDisetujuiSaja() {
        Perbandingan p = service.perbandingan(KecamatanKabupatenUji.SAMPAI);

        assertThat(p.kabupaten()).isEqualTo("Kabupaten Karimun");
        List<String> kode = p.kecamatan().stream().map(BarisKecamatan::kode).toList();
        assertThat(kode).contains(KecamatanKabupatenUji.A, KecamatanKabupatenUji.B, "MERAL");
        assertThat(kode).as("a kecamatan of another kabupaten").doesNotContain(KecamatanKabupatenUji.LAIN);
        assertThat(kode.indexOf(KecamatanKabupatenUji.A)).isLessThan(kode.indexOf(KecamatanKabupatenUji.B));

        BarisKecamatan a = baris(p, KecamatanKabupatenUji.A);
        BarisKecamatan b = baris(p, KecamatanKabupatenUji.B);
        assertThat(a.skor().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("100.00")));
        assertThat(b.skor().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("80.00")));
        assertThat(b.peringkat()).isEqualTo(a.peringkat() + 1);
        assertThat(b.iku().get("IKU-AKIP").capaian()).isEqualTo(new Hasil.Nilai(new BigDecimal("80.00")));
        assertThat(b.iku().get("IKU-IPP").capaian())
                .as("B's submitted IKU-IPP is not approved: not a figure of the kabupaten's")
                .isEqualTo(new Hasil.BelumDiisi());
        assertThat(b.skor().ikuTerisi()).isEqualTo(1);
        assertThat(baris(p, "MERAL").peringkat())
                .as("no approved data in 2020: no place")
                .isNull();

        SelTriwulan twIv = b.triwulan().get(3);
        assertThat(twIv.disetujui()).as("the submitted row does not count").isEqualTo(1);
        assertThat(twIv.jumlah()).isEqualTo(b.skor().jumlahIndikator());
        assertThat(twIv.lewatTenggat()).isTrue();
        assertThat(b.triwulan().get(0).disetujui()).isZero();
        assertThat(p.iku())
                .extracting(PerbandinganKabupatenService.KolomIku::kode)
                .contains("IKU-AKIP", "IKU-IPP");
    }

    @Test
    void membukaDasborKecamatanKabupatennyaTanpaStatusYangBelumDisetujui() {
        Dasbor dasbor = capaianService.dasborKecamatan(KecamatanKabupatenUji.B, KecamatanKabupatenUji.SAMPAI);

        assertThat(dasbor.bacaSaja()).isTrue();
        assertThat(dasbor.kecamatan().nilai()).isEqualTo(new Hasil.Nilai(new BigDecimal("80.00")));
        assertThat(dasbor.peta()).isEmpty();
        assertThat(dasbor.terlambat()).isEmpty();
        assertThat(dasbor.penyimpangan()).isEmpty();
        assertThat(service.namaKecamatan(KecamatanKabupatenUji.B)).isEqualTo(KecamatanKabupatenUji.NAMA_B);
    }

    @Test
    void kecamatanKabupatenLainDanKodeTakDikenalDitolakDanDicatatSekali() {
        long sebelum = logTerakhir();
        assertThatThrownBy(
                        () -> capaianService.dasborKecamatan(KecamatanKabupatenUji.LAIN, KecamatanKabupatenUji.SAMPAI))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.namaKecamatan("TIDAK-ADA")).isInstanceOf(AccessDeniedException.class);
        assertThat(penolakanSejak(sebelum))
                .containsExactly(
                        "kabupaten CapaianService.dasborKecamatan",
                        "kabupaten PerbandinganKabupatenService.namaKecamatan");
    }

    @Test
    void akunKecamatanTidakMembacaPerbandingan() {
        MasukSebagai.pengguna(userDetailsService, "camat");
        long sebelum = logTerakhir();
        assertThatThrownBy(() -> service.perbandingan(KecamatanKabupatenUji.SAMPAI))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> capaianService.dasborKecamatan("MERAL", KecamatanKabupatenUji.SAMPAI))
                .as("not even its own kecamatan through the kabupaten's door")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(penolakanSejak(sebelum)).hasSize(2);
    }

    private static BarisKecamatan baris(Perbandingan p, String kode) {
        return p.kecamatan().stream()
                .filter(b -> b.kode().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    private long logTerakhir() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from log_keamanan", Long.class);
    }

    private List<String> penolakanSejak(long id) {
        return jdbc.queryForList(
                "select concat(username, ' ', substring_index(detail, ':', 1)) from log_keamanan "
                        + "where id > ? and peristiwa = 'AKSES_DITOLAK' order by id",
                String.class,
                id);
    }
}
