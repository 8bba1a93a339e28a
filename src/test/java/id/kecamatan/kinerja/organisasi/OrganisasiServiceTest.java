package id.kecamatan.kinerja.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.organisasi.OrganisasiService.BarisJabatan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.BarisPenugasan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.InfoInstansi;
import id.kecamatan.kinerja.organisasi.OrganisasiService.IsianKepalaDaerah;
import id.kecamatan.kinerja.organisasi.OrganisasiService.Pemegang;
import id.kecamatan.kinerja.organisasi.OrganisasiService.PilihanPenugasan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.TambahPenugasan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@UjiTerpadu
class OrganisasiServiceTest {

    private static final Pemegang CAMAT_MERAL =
            new Pemegang("R. NOVI YOHANDRI, S.STP, M.AP", "19861103 200602 1 001", false, JenisPenugasan.DEFINITIF);

    @Autowired
    OrganisasiService organisasiService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PlatformTransactionManager transactionManager;

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

    @Test
    void theKepalaDaerahIsCheckedStoredWithItsNipInDigitsAndAStaleFormIsAConflict() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "sekcam");
            long versi = organisasiService.kepalaDaerah().versi();

            assertThatThrownBy(() ->
                            organisasiService.simpanKepalaDaerah(new KepalaDaerah("Bupati Karimun", "  ", null), versi))
                    .isInstanceOfSatisfying(
                            AturanDilanggar.class,
                            e -> assertThat(e.getKunciPesan()).isEqualTo("kepala-daerah.nama-wajib"));
            assertThatThrownBy(() -> organisasiService.simpanKepalaDaerah(
                            new KepalaDaerah("Bupati Karimun", "Bupati Uji", "12345"), versi))
                    .isInstanceOfSatisfying(
                            AturanDilanggar.class,
                            e -> assertThat(e.getKunciPesan()).isEqualTo("kepala-daerah.nip-tidak-sah"));

            long baru = organisasiService.simpanKepalaDaerah(
                    new KepalaDaerah(" Pj. Bupati Karimun ", "Pejabat Uji", "19700101 199003 1 002"), versi);

            assertThat(baru).isGreaterThan(versi);
            assertThat(organisasiService.kepalaDaerah())
                    .extracting(IsianKepalaDaerah::jabatan, IsianKepalaDaerah::nama, IsianKepalaDaerah::nip)
                    .containsExactly("Pj. Bupati Karimun", "Pejabat Uji", "197001011990031002");
            assertThatThrownBy(() -> organisasiService.simpanKepalaDaerah(
                            new KepalaDaerah("Bupati Karimun", "Orang Lain", null), versi))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        });
    }

    @ParameterizedTest
    @CsvSource(
            value = {"Kabupaten Karimun | Bupati Karimun", "kota Batam | Wali Kota Batam", "Karimun | ''"},
            delimiter = '|')
    void theTitleOfTheKepalaDaerahIsSuggestedFromTheKabupaten(String kabupaten, String saran) {
        assertThat(OrganisasiService.saranJabatanKepalaDaerah(kabupaten)).isEqualTo(saran);
    }

    @Test
    void anAssignmentTwiceOnOneDayIsRefusedAndAnEndedOneIsNoLongerInForce() {
        laluBatalkan(() -> {
            MasukSebagai.pengguna(userDetailsService, "admin");
            PilihanPenugasan pilihan = organisasiService.pilihanPenugasan();
            Long pegawai = pilihan.pegawai().stream()
                    .filter(p -> p.nama().startsWith("R. NOVI"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            Long kasiLh = pilihan.jabatan().stream()
                    .filter(j -> j.nama().equals("Kepala Seksi Lingkungan Hidup"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            LocalDate mulai = LocalDate.of(2020, 3, 1);
            organisasiService.tambahPenugasan(
                    new TambahPenugasan(pegawai, kasiLh, JenisPenugasan.PLT, mulai, mulai.plusMonths(2)));

            assertThatThrownBy(() -> organisasiService.tambahPenugasan(
                            new TambahPenugasan(pegawai, kasiLh, JenisPenugasan.PLH, mulai.plusMonths(2), null)))
                    .isInstanceOfSatisfying(
                            AturanDilanggar.class,
                            e -> assertThat(e.getKunciPesan()).isEqualTo("penugasan.ganda"));
            BarisPenugasan plt = organisasiService.daftarPenugasan().stream()
                    .filter(b -> b.jenis() == JenisPenugasan.PLT && mulai.equals(b.mulai()))
                    .findFirst()
                    .orElseThrow();
            assertThat(plt.berlaku()).isFalse();
            assertThatThrownBy(() -> organisasiService.akhiriPenugasan(plt.id(), mulai.minusDays(1), plt.versi()))
                    .isInstanceOfSatisfying(
                            AturanDilanggar.class,
                            e -> assertThat(e.getKunciPesan()).isEqualTo("penugasan.selesai-sebelum-mulai"));
        });
    }

    private void laluBatalkan(Runnable langkah) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            langkah.run();
        });
    }
}
