package id.kecamatan.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.renstra.RenstraService;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.seed.ImporRencana;
import id.kecamatan.kinerja.seed.RencanaContoh;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Every public service method refuses a caller who has not signed in, before touching any data. */
@UjiTerpadu
class AksesAnonimTest {

    @Autowired
    RenstraService renstraService;
    @Autowired
    OrganisasiService organisasiService;
    @Autowired
    IndikatorService indikatorService;
    @Autowired
    AkunService akunService;
    @Autowired
    ImporRencana imporRencana;
    @Autowired
    InstansiRepository instansiRepository;
    @Autowired
    JdbcTemplate jdbc;

    @FunctionalInterface
    interface Panggilan {
        void jalankan(AksesAnonimTest uji) throws Exception;
    }

    static Stream<Named<Panggilan>> semuaPanggilan() {
        return Stream.of(
                Named.of("RenstraService.rencanaStrategis", u -> u.renstraService.rencanaStrategis()),
                Named.of("OrganisasiService.infoInstansi", u -> u.organisasiService.infoInstansi()),
                Named.of("OrganisasiService.struktur", u -> u.organisasiService.struktur()),
                Named.of("IndikatorService.tabelIku", u -> u.indikatorService.tabelIku()),
                Named.of("IndikatorService.daftarJabatan", u -> u.indikatorService.daftarJabatan()),
                Named.of("IndikatorService.jabatanTanpaIndikator", u -> u.indikatorService.jabatanTanpaIndikator()),
                Named.of("IndikatorService.ikiJabatan", u -> u.indikatorService.ikiJabatan(1L)),
                Named.of("AkunService.daftarAkun", u -> u.akunService.daftarAkun()),
                Named.of("AkunService.adaAkun", u -> u.akunService.adaAkun("admin")),
                Named.of("AkunService.buatAkun", u -> u.akunService.buatAkun("penyusup", "rahasia-sekali", false, null, null)),
                Named.of("AkunService.buatAkunUntukPegawai",
                        u -> u.akunService.buatAkunUntukPegawai("penyusup", "rahasia-sekali", null)),
                Named.of("AkunService.jabatanOperator",
                        u -> u.akunService.jabatanOperator(u.instansiRepository.findByKode("MERAL").orElseThrow())),
                Named.of("AkunService.gantiPassword",
                        u -> u.akunService.gantiPassword(MasukSebagai.PASSWORD_DEMO, "password-baru-123")),
                Named.of("ImporRencana.impor", u -> u.imporRencana.impor(RencanaContoh.berkas())));
    }

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @ParameterizedTest
    @MethodSource("semuaPanggilan")
    void tanpaAutentikasiDitolak(Panggilan panggilan) {
        MasukSebagai.keluar();
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        assertThatThrownBy(() -> panggilan.jalankan(this)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
    }

    @ParameterizedTest
    @MethodSource("semuaPanggilan")
    void penggunaAnonimDitolak(Panggilan panggilan) {
        MasukSebagai.anonim();
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        assertThatThrownBy(() -> panggilan.jalankan(this)).isInstanceOf(AccessDeniedException.class);

        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
    }

    /** The list above is complete: a public method added to one of these services must be added to it. */
    @Test
    void daftarPanggilanMencakupSemuaMetodePublik() {
        long jumlahMetode = Stream.of(RenstraService.class, OrganisasiService.class, IndikatorService.class,
                        AkunService.class, ImporRencana.class)
                .flatMap(kelas -> Stream.of(kelas.getDeclaredMethods()))
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .count();

        assertThat(semuaPanggilan()).hasSize((int) jumlahMetode);
    }
}
