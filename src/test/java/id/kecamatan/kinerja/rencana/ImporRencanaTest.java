package id.kecamatan.kinerja.rencana;

import static id.kecamatan.kinerja.rencana.RencanaContoh.hapusBaris;
import static id.kecamatan.kinerja.rencana.RencanaContoh.ubahBaris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import id.kecamatan.kinerja.InstansiUji;
import id.kecamatan.kinerja.JumlahBaris;
import id.kecamatan.kinerja.UjiTerpadu;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import id.kecamatan.kinerja.security.SebagaiSistem;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing another kecamatan's plan file, and refusing malformed ones. Each malformed file is
 * kecamatan-contoh.yaml with one line changed; the message must name the file and that line, and the
 * database must be exactly as before (nothing half-imported).
 */
@UjiTerpadu
class ImporRencanaTest {

    /** The sample plan's own kode, imported here (and nowhere else) as a second kecamatan. */
    private static final String KODE = InstansiUji.milik(ImporRencanaTest.class, RencanaContoh.KODE);

    private static final String KODE_BERSPASI = InstansiUji.milik(ImporRencanaTest.class, "CONTOH BARU");
    private static final String KODE_GAGAL = InstansiUji.milik(ImporRencanaTest.class, "CONTOH-GAGAL");

    private static final String BERKAS = RencanaContoh.NAMA_BERKAS;

    @Autowired
    ImporRencana imporRencana;

    @Autowired
    InstansiRepository instansiRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void kecamatanLainDiimporSebagaiInstansiKedua() {
        long jumlahInstansi = instansiRepository.count();
        long indikatorMeral = jumlahIndikator("MERAL");

        ImporRencana.Hasil hasil = SebagaiSistem.jalankan(() -> imporRencana.impor(RencanaContoh.berkas()));

        assertThat(hasil).isEqualTo(ImporRencana.Hasil.DIIMPOR);
        assertThat(instansiRepository.count()).isEqualTo(jumlahInstansi + 1);
        long contoh = instansiRepository.findByKode(KODE).orElseThrow().getId();
        assertThat(jdbc.queryForMap("""
                select i.nama, i.kabupaten, j.kode as penandatangan from instansi i
                join jabatan j on j.id = i.penandatangan_id where i.id = ?
                """, contoh))
                .containsExactly(
                        entry("nama", "Kecamatan Contoh"),
                        entry("kabupaten", "Kabupaten Percobaan"),
                        entry("penandatangan", "CAMAT"));
        assertThat(jumlah("select count(*) from unit_kerja where instansi_id = ?", contoh))
                .isEqualTo(2);
        assertThat(jumlah("select count(*) from jabatan where instansi_id = ?", contoh))
                .isEqualTo(3);
        assertThat(jumlah("select count(*) from misi where instansi_id = ?", contoh))
                .isEqualTo(2);
        assertThat(jumlah("select count(*) from sasaran where instansi_id = ?", contoh))
                .isEqualTo(2);
        assertThat(jumlahIndikator(RencanaContoh.KODE)).isEqualTo(3);
        assertThat(jumlah("""
                select count(*) from komponen k join indikator i on i.id = k.indikator_id where i.instansi_id = ?
                """, contoh)).isEqualTo(4);
        assertThat(jdbc.queryForList("""
                select concat(iki.kode, ' -> ', iku.kode, ' bobot ', cast(c.bobot as decimal(9, 1)))
                from cascade_indikator c join indikator iki on iki.id = c.iki_id join indikator iku on iku.id = c.iku_id
                where iki.instansi_id = ? order by iki.urutan
                """, String.class, contoh))
                .containsExactly("IKI-KASI-PELAYANAN-1 -> IKU-IPP bobot 1.0", "IKI-SEKCAM-1 -> IKU-IPP bobot 2.0");
        assertThat(jdbc.queryForList("""
                select t.nilai from target t join indikator i on i.id = t.indikator_id
                where i.instansi_id = ? order by t.tahun
                """, BigDecimal.class, contoh))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3.5"), new BigDecimal("3.75"));
        assertThat(jdbc.queryForMap("""
                select p.nama, p.nip, p.data_contoh from penugasan pn join pegawai p on p.id = pn.pegawai_id
                join jabatan j on j.id = pn.jabatan_id where j.instansi_id = ? and j.kode = 'CAMAT'
                """, contoh))
                .containsExactly(
                        entry("nama", "Budi Santoso, S.IP"),
                        entry("nip", "19800101 200501 1 001"),
                        entry("data_contoh", false));
        // the same kode (CAMAT, SEKCAM, IKU-IPP) in two kecamatan are different rows
        assertThat(jumlahIndikator("MERAL")).isEqualTo(indikatorMeral);

        Map<String, Long> setelahImpor = JumlahBaris.semuaTabel(jdbc);
        assertThat(SebagaiSistem.jalankan(() -> imporRencana.impor(RencanaContoh.berkas())))
                .isEqualTo(ImporRencana.Hasil.SUDAH_ADA);
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(setelahImpor);
    }

    @Test
    void susunanYamlRusak() {
        String isi = ubahBaris(
                RencanaContoh.isi(), 7, "  kabupaten: Kabupaten Percobaan", "  kabupaten: Kabupaten: Percobaan");

        assertDitolak(isi).hasMessage(BERKAS + " baris 7: susunan YAML rusak: mapping values are not allowed here");
    }

    @Test
    void kunciTidakDikenal() {
        String isi = ubahBaris(RencanaContoh.isi(), 62, "    peran: KEPALA_UNIT", "    perann: KEPALA_UNIT");

        assertDitolak(isi)
                .hasMessageStartingWith(BERKAS + " baris 62: kunci 'perann' tidak dikenal; yang sah: ")
                .hasMessageContaining("peran");
    }

    @Test
    void kunciWajibTidakAda() {
        String isi = hapusBaris(RencanaContoh.isi(), 61, "    nama: Kepala Seksi Pelayanan");

        // the jabatan that lacks it starts on line 60
        assertDitolak(isi).hasMessage(BERKAS + " baris 60: 'nama' wajib diisi");
    }

    @Test
    void kunciWajibKosong() {
        String isi = ubahBaris(
                RencanaContoh.isi(),
                101,
                "    nama: \"Persentase permohonan yang selesai tepat waktu\"",
                "    nama: \"\"");

        assertDitolak(isi).hasMessage(BERKAS + " baris 101: nilai wajib diisi");
    }

    @Test
    void visiTanpaTeks() {
        String isi = ubahBaris(
                hapusBaris(
                        RencanaContoh.isi(), 15, "  teks: \"Terwujudnya Kecamatan Contoh yang tertib dan melayani\""),
                14,
                "visi:",
                "visi: {}");

        assertDitolak(isi).hasMessage(BERKAS + " baris 14: 'teks' wajib diisi");
    }

    @Test
    void rujukanKeJabatanYangTidakAda() {
        String isi = ubahBaris(RencanaContoh.isi(), 103, "    pemilik: KASI-PELAYANAN", "    pemilik: KASI-UMUM");

        assertDitolak(isi).hasMessage(BERKAS + " baris 103: jabatan dengan kode 'KASI-UMUM' tidak ada di berkas ini");
    }

    @Test
    void pilihanEnumTidakSah() {
        String isi = ubahBaris(RencanaContoh.isi(), 105, "    polaritas: POSITIF", "    polaritas: NAIK");

        assertDitolak(isi).hasMessage(BERKAS + " baris 105: 'NAIK' tidak sah; pilih salah satu: POSITIF, NEGATIF");
    }

    @Test
    void rasioTanpaPenyebut() {
        String isi = ubahBaris(RencanaContoh.isi(), 121, "        peran: PENYEBUT", "        peran: PEMBILANG");

        // reported where the indicator's formula starts (its 'jenis: RASIO' line)
        assertDitolak(isi)
                .hasMessage(BERKAS + " baris 108: formula indikator IKI-KASI-PELAYANAN-1 tidak sah: "
                        + "Formula RASIO memerlukan minimal satu komponen PENYEBUT");
    }

    @Test
    void jabatanBerperanEvaluatorDitolak() {
        String isi = ubahBaris(RencanaContoh.isi(), 62, "    peran: KEPALA_UNIT", "    peran: EVALUATOR");

        assertDitolak(isi)
                .hasMessage(BERKAS + " baris 62: peran EVALUATOR milik portal, bukan jabatan kantor; pilih salah "
                        + "satu dari CAMAT, SEKCAM, KEPALA_UNIT, STAF");
    }

    @Test
    void iKiYangDiisiDariEvaluasiAkipDitolak() {
        String isi = ubahBaris(RencanaContoh.isi(), 112, "    catatan: null", "    catatan: null\n    dariLke: true");

        assertDitolak(isi)
                .hasMessage(BERKAS + " baris 113: indikator IKI-KASI-PELAYANAN-1 tidak dapat diisi dari Evaluasi AKIP: "
                        + "hanya IKU yang dapat");
    }

    @Test
    void ikuBerformulaNilaiDiisiDariEvaluasiAkip() {
        String isi = ubahBaris(RencanaContoh.isi(), 89, "    catatan: null", "    catatan: null\n    dariLke: true");

        assertThat(PembacaRencana.baca(BERKAS, new StringReader(isi)).indikator())
                .extracting(IndikatorData::kode, IndikatorData::dariLke)
                .containsExactly(
                        tuple("IKU-IPP", true), tuple("IKI-KASI-PELAYANAN-1", false), tuple("IKI-SEKCAM-1", false));
    }

    @Test
    void dariLkeHanyaTrueAtauFalse() {
        String isi = ubahBaris(RencanaContoh.isi(), 89, "    catatan: null", "    catatan: null\n    dariLke: ya");

        assertDitolak(isi).hasMessage(BERKAS + " baris 90: 'ya' bukan true atau false");
    }

    @Test
    void kodeGanda() {
        String isi = ubahBaris(RencanaContoh.isi(), 60, "  - kode: KASI-PELAYANAN", "  - kode: SEKCAM");

        assertDitolak(isi).hasMessage(BERKAS + " baris 60: jabatan dengan kode 'SEKCAM' sudah ada di berkas ini");
    }

    @Test
    void kodeKomponenGandaDalamSatuIndikator() {
        String isi = ubahBaris(
                RencanaContoh.isi(), 118, "      - kode: JUMLAH_PERMOHONAN", "      - kode: SELESAI_TEPAT_WAKTU");

        assertDitolak(isi)
                .hasMessage(BERKAS + " baris 118: kode komponen 'SELESAI_TEPAT_WAKTU' dipakai dua kali "
                        + "dalam indikator IKI-KASI-PELAYANAN-1");
    }

    @Test
    void cascadeKeIndikatorYangBukanIkuDiIndikatorTerakhir() {
        String isi = ubahBaris(
                RencanaContoh.isi(),
                145,
                "      - { iku: IKU-IPP, bobot: 2 }",
                "      - { iku: IKI-KASI-PELAYANAN-1, bobot: 2 }");

        assertDitolak(isi)
                .hasMessage(BERKAS + " baris 145: iku dengan kode 'IKI-KASI-PELAYANAN-1' tidak ada di berkas ini");
    }

    @Test
    void targetTahunGanda() {
        String isi = ubahBaris(
                RencanaContoh.isi(),
                97,
                "      - { tahun: 2025, nilai: 3.75 }",
                "      - { tahun: 2024, nilai: 3.75 }");

        assertDitolak(isi).hasMessage(BERKAS + " baris 97: target tahun 2024 sudah ada untuk indikator IKU-IPP");
    }

    @Test
    void nomorMisiGanda() {
        String isi = ubahBaris(RencanaContoh.isi(), 26, "  - nomor: 2", "  - nomor: 1");

        assertDitolak(isi).hasMessage(BERKAS + " baris 26: misi nomor 1 sudah ada di berkas ini");
    }

    @Test
    void cascadeGandaKeIkuYangSama() {
        String isi = ubahBaris(
                RencanaContoh.isi(),
                123,
                "      - { iku: IKU-IPP, bobot: 1 }",
                "      - { iku: IKU-IPP, bobot: 1 }\n      - { iku: IKU-IPP, bobot: 3 }");

        assertDitolak(isi)
                .hasMessage(BERKAS + " baris 124: cascade ke IKU-IPP sudah ada untuk indikator IKI-KASI-PELAYANAN-1");
    }

    @Test
    void nilaiTargetNegatifDitolak() {
        String isi = ubahBaris(
                RencanaContoh.isi(), 96, "      - { tahun: 2024, nilai: 3.5 }", "      - { tahun: 2024, nilai: -3.5 }");

        assertDitolak(isi).hasMessage(BERKAS + " baris 96: nilai target tidak boleh negatif");
    }

    @Test
    void sasaranDiBawahTujuanTidakMenyebutTujuanLagi() {
        String isi = ubahBaris(
                RencanaContoh.isi(),
                25,
                "            teks: \"Terselenggaranya pelayanan yang cepat\"",
                "            teks: \"Terselenggaranya pelayanan yang cepat\"\n            tujuan: T-1");

        assertDitolak(isi).hasMessageStartingWith(BERKAS + " baris 26: kunci 'tujuan' tidak dikenal; yang sah: ");
    }

    /** The kode also names the admin account an Excel import creates (admin.kode). */
    @Test
    void kodeInstansiBerspasiDitolak() {
        assertDitolak(RencanaContoh.denganKode(KODE_BERSPASI), KODE_BERSPASI)
                .hasMessage(
                        BERKAS
                                + " baris 5: kode instansi hanya boleh huruf, angka, tanda hubung dan garis bawah, tanpa spasi");
    }

    /**
     * A file the reader accepts but the database refuses (a komponen's satuan longer than its column), at the
     * very last indicator: the import is one transaction, so the instansi and everything before is rolled back.
     */
    @Test
    void kegagalanDatabaseDiIndikatorTerakhirMembatalkanSeluruhImpor() {
        String isi = ubahBaris(
                RencanaContoh.denganKode(KODE_GAGAL),
                142,
                "        satuan: \"dokumen\"",
                "        satuan: \"" + "dokumen ".repeat(6) + "\"");
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        assertThatThrownBy(() -> SebagaiSistem.jalankan(() -> imporRencana.impor(RencanaContoh.sebagaiBerkas(isi))))
                .isInstanceOf(RuntimeException.class)
                // the database's refusal, not the reader's (which would leave the tables as they were, too)
                .isInstanceOf(DataAccessException.class);

        assertThat(instansiRepository.findByKode("CONTOH-GAGAL")).isEmpty();
        assertThat(JumlahBaris.semuaTabel(jdbc)).isEqualTo(sebelum);
    }

    /**
     * Imports {@code isi} under a kode of its own (so a file wrongly accepted cannot make the next test's
     * import "already there") and expects a refusal that leaves every table as it was.
     */
    private AbstractThrowableAssert<?, ? extends Throwable> assertDitolak(String isi) {
        String kode = "RUSAK-" + UUID.randomUUID().toString().substring(0, 8);
        String isiKodeBaru = isi.replace("\n  kode: CONTOH\n", "\n  kode: " + kode + "\n");
        assertThat(isiKodeBaru).contains(kode);
        return assertDitolak(isiKodeBaru, kode);
    }

    /** Expects {@code isi}, whose instansi kode is {@code kode}, refused with every table as it was. */
    private AbstractThrowableAssert<?, ? extends Throwable> assertDitolak(String isi, String kode) {
        Map<String, Long> sebelum = JumlahBaris.semuaTabel(jdbc);

        var hasil = assertThatThrownBy(
                        () -> SebagaiSistem.jalankan(() -> imporRencana.impor(RencanaContoh.sebagaiBerkas(isi))))
                .isInstanceOf(BerkasRencanaTidakValid.class);

        assertThat(instansiRepository.findByKode(kode)).isEmpty();
        assertThat(JumlahBaris.semuaTabel(jdbc))
                .as("isi database setelah penolakan")
                .isEqualTo(sebelum);
        return hasil;
    }

    private long jumlahIndikator(String kodeInstansi) {
        return jumlah(
                "select count(*) from indikator i join instansi n on n.id = i.instansi_id where n.kode = ?",
                kodeInstansi);
    }

    private long jumlah(String sql, Object parameter) {
        return jdbc.queryForObject(sql, Long.class, parameter);
    }
}
