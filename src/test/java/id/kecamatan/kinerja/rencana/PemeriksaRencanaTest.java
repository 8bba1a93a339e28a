package id.kecamatan.kinerja.rencana;

import static id.kecamatan.kinerja.capaian.PeranKomponen.ISIAN;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PEMBILANG;
import static id.kecamatan.kinerja.capaian.PeranKomponen.PENYEBUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.AturanDariLke;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.rencana.DokumenRencana.CascadeData;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import id.kecamatan.kinerja.rencana.DokumenRencana.InstansiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.JabatanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.KomponenData;
import id.kecamatan.kinerja.rencana.DokumenRencana.MisiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.PemegangData;
import id.kecamatan.kinerja.rencana.DokumenRencana.Ref;
import id.kecamatan.kinerja.rencana.DokumenRencana.SasaranData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TargetData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TujuanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.UnitData;
import id.kecamatan.kinerja.rencana.Pelanggaran.BobotTidakPositif;
import id.kecamatan.kinerja.rencana.Pelanggaran.CascadeBukanDariIki;
import id.kecamatan.kinerja.rencana.Pelanggaran.CascadeGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.DariLkeTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.FormulaTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.KodeGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.KodeInstansiTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.KomponenGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.MisiTidakAda;
import id.kecamatan.kinerja.rencana.Pelanggaran.NilaiNegatif;
import id.kecamatan.kinerja.rencana.Pelanggaran.NomorMisiGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.PeranBukanKantor;
import id.kecamatan.kinerja.rencana.Pelanggaran.RujukanTidakAda;
import id.kecamatan.kinerja.rencana.Pelanggaran.TahunDiLuar;
import id.kecamatan.kinerja.rencana.Pelanggaran.TanpaKomponen;
import id.kecamatan.kinerja.rencana.Pelanggaran.TargetGanda;
import id.kecamatan.kinerja.rencana.Pelanggaran.TargetSatuIsian;
import id.kecamatan.kinerja.rencana.Pelanggaran.TriwulanTidakSah;
import id.kecamatan.kinerja.rencana.Pelanggaran.Wajib;
import id.kecamatan.kinerja.rencana.RencanaMentah.Anak;
import id.kecamatan.kinerja.rencana.RencanaMentah.Bagian;
import id.kecamatan.kinerja.rencana.RencanaMentah.Elemen;
import id.kecamatan.kinerja.rencana.RencanaMentah.Letak;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the plan once, on rows as a reader hands them over, whatever the file: a small valid plan with one
 * thing changed, and what is reported at which row. How each reader words and places a report is in its own tests
 * (ImporRencanaTest, ImporRencanaExcelTest).
 */
class PemeriksaRencanaTest {

    private record Laporan(String letak, Pelanggaran pelanggaran) {}

    private final List<Laporan> laporan = new ArrayList<>();

    @Test
    void rencanaYangSahDisusunMenjadiDokumen() {
        DokumenRencana dokumen = PemeriksaRencana.periksa(rencana()).orElseThrow();

        assertThat(laporan).isEmpty();
        assertThat(dokumen.instansi().kode()).isEqualTo("UJI");
        assertThat(dokumen.visi()).isEqualTo("Kecamatan yang melayani");
        assertThat(dokumen.misi())
                .containsExactly(new MisiData(1, "Melayani", List.of(new TujuanData("T-1", "Pelayanan bermutu"))));
        assertThat(dokumen.sasaranKinerja()).containsExactly(new SasaranData("S-1", "Pelayanan cepat", new Ref("T-1")));
        assertThat(dokumen.jabatan())
                .extracting(JabatanData::kode, JabatanData::fungsi)
                .containsExactly(
                        tuple("CAMAT", List.of()),
                        tuple("KASI-PEM", List.of("Melaksanakan pelayanan", "Menyusun laporan")));
        IndikatorData iku = dokumen.indikator().getFirst();
        IndikatorData iki = dokumen.indikator().get(1);
        assertThat(iku.target()).containsExactly(new TargetData(2025, null, new BigDecimal("3.5"), null));
        assertThat(iki.komponen()).extracting(KomponenData::kode).containsExactly("SELESAI", "MASUK");
        assertThat(iki.cascade()).containsExactly(new CascadeData(new Ref("IKU-1"), BigDecimal.ONE));
        assertThat(iku.cascade()).isEmpty();
    }

    @Test
    void setiapNilaiWajibDilaporkanDiBarisnya() {
        RencanaMentah r = rencana();
        r.instansi = new Elemen<>(new InstansiData(null, null, null, null, null, null, null, null), letak("instansi"));
        r.visi = new Elemen<>(null, letak("visi"));
        r.misi.add(new Elemen<>(new MisiData(null, null, List.of()), letak("misi")));
        r.tujuan.add(new Anak<>(null, new TujuanData(null, null), letak("tujuan")));
        r.sasaran.add(new Elemen<>(new SasaranData(null, null, null), letak("sasaran")));
        r.unitKerja.add(new Elemen<>(new UnitData(null, null), letak("unit")));
        r.jabatan.add(new Elemen<>(
                new JabatanData(null, null, null, null, null, null, null, List.of(), null), letak("jabatan")));
        r.jabatan.add(new Elemen<>(
                new JabatanData(
                        "STAF",
                        "Staf",
                        Peran.STAF,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        new PemegangData(null, "19800101 200501 1 001")),
                letak("jabatan STAF")));
        r.fungsi.add(new Anak<>(null, null, letak("fungsi")));
        r.indikator.add(new Elemen<>(
                new IndikatorData(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(),
                        List.of(), List.of(), false),
                letak("indikator")));
        r.komponen.add(new Anak<>(null, new KomponenData(null, null, null, null), letak("komponen")));
        r.target.add(new Anak<>(null, new TargetData(null, null, null, "NA"), letak("target")));
        r.cascade.add(new Anak<>(null, new CascadeData(null, null), letak("cascade")));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        wajib("instansi", "kode"),
                        wajib("instansi", "nama"),
                        wajib("visi", "teks"),
                        wajib("misi", "nomor"),
                        wajib("misi", "teks"),
                        wajib("tujuan", "kode"),
                        wajib("tujuan", "misi"),
                        wajib("tujuan", "teks"),
                        wajib("sasaran", "kode"),
                        wajib("sasaran", "teks"),
                        wajib("unit", "kode"),
                        wajib("unit", "nama"),
                        wajib("jabatan", "kode"),
                        wajib("jabatan", "nama"),
                        wajib("jabatan", "peran"),
                        wajib("jabatan STAF", "pemegang.nama"),
                        wajib("fungsi", "jabatan"),
                        wajib("fungsi", "fungsi"),
                        wajib("indikator", "kode"),
                        wajib("indikator", "jenis"),
                        wajib("indikator", "nama"),
                        wajib("indikator", "sasaran"),
                        wajib("indikator", "pemilik"),
                        wajib("indikator", "satuan"),
                        wajib("indikator", "polaritas"),
                        wajib("indikator", "agregasi"),
                        wajib("indikator", "formula.jenis"),
                        wajib("komponen", "indikator"),
                        wajib("komponen", "kode"),
                        wajib("komponen", "nama"),
                        wajib("komponen", "satuan"),
                        wajib("komponen", "peran"),
                        wajib("target", "indikator"),
                        wajib("target", "tahun"),
                        wajib("cascade", "iki"),
                        wajib("cascade", "iku"),
                        wajib("cascade", "bobot"));
    }

    /** The reader has reported such a value as unreadable: neither missing nor checked by the rules that need it. */
    @Test
    void nilaiYangTidakTerbacaTidakDilaporkanLagi() {
        RencanaMentah r = rencana();
        r.unitKerja.add(new Elemen<>(new UnitData("UMUM", null), letak("unit UMUM", "nama")));
        r.cascade.add(
                new Anak<>("IKI-1", new CascadeData(new Ref("IKU-2"), null), letak("cascade IKI-1 IKU-2", "bobot")));
        r.indikator.add(indikator("IKU-2", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT"));
        r.komponen.add(komponen("IKU-2", "INDEKS", ISIAN));
        // the same period as the first target, which is not compared while the nilai cannot be read
        r.target.add(
                new Anak<>("IKU-1", new TargetData(2025, null, null, null), letak("target IKU-1 2025 lagi", "nilai")));
        r.komponen.set(
                2,
                new Anak<>(
                        "IKI-1",
                        new KomponenData("MASUK", "Permohonan masuk", "berkas", null),
                        letak("komponen IKI-1 MASUK", "peran")));

        PemeriksaRencana.periksa(r);

        assertThat(laporan).isEmpty();
    }

    @Test
    void kodeInstansiHanyaHurufAngkaTandaHubungDanGarisBawah() {
        for (String kode : List.of("UJI SALAH", "-UJI", "UJI.2", "Üji")) {
            RencanaMentah r = rencana();
            r.instansi = new Elemen<>(
                    new InstansiData(kode, "Kecamatan Uji", null, null, null, null, null, null), letak("instansi"));
            laporan.clear();

            PemeriksaRencana.periksa(r);

            assertThat(laporan).as(kode).containsExactly(new Laporan("instansi", new KodeInstansiTidakSah(kode)));
        }
        RencanaMentah r = rencana();
        r.instansi = new Elemen<>(
                new InstansiData("UJI_2-b", "Kecamatan Uji", null, null, null, null, null, null), letak("instansi"));
        laporan.clear();
        assertThat(PemeriksaRencana.periksa(r)).isPresent();
    }

    @Test
    void kodeUnikDalamBagiannyaDanNomorMisiUnik() {
        RencanaMentah r = rencana();
        r.misi.add(new Elemen<>(new MisiData(1, "Melayani lagi", List.of()), letak("misi 1 lagi")));
        r.tujuan.add(new Anak<>(1, new TujuanData("T-1", "Lagi"), letak("tujuan T-1 lagi")));
        r.sasaran.add(new Elemen<>(new SasaranData("S-1", "Lagi", null), letak("sasaran S-1 lagi")));
        r.unitKerja.add(new Elemen<>(new UnitData("PEM", "Lagi"), letak("unit PEM lagi")));
        r.jabatan.add(di("jabatan CAMAT lagi", jabatan("CAMAT", Peran.STAF, null, null)));
        // IKU and IKI share their kode; a kode may stand in two parts (a unit and a jabatan PEM)
        r.indikator.add(di("IKI IKU-1", indikator("IKU-1", JenisIndikator.IKI, JenisFormula.NILAI, "CAMAT")));
        r.jabatan.add(jabatan("PEM", Peran.STAF, null, null));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("misi 1 lagi", new NomorMisiGanda(1)),
                        new Laporan("tujuan T-1 lagi", new KodeGanda(Bagian.TUJUAN, "T-1")),
                        new Laporan("sasaran S-1 lagi", new KodeGanda(Bagian.SASARAN, "S-1")),
                        new Laporan("unit PEM lagi", new KodeGanda(Bagian.UNIT, "PEM")),
                        new Laporan("jabatan CAMAT lagi", new KodeGanda(Bagian.JABATAN, "CAMAT")),
                        new Laporan("IKI IKU-1", new KodeGanda(Bagian.INDIKATOR, "IKU-1")));
    }

    @Test
    void setiapRujukanHarusAdaDiRencana() {
        RencanaMentah r = rencana();
        r.instansi = new Elemen<>(
                new InstansiData("UJI", "Kecamatan Uji", null, null, null, null, null, new Ref("BUPATI")),
                letak("instansi"));
        r.tujuan.add(new Anak<>(9, new TujuanData("T-9", "Tanpa misi"), letak("tujuan T-9")));
        r.sasaran.add(new Elemen<>(new SasaranData("S-2", "Sasaran", new Ref("T-X")), letak("sasaran S-2")));
        r.jabatan.add(new Elemen<>(
                new JabatanData(
                        "STAF",
                        "Staf",
                        Peran.STAF,
                        new Ref("UMUM"),
                        new Ref("KASUBBAG"),
                        new Ref("SEKCAM"),
                        null,
                        List.of(),
                        null),
                letak("jabatan STAF")));
        r.fungsi.add(new Anak<>("LURAH", "Fungsi", letak("fungsi LURAH")));
        r.indikator.add(new Elemen<>(
                new IndikatorData(
                        "IKI-2",
                        JenisIndikator.IKI,
                        "Indikator",
                        new Ref("S-X"),
                        new Ref("KASI-X"),
                        "%",
                        Polaritas.POSITIF,
                        Agregasi.KUMULATIF,
                        JenisFormula.NILAI,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        false),
                letak("indikator IKI-2")));
        r.komponen.add(komponen("IKI-2", "NILAI", ISIAN));
        r.komponen.add(komponen("IKI-X", "NILAI", ISIAN));
        r.target.add(target("IKI-X", 2025, null, BigDecimal.ONE, null));
        // a cascade hangs under an IKI and names an IKU
        r.cascade.add(cascade("IKU-1", "IKU-1", BigDecimal.ONE));
        r.cascade.add(cascade("IKI-2", "IKI-1", BigDecimal.ONE));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("instansi", new RujukanTidakAda("penandatangan", Bagian.JABATAN, "BUPATI")),
                        new Laporan("tujuan T-9", new MisiTidakAda(9)),
                        new Laporan("sasaran S-2", new RujukanTidakAda("tujuan", Bagian.TUJUAN, "T-X")),
                        new Laporan("jabatan STAF", new RujukanTidakAda("unit", Bagian.UNIT, "UMUM")),
                        new Laporan("jabatan STAF", new RujukanTidakAda("atasan", Bagian.JABATAN, "KASUBBAG")),
                        new Laporan("jabatan STAF", new RujukanTidakAda("verifikator", Bagian.JABATAN, "SEKCAM")),
                        new Laporan("fungsi LURAH", new RujukanTidakAda("jabatan", Bagian.JABATAN, "LURAH")),
                        new Laporan("indikator IKI-2", new RujukanTidakAda("sasaran", Bagian.SASARAN, "S-X")),
                        new Laporan("indikator IKI-2", new RujukanTidakAda("pemilik", Bagian.JABATAN, "KASI-X")),
                        new Laporan(
                                "komponen IKI-X NILAI", new RujukanTidakAda("indikator", Bagian.INDIKATOR, "IKI-X")),
                        new Laporan("target IKI-X 2025", new RujukanTidakAda("indikator", Bagian.INDIKATOR, "IKI-X")),
                        new Laporan("cascade IKU-1 IKU-1", new CascadeBukanDariIki("IKU-1")),
                        new Laporan("cascade IKI-2 IKI-1", new RujukanTidakAda("iku", Bagian.IKU, "IKI-1")));
    }

    /** A part the reader could not read whole (a sheet missing) has reported that: what refers to it is not checked. */
    @Test
    void rujukanKeBagianYangTidakTerbacaUtuhTidakDiperiksa() {
        RencanaMentah r = rencana();
        r.tidakLengkap.addAll(Set.of(Bagian.JABATAN, Bagian.IKU, Bagian.KOMPONEN, Bagian.MISI));
        r.jabatan.clear();
        r.indikator.removeFirst();
        r.komponen.clear();
        r.tujuan.add(new Anak<>(9, new TujuanData("T-9", "Tanpa misi"), letak("tujuan T-9")));

        assertThat(PemeriksaRencana.periksa(r)).as("the plan is not whole").isEmpty();
        assertThat(laporan).isEmpty();
    }

    @Test
    void komponenUnikDalamIndikatornyaDanSetiapIndikatorMemilikinya() {
        RencanaMentah r = rencana();
        r.komponen.add(di("komponen IKI-1 SELESAI lagi", komponen("IKI-1", "SELESAI", PEMBILANG)));
        r.komponen.add(komponen("IKU-2", "SELESAI", ISIAN));
        r.indikator.add(indikator("IKU-2", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT"));
        r.indikator.add(indikator("IKU-3", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT"));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("komponen IKI-1 SELESAI lagi", new KomponenGanda("SELESAI", "IKI-1")),
                        // the calculation core refuses the twice-used kode too
                        new Laporan(
                                "indikator IKI-1",
                                new FormulaTidakSah("IKI-1", "Kode komponen 'SELESAI' dipakai lebih dari sekali")),
                        new Laporan("indikator IKU-3", new TanpaKomponen("IKU-3")));
    }

    @Test
    void targetDalamTahun2000Sampai2100DanTriwulan1Sampai4() {
        RencanaMentah r = rencana();
        r.target.clear();
        r.target.add(target("IKU-1", 1999, null, BigDecimal.ONE, null));
        r.target.add(target("IKU-1", 2101, null, BigDecimal.ONE, null));
        r.target.add(target("IKU-1", 2000, 0, BigDecimal.ONE, null));
        r.target.add(target("IKU-1", 2000, 5, BigDecimal.ONE, null));
        r.target.add(target("IKU-1", 2000, 1, BigDecimal.ONE, null));
        r.target.add(target("IKU-1", 2100, 4, BigDecimal.ONE, null));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("target IKU-1 1999", new TahunDiLuar(1999)),
                        new Laporan("target IKU-1 2101", new TahunDiLuar(2101)),
                        new Laporan("target IKU-1 2000 triwulan 0", new TriwulanTidakSah(0)),
                        new Laporan("target IKU-1 2000 triwulan 5", new TriwulanTidakSah(5)));
    }

    /** The operator's and the evaluator's jabatan are the portal's: a plan cannot declare one. */
    @Test
    void jabatanRencanaTidakBerperanPortal() {
        RencanaMentah r = rencana();
        r.jabatan.add(jabatan("OPERATOR", Peran.ADMIN, null, null));
        r.jabatan.add(jabatan("INSPEKTORAT", Peran.EVALUATOR, null, null));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("jabatan OPERATOR", new PeranBukanKantor(Peran.ADMIN)),
                        new Laporan("jabatan INSPEKTORAT", new PeranBukanKantor(Peran.EVALUATOR)));
    }

    @Test
    void targetBerisiTepatSatuNilaiTidakNegatifAtauTeks() {
        RencanaMentah r = rencana();
        r.target.clear();
        r.target.add(target("IKU-1", 2021, null, new BigDecimal("-0.5"), null));
        r.target.add(target("IKU-1", 2022, null, BigDecimal.ONE, "NA"));
        r.target.add(target("IKU-1", 2023, null, null, null));
        r.target.add(target("IKU-1", 2024, null, BigDecimal.ZERO, null));
        r.target.add(target("IKU-1", 2025, null, null, "NA"));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("target IKU-1 2021", new NilaiNegatif()),
                        new Laporan("target IKU-1 2022", new TargetSatuIsian()),
                        new Laporan("target IKU-1 2023", new TargetSatuIsian()));
    }

    @Test
    void satuTargetPerIndikatorDanPeriode() {
        RencanaMentah r = rencana();
        r.target.add(target("IKU-1", 2025, 1, BigDecimal.ONE, null));
        r.target.add(target("IKI-1", 2025, null, BigDecimal.ONE, null));
        r.target.add(di("target IKU-1 2025 lagi", target("IKU-1", 2025, null, BigDecimal.TEN, null)));
        r.target.add(di("target IKU-1 2025 triwulan 1 lagi", target("IKU-1", 2025, 1, BigDecimal.TEN, null)));
        // a target that breaks a rule of its own is not compared as well
        r.target.add(target("IKU-1", 2025, 2, BigDecimal.ONE, "NA"));
        r.target.add(target("IKU-1", 2025, 2, BigDecimal.ONE, null));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("target IKU-1 2025 lagi", new TargetGanda("IKU-1", 2025, null)),
                        new Laporan("target IKU-1 2025 triwulan 1 lagi", new TargetGanda("IKU-1", 2025, 1)),
                        new Laporan("target IKU-1 2025 triwulan 2", new TargetSatuIsian()));
    }

    @Test
    void cascadeBerbobotLebihDariNolSekaliPerIku() {
        RencanaMentah r = rencana();
        r.indikator.add(indikator("IKU-2", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT"));
        r.komponen.add(komponen("IKU-2", "INDEKS", ISIAN));
        r.cascade.add(cascade("IKI-1", "IKU-2", BigDecimal.ZERO));
        r.cascade.add(di("cascade IKI-1 IKU-2 lagi", cascade("IKI-1", "IKU-2", new BigDecimal("-1"))));
        r.cascade.add(di("cascade IKI-1 IKU-1 lagi", cascade("IKI-1", "IKU-1", new BigDecimal("0.5"))));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(
                        new Laporan("cascade IKI-1 IKU-2", new BobotTidakPositif()),
                        new Laporan("cascade IKI-1 IKU-2 lagi", new BobotTidakPositif()),
                        new Laporan("cascade IKI-1 IKU-2 lagi", new CascadeGanda("IKI-1", "IKU-2")),
                        new Laporan("cascade IKI-1 IKU-1 lagi", new CascadeGanda("IKI-1", "IKU-1")));
    }

    @Test
    void formulaDiperiksaTerhadapKomponennya() {
        RencanaMentah r = rencana();
        r.komponen.set(2, komponen("IKI-1", "MASUK", PEMBILANG));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan)
                .containsExactly(new Laporan(
                        "indikator IKI-1",
                        new FormulaTidakSah("IKI-1", "Formula RASIO memerlukan minimal satu komponen PENYEBUT")));
    }

    @Test
    void satuIkuBerformulaNilaiDenganSatuKomponenIsianDiisiDariEvaluasiAkip() {
        RencanaMentah sah = rencana();
        sah.indikator.set(0, indikator("IKU-1", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT", true));
        assertThat(PemeriksaRencana.periksa(sah).orElseThrow().indikator())
                .extracting(IndikatorData::kode, IndikatorData::dariLke)
                .containsExactly(tuple("IKU-1", true), tuple("IKI-1", false));

        RencanaMentah r = rencana();
        r.indikator.set(0, indikator("IKU-1", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT", true));
        r.indikator.set(1, indikator("IKI-1", JenisIndikator.IKI, JenisFormula.RASIO, "KASI-PEM", true));
        r.indikator.add(indikator("IKU-2", JenisIndikator.IKU, JenisFormula.JUMLAH, "CAMAT", true));
        r.komponen.add(komponen("IKU-2", "A", ISIAN));
        // NILAI with two komponen breaks the formula too (reported as such); the mark's own rule names it
        r.indikator.add(indikator("IKU-3", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT", true));
        r.komponen.add(komponen("IKU-3", "A", ISIAN));
        r.komponen.add(komponen("IKU-3", "B", ISIAN));
        r.indikator.add(indikator("IKU-4", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT", true));
        r.komponen.add(komponen("IKU-4", "A", ISIAN));

        assertThat(PemeriksaRencana.periksa(r)).isEmpty();
        assertThat(laporan.stream().filter(l -> l.pelanggaran() instanceof DariLkeTidakSah))
                .containsExactly(
                        new Laporan("indikator IKI-1", new DariLkeTidakSah("IKI-1", AturanDariLke.BUKAN_IKU, "IKU-1")),
                        new Laporan(
                                "indikator IKU-2", new DariLkeTidakSah("IKU-2", AturanDariLke.BUKAN_NILAI, "IKU-1")),
                        new Laporan(
                                "indikator IKU-3",
                                new DariLkeTidakSah("IKU-3", AturanDariLke.BUKAN_SATU_ISIAN, "IKU-1")),
                        new Laporan("indikator IKU-4", new DariLkeTidakSah("IKU-4", AturanDariLke.SUDAH_ADA, "IKU-1")));
    }

    // ---------------------------------------------------------------- a small valid plan

    /**
     * Kecamatan Uji: a misi with a tujuan and its sasaran, a unit, the Camat and a Kasi with two fungsi, an IKU
     * (NILAI) with a yearly target and an IKI (RASIO) cascaded to it.
     */
    private RencanaMentah rencana() {
        RencanaMentah r = new RencanaMentah();
        r.instansi = new Elemen<>(
                new InstansiData("UJI", "Kecamatan Uji", null, null, null, null, null, new Ref("CAMAT")),
                letak("instansi"));
        r.visi = new Elemen<>("Kecamatan yang melayani", letak("visi"));
        r.misi.add(new Elemen<>(new MisiData(1, "Melayani", List.of()), letak("misi 1")));
        r.tujuan.add(new Anak<>(1, new TujuanData("T-1", "Pelayanan bermutu"), letak("tujuan T-1")));
        r.sasaran.add(new Elemen<>(new SasaranData("S-1", "Pelayanan cepat", new Ref("T-1")), letak("sasaran S-1")));
        r.unitKerja.add(new Elemen<>(new UnitData("PEM", "Seksi Pemerintahan"), letak("unit PEM")));
        r.jabatan.add(jabatan("CAMAT", Peran.CAMAT, null, null));
        r.jabatan.add(jabatan("KASI-PEM", Peran.KEPALA_UNIT, "PEM", "CAMAT"));
        r.fungsi.add(new Anak<>("KASI-PEM", "Melaksanakan pelayanan", letak("fungsi KASI-PEM 1")));
        r.fungsi.add(new Anak<>("KASI-PEM", "Menyusun laporan", letak("fungsi KASI-PEM 2")));
        r.indikator.add(indikator("IKU-1", JenisIndikator.IKU, JenisFormula.NILAI, "CAMAT"));
        r.indikator.add(indikator("IKI-1", JenisIndikator.IKI, JenisFormula.RASIO, "KASI-PEM"));
        r.komponen.add(komponen("IKU-1", "INDEKS", ISIAN));
        r.komponen.add(komponen("IKI-1", "SELESAI", PEMBILANG));
        r.komponen.add(komponen("IKI-1", "MASUK", PENYEBUT));
        r.target.add(target("IKU-1", 2025, null, new BigDecimal("3.5"), null));
        r.cascade.add(cascade("IKI-1", "IKU-1", BigDecimal.ONE));
        return r;
    }

    private Elemen<JabatanData> jabatan(String kode, Peran peran, String unit, String atasan) {
        return new Elemen<>(
                new JabatanData(
                        kode,
                        "Jabatan " + kode,
                        peran,
                        unit == null ? null : new Ref(unit),
                        atasan == null ? null : new Ref(atasan),
                        atasan == null ? null : new Ref(atasan),
                        null,
                        List.of(),
                        null),
                letak("jabatan " + kode));
    }

    private Elemen<IndikatorData> indikator(String kode, JenisIndikator jenis, JenisFormula formula, String pemilik) {
        return indikator(kode, jenis, formula, pemilik, false);
    }

    private Elemen<IndikatorData> indikator(
            String kode, JenisIndikator jenis, JenisFormula formula, String pemilik, boolean dariLke) {
        return new Elemen<>(
                new IndikatorData(
                        kode,
                        jenis,
                        "Indikator " + kode,
                        new Ref("S-1"),
                        new Ref(pemilik),
                        "%",
                        Polaritas.POSITIF,
                        Agregasi.KUMULATIF,
                        formula,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        dariLke),
                letak("indikator " + kode));
    }

    private Anak<String, KomponenData> komponen(String indikator, String kode, PeranKomponen peran) {
        return new Anak<>(
                indikator,
                new KomponenData(kode, "Komponen " + kode, "berkas", peran),
                letak("komponen " + indikator + " " + kode));
    }

    private Anak<String, TargetData> target(
            String indikator, int tahun, Integer triwulan, BigDecimal nilai, String teks) {
        return new Anak<>(
                indikator,
                new TargetData(tahun, triwulan, nilai, teks),
                letak("target " + indikator + " " + tahun + (triwulan == null ? "" : " triwulan " + triwulan)));
    }

    private Anak<String, CascadeData> cascade(String iki, String iku, BigDecimal bobot) {
        return new Anak<>(iki, new CascadeData(new Ref(iku), bobot), letak("cascade " + iki + " " + iku));
    }

    // ---------------------------------------------------------------- what was reported where

    /** The same row at a place of another name, to tell it from the row it repeats. */
    private <T> Elemen<T> di(String nama, Elemen<T> elemen) {
        return new Elemen<>(elemen.data(), letak(nama));
    }

    private <K, T> Anak<K, T> di(String nama, Anak<K, T> anak) {
        return new Anak<>(anak.induk(), anak.data(), letak(nama));
    }

    /** A row's place, named for the test; {@code tidakTerbaca}: values its reader could not read. */
    private Letak letak(String nama, String... tidakTerbaca) {
        Set<String> takTerbaca = Set.of(tidakTerbaca);
        return new Letak() {
            @Override
            public void laporkan(Pelanggaran pelanggaran) {
                laporan.add(new Laporan(nama, pelanggaran));
            }

            @Override
            public boolean terbaca(String isian) {
                return !takTerbaca.contains(isian);
            }
        };
    }

    private static Laporan wajib(String letak, String isian) {
        return new Laporan(letak, new Wajib(isian));
    }
}
