package id.kecamatan.kinerja.organisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.organisasi.OrganisasiService.BarisJabatan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.InfoInstansi;
import id.kecamatan.kinerja.organisasi.OrganisasiService.Pemegang;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@UjiTerpadu
class OrganisasiServiceTest {

    private static final Pemegang CAMAT_MERAL =
            new Pemegang("R. NOVI YOHANDRI, S.STP, M.AP", "19861103 200602 1 001", false);

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void strukturTanpaJabatanOperator() {
        Pengguna admin = MasukSebagai.pengguna(userDetailsService, "admin");

        List<BarisJabatan> struktur = organisasiService.struktur();

        assertThat(struktur)
                .extracting(BarisJabatan::kode)
                .containsExactly(
                        "CAMAT",
                        "SEKCAM",
                        "KASI-PEM",
                        "KASI-PMD",
                        "KASI-KESOS",
                        "KASI-LH",
                        "KASI-TRANTIB",
                        "KASUBBAG-UMUM",
                        "KASUBBAG-PK",
                        "BENDAHARA",
                        "ADM-KEU",
                        "ADM-IZIN");
        // the admin holds the operator's jabatan, which exists but is the portal's, not the office's
        assertThat(admin.peran()).isEqualTo(Peran.ADMIN);
        assertThat(admin.namaJabatan()).isEqualTo("Operator Sistem");
        assertThat(struktur).extracting(BarisJabatan::id).doesNotContain(admin.jabatanId());
    }

    @Test
    void strukturMenunjukkanPemegangAtasanDanVerifikator() {
        MasukSebagai.pengguna(userDetailsService, "kasi.kesos");

        List<BarisJabatan> struktur = organisasiService.struktur();

        BarisJabatan camat = struktur.get(0);
        assertThat(camat.nama()).isEqualTo("Camat Meral");
        assertThat(camat.unit()).isNull();
        assertThat(camat.atasan()).isNull();
        assertThat(camat.pemegang()).containsExactly(CAMAT_MERAL);
        BarisJabatan admKeu = struktur.stream()
                .filter(j -> j.kode().equals("ADM-KEU"))
                .findFirst()
                .orElseThrow();
        assertThat(admKeu.unit()).isEqualTo("Sekretariat");
        assertThat(admKeu.atasan()).isEqualTo("Kepala Subbagian Perencanaan dan Keuangan");
        assertThat(admKeu.verifikator()).isEqualTo("Sekretaris Camat Meral");
        // the plan names only the Camat; every other holder is a demo person, marked as sample data
        assertThat(struktur.subList(1, struktur.size()))
                .allSatisfy(j -> assertThat(j.pemegang())
                        .singleElement()
                        .satisfies(p -> assertThat(p.dataContoh()).as(j.kode()).isTrue()));
    }

    @Test
    void infoInstansiDenganPenandatangan() {
        MasukSebagai.pengguna(userDetailsService, "bendahara");

        InfoInstansi info = organisasiService.infoInstansi();

        assertThat(info)
                .isEqualTo(new InfoInstansi(
                        "Kecamatan Meral",
                        "Kabupaten Karimun",
                        "Kepulauan Riau",
                        "Mengkoordinasikan dan memfasilitasi Penyelenggaraan Kebijakan dan Program Pemerintah Daerah Kabupaten Karimun.",
                        "Meral Karimun",
                        "Januari 2022",
                        "Camat Meral",
                        List.of(CAMAT_MERAL)));
    }
}
