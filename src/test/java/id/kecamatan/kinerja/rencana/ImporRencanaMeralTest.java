package id.kecamatan.kinerja.rencana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.JumlahBaris;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Meral plan as the importer put it in the database at start, checked against the plan document
 * (src/test/resources/seed/dokumen-iku-kecamatan-meral.txt, the customer's IKU/IKI document as received).
 */
@UjiTerpadu
class ImporRencanaMeralTest {

    private static final String BERKAS_MERAL = "seed/kecamatan-meral.yaml";
    private static final int BARIS_KODE_INSTANSI = 23;
    private static final String KODE_UJI = InstansiUji.milik(ImporRencanaMeralTest.class, "MERAL-UJI-IMPOR");

    @Autowired
    ImporRencana imporRencana;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    JdbcTemplate jdbc;

    private long meral;

    /**
     * Meral's plan file imported under a kode of this test's own, so that what the other tests write into the
     * MERAL of the start-up import (targets, holders) cannot change what is checked here; the import is idempotent.
     */
    @BeforeEach
    void imporMeralSendiri() throws IOException {
        String isi = new ClassPathResource(BERKAS_MERAL).getContentAsString(StandardCharsets.UTF_8);
        Resource berkas = RencanaContoh.sebagaiBerkas(
                RencanaContoh.ubahBaris(isi, BARIS_KODE_INSTANSI, "  kode: MERAL", "  kode: " + KODE_UJI));
        SebagaiSistem.jalankan(() -> imporRencana.impor(berkas));
        meral = instansiRepository.findByKode(KODE_UJI).orElseThrow().getId();
    }

    @Test
    void duaBelasJabatanDenganJumlahFungsiMenurutDokumen() {
        // the operator's jabatan (peran ADMIN) is the portal's, not the plan's
        Map<String, Long> fungsiPerJabatan = peta("""
                select j.kode, count(f.fungsi) from jabatan j left join jabatan_fungsi f on f.jabatan_id = j.id
                where j.instansi_id = ? and j.peran <> 'ADMIN' group by j.kode
                """);

        assertThat(fungsiPerJabatan)
                .containsOnly(
                        entry("CAMAT", 0L),
                        entry("SEKCAM", 11L),
                        entry("KASI-PEM", 12L),
                        entry("KASI-PMD", 5L),
                        entry("KASI-KESOS", 4L),
                        entry("KASI-LH", 4L),
                        entry("KASI-TRANTIB", 6L),
                        entry("KASUBBAG-UMUM", 8L),
                        entry("KASUBBAG-PK", 8L),
                        entry("BENDAHARA", 5L),
                        entry("ADM-KEU", 4L),
                        entry("ADM-IZIN", 5L));
    }

    @Test
    void fungsiTersimpanBerurutanApaAdanya() {
        List<String> fungsiPmd = jdbc.queryForList("""
                select f.fungsi from jabatan_fungsi f join jabatan j on j.id = f.jabatan_id
                where j.instansi_id = ? and j.kode = 'KASI-PMD' order by f.urutan
                """, String.class, meral);

        assertThat(fungsiPmd)
                .containsExactly(
                        // items a and b are identical in the document; both are kept
                        "Melaksanakan fasilitasi pembinaan pengembangan partisipasi masyarakat dan kelembagaan pemerintahan desa/kelurahan",
                        "Melaksanakan fasilitasi pembinaan pengembangan partisipasi masyarakat dan kelembagaan pemerintahan desa/kelurahan",
                        "Melaksanakan monitoring, evaluasi dan pelaporan kegiatan seksi",
                        "Melaksanakan pelayanan kepada masyarakat",
                        "Melaksanakan tugas-tugas lain yang diberikan oleh Camat sesuai dengan tugas dan fungsi");
    }

    @Test
    void atasanDanVerifikatorSetiapJabatan() {
        List<String> baris = jdbc.queryForList("""
                select concat(j.kode, ' atasan=', coalesce(a.kode, '-'), ' verifikator=', coalesce(v.kode, '-'),
                              ' unit=', coalesce(u.kode, '-'), ' peran=', j.peran)
                from jabatan j left join jabatan a on a.id = j.atasan_id left join jabatan v on v.id = j.verifikator_id
                left join unit_kerja u on u.id = j.unit_kerja_id
                where j.instansi_id = ? and j.peran <> 'ADMIN' order by j.urutan
                """, String.class, meral);

        assertThat(baris)
                .containsExactly(
                        "CAMAT atasan=- verifikator=- unit=- peran=CAMAT",
                        "SEKCAM atasan=CAMAT verifikator=CAMAT unit=SEKRETARIAT peran=SEKCAM",
                        "KASI-PEM atasan=CAMAT verifikator=SEKCAM unit=PEM peran=KEPALA_UNIT",
                        "KASI-PMD atasan=CAMAT verifikator=SEKCAM unit=PMD peran=KEPALA_UNIT",
                        "KASI-KESOS atasan=CAMAT verifikator=SEKCAM unit=KESOS peran=KEPALA_UNIT",
                        "KASI-LH atasan=CAMAT verifikator=SEKCAM unit=LH peran=KEPALA_UNIT",
                        "KASI-TRANTIB atasan=CAMAT verifikator=SEKCAM unit=TRANTIB peran=KEPALA_UNIT",
                        "KASUBBAG-UMUM atasan=SEKCAM verifikator=SEKCAM unit=SEKRETARIAT peran=KEPALA_UNIT",
                        "KASUBBAG-PK atasan=SEKCAM verifikator=SEKCAM unit=SEKRETARIAT peran=KEPALA_UNIT",
                        "BENDAHARA atasan=SEKCAM verifikator=SEKCAM unit=SEKRETARIAT peran=STAF",
                        "ADM-KEU atasan=KASUBBAG-PK verifikator=SEKCAM unit=SEKRETARIAT peran=STAF",
                        "ADM-IZIN atasan=SEKCAM verifikator=SEKCAM unit=PELAYANAN peran=STAF");
    }

    @Test
    void tujuhUnitKerjaDanEmpatMisi() {
        assertThat(jdbc.queryForList(
                        "select nama from unit_kerja where instansi_id = ? order by urutan", String.class, meral))
                .containsExactly(
                        "Sekretariat",
                        "Seksi Pemerintahan",
                        "Seksi Pemberdayaan Masyarakat Desa",
                        "Seksi Kesejahteraan Sosial",
                        "Seksi Lingkungan Hidup",
                        "Seksi Ketentraman dan Ketertiban",
                        "Seksi Pelayanan Umum");
        assertThat(jdbc.queryForList(
                        "select nomor from misi where instansi_id = ? order by nomor", Integer.class, meral))
                .containsExactly(1, 2, 3, 4);
        assertThat(peta("""
                select cast(m.nomor as char), count(t.id) from misi m left join tujuan t on t.misi_id = m.id
                where m.instansi_id = ? group by m.nomor
                """)).containsOnly(entry("1", 4L), entry("2", 4L), entry("3", 1L), entry("4", 1L));
        // 10 sasaran of the Renstra table and 12 sasaran (kinerja utama) of the IKU and IKI tables
        assertThat(hitung("select count(*) from sasaran where instansi_id = ?")).isEqualTo(22);
    }

    @Test
    void duaIkuDanEnamBelasIkiDenganEmpatPuluhKomponen() {
        assertThat(peta("select jenis, count(*) from indikator where instansi_id = ? group by jenis"))
                .containsOnly(entry("IKU", 2L), entry("IKI", 16L));
        assertThat(jdbc.queryForList(
                        "select kode from indikator where instansi_id = ? and jenis = 'IKU' order by urutan",
                        String.class,
                        meral))
                .containsExactly("IKU-AKIP", "IKU-IPP");
        assertThat(
                        hitung(
                                "select count(*) from komponen k join indikator i on i.id = k.indikator_id where i.instansi_id = ?"))
                .isEqualTo(40);
        assertThat(peta("""
                select j.kode, count(*) from indikator i join jabatan j on j.id = i.pemilik_id
                where i.instansi_id = ? and i.jenis = 'IKI' group by j.kode
                """))
                .containsOnly(
                        entry("SEKCAM", 3L),
                        entry("KASI-PEM", 4L),
                        entry("KASI-KESOS", 1L),
                        entry("KASI-LH", 2L),
                        entry("KASI-TRANTIB", 1L),
                        entry("KASUBBAG-UMUM", 1L),
                        entry("KASUBBAG-PK", 1L),
                        entry("BENDAHARA", 1L),
                        entry("ADM-KEU", 1L),
                        entry("ADM-IZIN", 1L));
        assertThat(jdbc.queryForList("""
                select concat(i.kode, ':', j.kode) from indikator i join jabatan j on j.id = i.pemilik_id
                where i.instansi_id = ? and i.jenis = 'IKU' order by i.urutan
                """, String.class, meral)).containsExactly("IKU-AKIP:CAMAT", "IKU-IPP:SEKCAM");
        // the Nilai AKIP is the one indicator whose realisasi is proposed from the Evaluasi AKIP
        assertThat(jdbc.queryForList(
                        "select kode from indikator where instansi_id = ? and dari_lke", String.class, meral))
                .containsExactly("IKU-AKIP");
    }

    @Test
    void targetNilaiAkip2017Sampai2021() {
        record BarisTarget(int tahun, Integer triwulan, BigDecimal nilai, String nilaiTeks, int revisi) {}
        List<BarisTarget> target = jdbc.query(
                """
                select t.tahun, t.triwulan, t.nilai, t.nilai_teks, t.revisi from target t
                join indikator i on i.id = t.indikator_id where i.instansi_id = ? and i.kode = 'IKU-AKIP' order by t.tahun
                """,
                (rs, n) -> new BarisTarget(
                        rs.getInt(1), (Integer) rs.getObject(2), rs.getBigDecimal(3), rs.getString(4), rs.getInt(5)),
                meral);

        assertThat(target).extracting(BarisTarget::tahun).containsExactly(2017, 2018, 2019, 2020, 2021);
        assertThat(target).allSatisfy(t -> {
            assertThat(t.triwulan()).as("target tahunan").isNull();
            assertThat(t.revisi()).isZero();
        });
        assertThat(target.subList(0, 3)).allSatisfy(t -> {
            assertThat(t.nilaiTeks()).isEqualTo("NA");
            assertThat(t.nilai()).isNull();
        });
        assertThat(target.get(3).nilai()).isEqualByComparingTo("56.86");
        assertThat(target.get(4).nilai()).isEqualByComparingTo("53");
        assertThat(target.subList(3, 5)).extracting(BarisTarget::nilaiTeks).containsOnlyNulls();
        // the document gives no target for any other indicator
        assertThat(
                        hitung(
                                "select count(*) from target t join indikator i on i.id = t.indikator_id where i.instansi_id = ?"))
                .isEqualTo(5);
    }

    @Test
    void cascadeIkiSekretariatKeAkipDanSeksiKeIpp() {
        Map<String, List<String>> ikiPerIku = new LinkedHashMap<>();
        jdbc.query(
                """
                select iku.kode, iki.kode, c.bobot from cascade_indikator c
                join indikator iki on iki.id = c.iki_id join indikator iku on iku.id = c.iku_id
                where iki.instansi_id = ? order by iku.urutan, iki.urutan
                """,
                rs -> {
                    assertThat(rs.getBigDecimal(3)).as("bobot").isEqualByComparingTo(BigDecimal.ONE);
                    ikiPerIku
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                },
                meral);

        // The document does not say which IKU each IKI supports; the seed links the Sekretariat's IKI to the
        // AKIP score and the sections' (and the Pelayanan Umum's) to the IPP: 7 and 9, every IKI exactly once.
        assertThat(ikiPerIku).containsOnlyKeys("IKU-AKIP", "IKU-IPP");
        assertThat(ikiPerIku.get("IKU-AKIP"))
                .containsExactly(
                        "IKI-SEKCAM-1",
                        "IKI-SEKCAM-2",
                        "IKI-SEKCAM-3",
                        "IKI-KASUBBAG-UMUM-1",
                        "IKI-KASUBBAG-PK-1",
                        "IKI-BENDAHARA-1",
                        "IKI-ADM-KEU-1");
        assertThat(ikiPerIku.get("IKU-IPP"))
                .containsExactly(
                        "IKI-KASI-PEM-1",
                        "IKI-KASI-PEM-2",
                        "IKI-KASI-PEM-3",
                        "IKI-KASI-PEM-4",
                        "IKI-KASI-KESOS-1",
                        "IKI-KASI-LH-1",
                        "IKI-KASI-LH-2",
                        "IKI-KASI-TRANTIB-1",
                        "IKI-ADM-IZIN-1");
    }

    @Test
    void camatNoviYohandriMemegangJabatanCamatDanMenandatangani() {
        Map<String, Object> pemegang = jdbc.queryForMap("""
                select p.nama, p.nip, p.data_contoh, pn.mulai, pn.selesai from penugasan pn
                join pegawai p on p.id = pn.pegawai_id join jabatan j on j.id = pn.jabatan_id
                where j.instansi_id = ? and j.kode = 'CAMAT'
                """, meral);

        assertThat(pemegang)
                .containsEntry("nama", "R. NOVI YOHANDRI, S.STP, M.AP")
                .containsEntry("nip", "19861103 200602 1 001")
                .containsEntry("data_contoh", false)
                .containsEntry("selesai", null);
        assertThat(jdbc.queryForObject("""
                select j.kode from instansi i join jabatan j on j.id = i.penandatangan_id where i.id = ?
                """, String.class, meral)).isEqualTo("CAMAT");
        assertThat(jdbc.queryForMap("""
                select nama, kabupaten, provinsi, tempat_penetapan, tanggal_penetapan from instansi where id = ?
                """, meral))
                .containsExactly(
                        entry("nama", "Kecamatan Meral"),
                        entry("kabupaten", "Kabupaten Karimun"),
                        entry("provinsi", "Kepulauan Riau"),
                        entry("tempat_penetapan", "Meral Karimun"),
                        entry("tanggal_penetapan", "Januari 2022"));
    }

    /**
     * Every text the importer stored appears in the plan document (ignoring case, line breaks and the
     * abbreviations Kasi/Kasubbag), except the corrections the seed file marks, each of which is checked:
     * the document has the original, the database has the correction and not the original.
     */
    @Test
    void teksYangDiimporSesuaiDokumenKecualiKoreksiYangDitandai() throws IOException {
        String dokumen = normal(perluasSingkatan(new ClassPathResource("seed/dokumen-iku-kecamatan-meral.txt")
                .getContentAsString(StandardCharsets.UTF_8)));
        Map<String, String> teks = teksTersimpan();
        assertThat(teks).hasSizeGreaterThan(150);

        Map<String, Koreksi> koreksi = KOREKSI.stream().collect(Collectors.toMap(Koreksi::letak, Function.identity()));
        List<String> tidakAdaDiDokumen = teks.entrySet().stream()
                .filter(e -> !koreksi.containsKey(e.getKey()))
                .filter(e -> !dokumen.contains(normal(e.getValue())))
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        assertThat(tidakAdaDiDokumen)
                .as("teks yang tidak ada di dokumen dan tidak ditandai sebagai koreksi")
                .isEmpty();

        for (Koreksi k : KOREKSI) {
            assertThat(teks).as(k.letak()).containsEntry(k.letak(), k.koreksi());
            assertThat(dokumen).as("dokumen memuat teks asli " + k.letak()).contains(normal(k.asli()));
            assertThat(dokumen)
                    .as("koreksi " + k.letak() + " berbeda dari dokumen")
                    .doesNotContain(normal(k.koreksi()));
        }
    }

    @Test
    void rumusKartuKeluargaBukanSalinanRumusEktp() {
        Map<String, String> penjelasan = petaTeks("""
                select kode, penjelasan_formula from indikator where instansi_id = ? and kode like 'IKI-KASI-PEM-%'
                """);
        assertThat(penjelasan.get("IKI-KASI-PEM-2"))
                .isNotEqualTo(penjelasan.get("IKI-KASI-PEM-1"))
                .contains("Kartu Keluarga")
                .doesNotContain("e-KTP");
        assertThat(komponen("IKI-KASI-PEM-2"))
                .containsExactly(
                        "KK_URUS_KK PEMBILANG Jumlah Kepala Keluarga yang melakukan pengurusan Kartu Keluarga",
                        "JUMLAH_KK PENYEBUT Jumlah Kepala Keluarga");
        assertThat(komponen("IKI-KASI-PEM-1"))
                .containsExactly(
                        "PENDUDUK_REKAM_EKTP PEMBILANG Jumlah penduduk yang melakukan perekaman e-KTP",
                        "JUMLAH_PENDUDUK PENYEBUT Jumlah penduduk");
    }

    @Test
    void penyebutIkiKetigaSekcamAdalahJumlahDokumen() {
        assertThat(komponen("IKI-SEKCAM-3"))
                .containsExactly(
                        "DOKUMEN_TEPAT_WAKTU PEMBILANG Jumlah dokumen tepat waktu",
                        "JUMLAH_DOKUMEN PENYEBUT Jumlah dokumen");
        assertThat(
                        petaTeks(
                                "select kode, penjelasan_formula from indikator where instansi_id = ? and kode = 'IKI-SEKCAM-3'"))
                .containsEntry("IKI-SEKCAM-3", "Jumlah Dokumen tepat Waktu / Jumlah Dokumen × 100");
    }

    /** "Kecamatan Tebing" is a leftover of another kecamatan's document; it is in no column of any table. */
    @Test
    void tidakAdaTebingDiTeksManaPun() {
        List<Map<String, Object>> kolomTeks = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')
                """);
        assertThat(kolomTeks).as("kolom teks skema").hasSizeGreaterThan(40);

        List<String> memuatTebing = new ArrayList<>();
        for (Map<String, Object> kolom : kolomTeks) {
            String tabel = (String) kolom.get("table_name");
            String nama = (String) kolom.get("column_name");
            if (jumlahMemuat(tabel, nama, "Tebing") > 0) {
                memuatTebing.add(tabel + "." + nama);
            }
        }
        assertThat(memuatTebing).isEmpty();
        // the same search finds the word that replaced it
        assertThat(jumlahMemuat("sasaran", "teks", "Kecamatan Meral")).isPositive();
        assertThat(jumlahMemuat("indikator", "sumber_data", "Kecamatan Meral")).isPositive();
    }

    @Test
    void imporKeduaBerkasYangSamaTidakMenambahApaPun() {
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        ImporRencana.Hasil hasil =
                SebagaiSistem.jalankan(() -> imporRencana.impor(new ClassPathResource(BERKAS_MERAL)));

        assertThat(hasil).isEqualTo(ImporRencana.Hasil.SUDAH_ADA);
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
        assertThat(sebelum.get("indikator")).as("sanity: the counts are real").isGreaterThanOrEqualTo(18);
    }

    private record Koreksi(String letak, String asli, String koreksi) {}

    /** The corrections marked "dokumen asli" in kecamatan-meral.yaml, and the names the seed composed. */
    private static final List<Koreksi> KOREKSI = List.of(
            new Koreksi(
                    "sasaran S-2-1",
                    "Terselenggaranya koordinasi Pemerintah Desa dan meningkatnya kualita kinerja Pemerintahan Desa",
                    "Terselenggaranya koordinasi Pemerintah Desa dan meningkatnya kualitas kinerja Pemerintahan Desa"),
            new Koreksi(
                    "sasaran SK-TRANTIB",
                    "Meningkatnya ketentraman dan ketertiban lingkungan di Kecamatan Tebing",
                    "Meningkatnya ketentraman dan ketertiban lingkungan di Kecamatan Meral"),
            new Koreksi(
                    "jabatan SEKCAM tugas",
                    "Menyelenggarakan administrasiumumdankepegawaian, keuangan, penyusunan program Dan pelaporan",
                    "Menyelenggarakan administrasi umum dan kepegawaian, keuangan, penyusunan program Dan pelaporan "
                            + "serta membantu tugas Camat dalam melaksanakan tugas penyelenggaraan pemerintahan"),
            new Koreksi(
                    "jabatan KASUBBAG-PK tugas",
                    "koordinasi Menyusun program dan perundangundangan",
                    "Menyiapkan bahan Melaksanakan penghimpunan data dan informasi, koordinasi Menyusun program dan "
                            + "perundang-undangan, Menyusun monitoring dan evaluasi program dan kegiatan"),
            new Koreksi(
                    "indikator IKI-SEKCAM-1 nama",
                    "Nilai AKIP Kecamatan Meral",
                    "Persentase aparatur OPD yang puas terhadap pelayanan administrasi perkantoran"),
            new Koreksi(
                    "indikator IKI-SEKCAM-1 penjelasan",
                    "\\frac{\\text{Jumlah Aparatur OPD yang puas terhadap pelayanan administrasi Perkantoran}}{\\text{Jumlah Aparatur OPD}} \\times 100",
                    "Jumlah Aparatur OPD yang puas terhadap pelayanan administrasi Perkantoran / Jumlah Aparatur OPD × 100"),
            new Koreksi(
                    "indikator IKI-SEKCAM-2 nama",
                    "Nilai AKIP Kecamatan Meral",
                    "Persentase aparatur yang mematuhi peraturan kedinasan"),
            new Koreksi(
                    "indikator IKI-SEKCAM-2 penjelasan",
                    "\\text{Jumlah Aparatur yang Mematuhi Peraturan Kedinasan puas terhadap pelayanan administrasi Perkantoran}",
                    "Jumlah Aparatur yang Mematuhi Peraturan Kedinasan / Jumlah Aparatur OPD × 100"),
            new Koreksi(
                    "indikator IKI-SEKCAM-3 nama", "Nilai AKIP Kecamatan Meral", "Persentase dokumen yang tepat waktu"),
            new Koreksi(
                    "indikator IKI-SEKCAM-3 penjelasan",
                    "\\frac{\\text{Jumlah Dokumen tepat Waktu}}{\\text{Jumlah Dokumen Tepat}} \\times 100",
                    "Jumlah Dokumen tepat Waktu / Jumlah Dokumen × 100"),
            new Koreksi(
                    "indikator IKI-KASI-PEM-2 penjelasan",
                    "Jumlah Penduduk yang melakukan perekaman e-KTP dibagi Jumlah penduduk di kali 100.",
                    "Jumlah Kepala Keluarga yang melakukan pengurusan Kartu Keluarga dibagi Jumlah Kepala Keluarga di kali 100."),
            new Koreksi(
                    "indikator IKI-KASI-LH-1 nama",
                    "Jumlah pekerja dan Panjang Jalan yang terpelihara (KM)",
                    "Jumlah pekerja kebersihan"),
            new Koreksi(
                    "indikator IKI-KASUBBAG-UMUM-1 sumber data",
                    "Data administrasi kepegawaian Kecamatan Tebing",
                    "Data administrasi kepegawaian Kecamatan Meral"));

    /** The plan texts of Meral in the database, by where they are ("jabatan SEKCAM tugas"). */
    private Map<String, String> teksTersimpan() {
        Map<String, String> teks = new LinkedHashMap<>();
        teks.putAll(petaTeks("select 'instansi tugas', tugas from instansi where id = ?"));
        teks.putAll(petaTeks("select 'visi', teks from visi where instansi_id = ?"));
        teks.putAll(petaTeks("select concat('misi ', nomor), teks from misi where instansi_id = ?"));
        teks.putAll(petaTeks("""
                select concat('tujuan ', t.kode), t.teks from tujuan t join misi m on m.id = t.misi_id where m.instansi_id = ?
                """));
        teks.putAll(petaTeks("select concat('sasaran ', kode), teks from sasaran where instansi_id = ?"));
        teks.putAll(petaTeks("select concat('unit ', kode), nama from unit_kerja where instansi_id = ?"));
        teks.putAll(
                petaTeks(
                        "select concat('jabatan ', kode, ' nama'), nama from jabatan where instansi_id = ? and peran <> 'ADMIN'"));
        teks.putAll(petaTeks("select concat('jabatan ', kode, ' tugas'), tugas from jabatan where instansi_id = ?"));
        teks.putAll(petaTeks("""
                select concat('jabatan ', j.kode, ' fungsi ', f.urutan + 1), f.fungsi from jabatan_fungsi f
                join jabatan j on j.id = f.jabatan_id where j.instansi_id = ?
                """));
        teks.putAll(petaTeks("select concat('indikator ', kode, ' nama'), nama from indikator where instansi_id = ?"));
        teks.putAll(petaTeks("""
                select concat('indikator ', kode, ' penjelasan'), penjelasan_formula from indikator where instansi_id = ?
                """));
        teks.putAll(petaTeks("""
                select concat('indikator ', kode, ' sumber data'), sumber_data from indikator where instansi_id = ?
                """));
        return teks;
    }

    private static String perluasSingkatan(String teks) {
        return teks.replaceAll("\\bKasi\\b", "Kepala Seksi").replaceAll("\\bKasubbag\\b", "Kepala Subbagian");
    }

    private static String normal(String teks) {
        return teks.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private List<String> komponen(String kodeIndikator) {
        return jdbc.queryForList("""
                select concat(k.kode, ' ', k.peran, ' ', k.nama) from komponen k join indikator i on i.id = k.indikator_id
                where i.instansi_id = ? and i.kode = ? order by k.urutan
                """, String.class, meral, kodeIndikator);
    }

    private Map<String, Long> peta(String sql) {
        Map<String, Long> hasil = new LinkedHashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    hasil.put(rs.getString(1), rs.getLong(2));
                },
                meral);
        return hasil;
    }

    /** Rows of (where, text); empty texts are left out. */
    private Map<String, String> petaTeks(String sql) {
        Map<String, String> hasil = new LinkedHashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    if (rs.getString(2) != null) {
                        hasil.put(rs.getString(1), rs.getString(2));
                    }
                },
                meral);
        return hasil;
    }

    private long hitung(String sql) {
        return jdbc.queryForObject(sql, Long.class, meral);
    }

    private long jumlahMemuat(String tabel, String kolom, String kata) {
        return jdbc.queryForObject(
                "select count(*) from `" + tabel + "` where `" + kolom + "` like ?", Long.class, "%" + kata + "%");
    }
}
