package id.kecamatan.kinerja.renstra;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.renstra.RenstraService.MisiBaris;
import id.kecamatan.kinerja.renstra.RenstraService.RencanaStrategis;
import id.kecamatan.kinerja.renstra.RenstraService.TujuanBaris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@UjiTerpadu
class RenstraServiceTest {

    @Autowired
    RenstraService renstraService;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void rencanaStrategisMeral() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");

        RencanaStrategis renstra = renstraService.rencanaStrategis();

        assertThat(renstra.visi())
                .isEqualTo("Terwujudnya Kecamatan Meral Sebagai Wilayah Perdagangan dan Jasa Yang Maju, "
                        + "Mandiri dan Berbudaya Berlandaskan Iman dan Takwa Tahun 2025");
        assertThat(renstra.misi()).extracting(MisiBaris::nomor).containsExactly(1, 2, 3, 4);
        assertThat(renstra.misi().get(3).teks())
                .isEqualTo("Mewujudkan Pemenuhan Sumber Daya Manusia yang Berkualitas, "
                        + "Berbudi Perkerti Luhur, Beriman dan Bertakwa");
        assertThat(renstra.misi()).extracting(m -> m.tujuan().size()).containsExactly(4, 4, 1, 1);
        assertThat(renstra.misi().get(0).tujuan())
                .extracting(TujuanBaris::kode)
                .containsExactly("T-1-1", "T-1-2", "T-1-3", "T-AKIP");
        // the AKIP goal carries the Renstra sasaran and the sasaran (kinerja utama) of the IKU table
        assertThat(renstra.misi().get(0).tujuan().get(3).sasaran())
                .containsExactly("Akuntabilitas Kinerja yang Memadai", "Meningkatnya Akuntabilitas Kinerja Kec.Meral");
        assertThat(renstra.misi().get(1).tujuan().get(0).sasaran())
                .containsExactly(
                        "Terselenggaranya koordinasi Pemerintah Desa dan meningkatnya kualitas kinerja Pemerintahan Desa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "camat", "sekcam", "adm.perizinan"})
    void setiapPeranMembacaRencanaYangSama(String username) {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");
        RencanaStrategis milikKasi = renstraService.rencanaStrategis();

        MasukSebagai.pengguna(userDetailsService, username);

        assertThat(renstraService.rencanaStrategis()).isEqualTo(milikKasi);
    }
}
