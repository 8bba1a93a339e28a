package id.kecamatan.kinerja.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.MasukSebagai;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.base.AksesDitolak;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIku;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIndikator;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisKomponen;
import id.kecamatan.kinerja.indikator.IndikatorService.IkiJabatan;
import id.kecamatan.kinerja.indikator.IndikatorService.PilihanJabatan;
import id.kecamatan.kinerja.indikator.IndikatorService.TabelIku;
import id.kecamatan.kinerja.indikator.IndikatorService.TargetTahunan;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import id.kecamatan.kinerja.rencana.ImporRencana;
import id.kecamatan.kinerja.rencana.RencanaContoh;
import id.kecamatan.kinerja.security.AkunService;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@UjiTerpadu
class IndikatorServiceTest {

    /** A second kecamatan of this test's own, for the id-guessing tests. */
    private static final String KODE_KECAMATAN_LAIN = InstansiUji.milik(IndikatorServiceTest.class, "CONTOH-IDOR");

    private static final String CAMAT_KECAMATAN_LAIN = "camat.contoh-idor";

    @Autowired
    IndikatorService indikatorService;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ImporRencana imporRencana;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    JabatanRepository jabatanRepository;

    @Autowired
    PenugasanRepository penugasanRepository;

    @Autowired
    AkunService akunService;

    @AfterEach
    void keluar() {
        MasukSebagai.keluar();
    }

    @Test
    void tabelIkuDenganTarget2017Sampai2021() {
        MasukSebagai.pengguna(userDetailsService, "camat");

        TabelIku tabel = indikatorService.tabelIku();

        assertThat(tabel.tahun()).containsExactly(2017, 2018, 2019, 2020, 2021);
        assertThat(tabel.baris()).extracting(BarisIku::kode).containsExactly("IKU-AKIP", "IKU-IPP");
        BarisIku akip = tabel.baris().get(0);
        assertThat(akip.nama()).isEqualTo("Nilai AKIP Kecamatan Meral");
        assertThat(akip.sasaran()).isEqualTo("Meningkatnya Akuntabilitas Kinerja Kec.Meral");
        assertThat(akip.penjelasanFormula()).isEqualTo("Hasil nilai AKIP Kecamatan");
        assertThat(akip.sumberData()).isEqualTo("Sekretariat");
        assertThat(akip.penanggungJawab()).isEqualTo("Camat Meral");
        assertThat(akip.satuan()).isEqualTo("nilai");
        assertThat(akip.target()).containsOnlyKeys(2017, 2018, 2019, 2020, 2021);
        for (int tahun = 2017; tahun <= 2019; tahun++) {
            assertThat(akip.target().get(tahun))
                    .as("target " + tahun)
                    .isEqualTo(new TargetTahunan(null, "NA", 0, null, "NA", false));
        }
        assertThat(akip.target().get(2020).nilai()).isEqualByComparingTo("56.86");
        assertThat(akip.target().get(2020).nilaiTeks()).isNull();
        assertThat(akip.target().get(2020).nilaiAwal()).as("not revised").isEqualByComparingTo("56.86");
        assertThat(akip.target().get(2021).nilai()).isEqualByComparingTo("53");
        BarisIku ipp = tabel.baris().get(1);
        assertThat(ipp.nama()).isEqualTo("Nilai Indeks Pelayanan Publik (IPP)");
        assertThat(ipp.penanggungJawab()).isEqualTo("Sekretaris Camat Meral");
        assertThat(ipp.target()).as("the document gives the IPP no target").isEmpty();
    }

    @Test
    void ikiKasiPemerintahanEmpatIndikator() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");

        IkiJabatan iki = indikatorService.ikiJabatan(idJabatanMeral("KASI-PEM"));

        assertThat(iki.nama()).isEqualTo("Kepala Seksi Pemerintahan");
        assertThat(iki.unit()).isEqualTo("Seksi Pemerintahan");
        assertThat(iki.tugas()).isEqualTo("Melaksanakan urusan di bidang pemerintahan kecamatan");
        assertThat(iki.fungsi()).hasSize(12);
        assertThat(iki.indikator())
                .extracting(BarisIndikator::kode)
                .containsExactly("IKI-KASI-PEM-1", "IKI-KASI-PEM-2", "IKI-KASI-PEM-3", "IKI-KASI-PEM-4");
        assertThat(iki.indikator()).allSatisfy(i -> {
            assertThat(i.jenis()).isEqualTo(JenisIndikator.IKI);
            assertThat(i.penanggungJawab()).isEqualTo("Kepala Seksi Pemerintahan");
            assertThat(i.mendukungIku()).containsExactly("Nilai Indeks Pelayanan Publik (IPP)");
        });
        BarisIndikator ektp = iki.indikator().get(0);
        assertThat(ektp.nama()).isEqualTo("Persentase penduduk yang melakukan perekaman e-KTP");
        assertThat(ektp.jenisFormula()).isEqualTo(JenisFormula.RASIO);
        assertThat(ektp.komponen())
                .extracting(BarisKomponen::peran)
                .containsExactly(PeranKomponen.PEMBILANG, PeranKomponen.PENYEBUT);
        assertThat(iki.indikator().get(2).sasaran()).isEqualTo("Terwujudnya pengelolaan data yang baik");
    }

    @Test
    void ikiSekcamMendukungAkip() {
        MasukSebagai.pengguna(userDetailsService, "sekcam");

        IkiJabatan iki = indikatorService.ikiJabatan(idJabatanMeral("SEKCAM"));

        // the Sekcam owns the IPP (an IKU) and three IKI
        assertThat(iki.indikator())
                .extracting(BarisIndikator::kode)
                .containsExactly("IKU-IPP", "IKI-SEKCAM-1", "IKI-SEKCAM-2", "IKI-SEKCAM-3");
        assertThat(iki.indikator().get(0).mendukungIku()).isEmpty();
        assertThat(iki.indikator().subList(1, 4))
                .allSatisfy(i -> assertThat(i.mendukungIku()).containsExactly("Nilai AKIP Kecamatan Meral"));
    }

    @Test
    void daftarJabatanDenganJumlahIndikator() {
        MasukSebagai.pengguna(userDetailsService, "adm.keuangan");

        Map<String, Long> jumlah = indikatorService.daftarJabatan().stream()
                .collect(Collectors.toMap(PilihanJabatan::kode, PilihanJabatan::jumlahIndikator));

        assertThat(jumlah)
                .containsOnly(
                        entry("CAMAT", 1L),
                        entry("SEKCAM", 4L),
                        entry("KASI-PEM", 4L),
                        entry("KASI-PMD", 0L),
                        entry("KASI-KESOS", 1L),
                        entry("KASI-LH", 2L),
                        entry("KASI-TRANTIB", 1L),
                        entry("KASUBBAG-UMUM", 1L),
                        entry("KASUBBAG-PK", 1L),
                        entry("BENDAHARA", 1L),
                        entry("ADM-KEU", 1L),
                        entry("ADM-IZIN", 1L));
    }

    @Test
    void hanyaKasiPmdTanpaIndikator() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pmd");

        List<PilihanJabatan> tanpaIndikator = indikatorService.jabatanTanpaIndikator();

        assertThat(tanpaIndikator).singleElement().satisfies(j -> {
            assertThat(j.kode()).isEqualTo("KASI-PMD");
            assertThat(j.nama()).isEqualTo("Kepala Seksi Pemberdayaan Masyarakat Desa");
            assertThat(j.id()).isEqualTo(idJabatanMeral("KASI-PMD"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"kasi.pemerintahan", "camat", "admin"})
    void jabatanKecamatanLainDitolakBagiPenggunaMeral(String username) {
        Long jabatanLain = idJabatan(kecamatanLain(), "KASI-PELAYANAN");
        MasukSebagai.pengguna(userDetailsService, username);

        assertThatThrownBy(() -> indikatorService.ikiJabatan(jabatanLain))
                .isInstanceOf(AksesDitolak.class)
                .hasMessage("Akses ditolak");
        // the same call for a jabatan of their own kecamatan works
        assertThat(indikatorService.ikiJabatan(idJabatanMeral("KASI-PEM")).indikator())
                .hasSize(4);
    }

    @Test
    void idYangTidakAdaDitolakSamaSepertiIdKecamatanLain() {
        MasukSebagai.pengguna(userDetailsService, "kasi.pemerintahan");

        assertThatThrownBy(() -> indikatorService.ikiJabatan(Long.MAX_VALUE))
                .isInstanceOf(AksesDitolak.class)
                .hasMessage("Akses ditolak");
    }

    @Test
    void penggunaKecamatanLainHanyaMelihatRencananya() {
        Long kecamatanLain = kecamatanLain();
        pastikanAkunCamatKecamatanLain(kecamatanLain);
        MasukSebagai.pengguna(userDetailsService, CAMAT_KECAMATAN_LAIN);

        assertThat(indikatorService.tabelIku().baris())
                .extracting(BarisIku::nama)
                .containsExactly("Nilai Indeks Pelayanan Publik Kecamatan Contoh");
        assertThat(indikatorService.daftarJabatan())
                .extracting(PilihanJabatan::kode)
                .containsExactly("CAMAT", "SEKCAM", "KASI-PELAYANAN");
        assertThat(indikatorService
                        .ikiJabatan(idJabatan(kecamatanLain, "KASI-PELAYANAN"))
                        .indikator())
                .extracting(BarisIndikator::kode)
                .containsExactly("IKI-KASI-PELAYANAN-1");
        Long jabatanMeral = idJabatanMeral("KASI-PEM");
        assertThatThrownBy(() -> indikatorService.ikiJabatan(jabatanMeral)).isInstanceOf(AccessDeniedException.class);
    }

    private Long kecamatanLain() {
        RencanaContoh.impor(imporRencana, KODE_KECAMATAN_LAIN);
        return instansiRepository.findByKode(KODE_KECAMATAN_LAIN).orElseThrow().getId();
    }

    /** An account for the other kecamatan's Camat, who is named in its plan file. */
    private void pastikanAkunCamatKecamatanLain(Long instansiId) {
        SebagaiSistem.jalankan(() -> {
            if (!akunService.adaAkun(CAMAT_KECAMATAN_LAIN)) {
                Penugasan camat = penugasanRepository.findBerlaku(instansiId, LocalDate.now()).stream()
                        .filter(p -> p.getJabatan().getKode().equals("CAMAT"))
                        .findFirst()
                        .orElseThrow();
                akunService.buatAkunUntukPegawai(CAMAT_KECAMATAN_LAIN, MasukSebagai.PASSWORD_DEMO, camat.getPegawai());
            }
            return null;
        });
    }

    private Long idJabatanMeral(String kode) {
        return idJabatan(instansiRepository.findByKode("MERAL").orElseThrow().getId(), kode);
    }

    private Long idJabatan(Long instansiId, String kode) {
        return jabatanRepository
                .findByInstansiIdAndKode(instansiId, kode)
                .orElseThrow()
                .getId();
    }
}
