package id.kecamatan.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.rencana.RencanaContoh;
import id.kecamatan.kinerja.security.AkunService.BarisAkun;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@UjiTerpadu
class AkunServiceTest {

    @Autowired
    AkunService akunService;

    @Autowired
    ImporRencana imporRencana;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasi.pemerintahan", "kasubbag.umum", "bendahara", "sekcam", "camat"})
    void daftarAkunDitolakSelainAdmin(String username) {
        MasukSebagai.pengguna(userDetailsService, username);

        assertThatThrownBy(() -> akunService.daftarAkun()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> akunService.adaAkun("admin")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void daftarAkunUntukAdmin() {
        MasukSebagai.pengguna(userDetailsService, "admin");

        List<BarisAkun> akun = akunService.daftarAkun();

        assertThat(akun)
                .extracting(BarisAkun::username)
                .containsExactly(
                        "adm.keuangan",
                        "adm.perizinan",
                        "admin",
                        "bendahara",
                        "camat",
                        "evaluator",
                        "kabupaten",
                        "kasi.kesos",
                        "kasi.lh",
                        "kasi.pemerintahan",
                        "kasi.pmd",
                        "kasi.trantib",
                        "kasubbag.perencanaan",
                        "kasubbag.umum",
                        "sekcam");
        BarisAkun camat = akun.stream()
                .filter(a -> a.username().equals("camat"))
                .findFirst()
                .orElseThrow();
        assertThat(camat)
                .isEqualTo(new BarisAkun(
                        "camat",
                        "R. NOVI YOHANDRI, S.STP, M.AP",
                        "19861103 200602 1 001",
                        false,
                        "Camat Meral",
                        Peran.CAMAT,
                        true,
                        false,
                        null));
        BarisAkun admin = akun.stream()
                .filter(a -> a.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        assertThat(admin.jabatan()).isEqualTo("Operator Sistem");
        assertThat(admin.peran()).isEqualTo(Peran.ADMIN);
        assertThat(akun).filteredOn(a -> !a.username().equals("camat")).allSatisfy(a -> {
            assertThat(a.dataContoh()).as(a.username()).isTrue();
            assertThat(a.aktif()).isTrue();
        });
    }

    @Test
    void imporRencanaHanyaUntukAdmin() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");

        assertThatThrownBy(() -> imporRencana.impor(RencanaContoh.berkas())).isInstanceOf(AccessDeniedException.class);
    }
}
