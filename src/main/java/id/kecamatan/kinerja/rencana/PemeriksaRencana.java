package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.DefinisiKomponen;
import id.kecamatan.kinerja.indikator.AturanDariLke;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.rencana.DokumenRencana.CascadeData;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import id.kecamatan.kinerja.rencana.DokumenRencana.InstansiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.JabatanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.KomponenData;
import id.kecamatan.kinerja.rencana.DokumenRencana.MisiData;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The rules of a kecamatan's plan, in one place for every reader: required values, the instansi kode, unique kode
 * and misi nomor, every reference, targets (year, triwulan, a nilai or a teks, one per period), cascade weights,
 * each formula against its komponen and the indicator "diisi dari Evaluasi AKIP". Each broken rule is reported at the {@link Letak} of its row, in the order
 * below (references last); a value the reader could not read is neither reported missing nor checked. A plan that
 * breaks none is put together as the {@link DokumenRencana} to save.
 */
final class PemeriksaRencana {

    static final int TAHUN_PERTAMA = 2000;
    static final int TAHUN_TERAKHIR = 2100;
    /** The instansi kode also names the new kecamatan's admin account (admin.kode). */
    private static final Pattern KODE_INSTANSI = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final RencanaMentah rencana;
    private final Map<Bagian, Set<String>> kodeTerdaftar = new EnumMap<>(Bagian.class);
    private final Set<Integer> nomorMisi = new HashSet<>();
    /** The komponen of each indicator kode; one without a kode is left out (it is reported missing). */
    private final Map<String, List<KomponenData>> komponenPerIndikator = new HashMap<>();

    private int jumlahPelanggaran;

    private PemeriksaRencana(RencanaMentah rencana) {
        this.rencana = rencana;
    }

    /** The plan to save, or empty when a rule is broken (each reported at its row's Letak). */
    static Optional<DokumenRencana> periksa(RencanaMentah rencana) {
        return new PemeriksaRencana(rencana).periksa();
    }

    private Optional<DokumenRencana> periksa() {
        instansi();
        misiDanTujuan();
        for (Elemen<SasaranData> s : rencana.sasaran) {
            daftarkan(Bagian.SASARAN, s.letak(), s.data().kode());
            wajib(s.letak(), "teks", s.data().teks());
        }
        for (Elemen<UnitData> u : rencana.unitKerja) {
            daftarkan(Bagian.UNIT, u.letak(), u.data().kode());
            wajib(u.letak(), "nama", u.data().nama());
        }
        jabatan();
        for (Elemen<IndikatorData> i : rencana.indikator) {
            indikator(i.data(), i.letak());
        }
        komponen();
        target();
        cascade();
        for (Elemen<IndikatorData> i : rencana.indikator) {
            komponenDanFormula(i.data(), i.letak());
        }
        dariLke();
        rujukan();
        // a plan the reader could not read whole has reported errors of its own and is not saved either
        Elemen<InstansiData> instansi = rencana.instansi;
        // an empty visi is reported (Wajib) unless the reader could not read it, which it reported itself
        String visi = rencana.visi == null ? null : rencana.visi.data();
        if (jumlahPelanggaran == 0 && instansi != null && visi != null && rencana.tidakLengkap.isEmpty()) {
            return Optional.of(susun(instansi.data(), visi));
        }
        return Optional.empty();
    }

    private void instansi() {
        if (rencana.instansi != null) {
            InstansiData data = rencana.instansi.data();
            Letak letak = rencana.instansi.letak();
            if (wajib(letak, "kode", data.kode())
                    && !KODE_INSTANSI.matcher(data.kode()).matches()) {
                langgar(letak, new KodeInstansiTidakSah(data.kode()));
            }
            wajib(letak, "nama", data.nama());
        }
        if (rencana.visi != null) {
            wajib(rencana.visi.letak(), "teks", rencana.visi.data());
        }
    }

    private void misiDanTujuan() {
        for (Elemen<MisiData> m : rencana.misi) {
            Integer nomor = m.data().nomor();
            if (wajib(m.letak(), "nomor", nomor) && !nomorMisi.add(nomor)) {
                langgar(m.letak(), new NomorMisiGanda(nomor));
            }
            wajib(m.letak(), "teks", m.data().teks());
        }
        for (Anak<Integer, TujuanData> t : rencana.tujuan) {
            daftarkan(Bagian.TUJUAN, t.letak(), t.data().kode());
            wajib(t.letak(), "misi", t.induk());
            wajib(t.letak(), "teks", t.data().teks());
        }
    }

    private void jabatan() {
        for (Elemen<JabatanData> j : rencana.jabatan) {
            daftarkan(Bagian.JABATAN, j.letak(), j.data().kode());
            wajib(j.letak(), "nama", j.data().nama());
            wajib(j.letak(), "peran", j.data().peran());
            if (j.data().peran() != null && !j.data().peran().bagianKantor()) {
                langgar(j.letak(), new PeranBukanKantor(j.data().peran()));
            }
            if (j.data().pemegang() != null) {
                wajib(j.letak(), "pemegang.nama", j.data().pemegang().nama());
            }
        }
        for (Anak<String, String> f : rencana.fungsi) {
            wajib(f.letak(), "jabatan", f.induk());
            wajib(f.letak(), "fungsi", f.data());
        }
    }

    private void indikator(IndikatorData data, Letak letak) {
        daftarkan(Bagian.INDIKATOR, letak, data.kode());
        boolean adaJenis = wajib(letak, "jenis", data.jenis());
        if (data.kode() != null && adaJenis) {
            kode(data.jenis() == JenisIndikator.IKU ? Bagian.IKU : Bagian.IKI).add(data.kode());
        }
        wajib(letak, "nama", data.nama());
        wajib(letak, "sasaran", data.sasaran());
        wajib(letak, "pemilik", data.pemilik());
        wajib(letak, "satuan", data.satuan());
        wajib(letak, "polaritas", data.polaritas());
        wajib(letak, "agregasi", data.agregasi());
        wajib(letak, "formula.jenis", data.jenisFormula());
    }

    private void komponen() {
        Map<String, Set<String>> kodePerIndikator = new HashMap<>();
        for (Anak<String, KomponenData> k : rencana.komponen) {
            KomponenData data = k.data();
            String induk = k.induk();
            String kode = data.kode();
            wajib(k.letak(), "indikator", induk);
            wajib(k.letak(), "kode", kode);
            wajib(k.letak(), "nama", data.nama());
            wajib(k.letak(), "satuan", data.satuan());
            wajib(k.letak(), "peran", data.peran());
            if (induk != null && kode != null) {
                if (!kodePerIndikator
                        .computeIfAbsent(induk, i -> new HashSet<>())
                        .add(kode)) {
                    langgar(k.letak(), new KomponenGanda(kode, induk));
                }
                komponenPerIndikator
                        .computeIfAbsent(induk, i -> new ArrayList<>())
                        .add(data);
            }
        }
    }

    private void target() {
        record Periode(
                String indikator, int tahun, @Nullable Integer triwulan) {}
        Set<Periode> periode = new HashSet<>();
        for (Anak<String, TargetData> t : rencana.target) {
            TargetData data = t.data();
            Letak letak = t.letak();
            String induk = t.induk();
            Integer tahun = data.tahun();
            wajib(letak, "indikator", induk);
            int jumlahSebelum = jumlahPelanggaran;
            if (wajib(letak, "tahun", tahun) && (tahun < TAHUN_PERTAMA || tahun > TAHUN_TERAKHIR)) {
                langgar(letak, new TahunDiLuar(tahun));
            }
            if (data.triwulan() != null && !Triwulan.sah(data.triwulan())) {
                langgar(letak, new TriwulanTidakSah(data.triwulan()));
            }
            if (data.nilai() != null && data.nilai().signum() < 0) {
                langgar(letak, new NilaiNegatif());
            }
            // a nilai the reader could not read was written all the same
            boolean adaNilai = data.nilai() != null || !letak.terbaca("nilai");
            if (adaNilai == (data.teks() != null)) {
                langgar(letak, new TargetSatuIsian());
            }
            // the database cannot refuse this itself: a yearly target's triwulan is NULL in its unique key
            boolean utuh = jumlahPelanggaran == jumlahSebelum
                    && letak.terbaca("triwulan")
                    && letak.terbaca("nilai")
                    && letak.terbaca("teks");
            if (induk != null && tahun != null && utuh && !periode.add(new Periode(induk, tahun, data.triwulan()))) {
                langgar(letak, new TargetGanda(induk, tahun, data.triwulan()));
            }
        }
    }

    private void cascade() {
        record Pasangan(String iki, String iku) {}
        Set<Pasangan> pasangan = new HashSet<>();
        for (Anak<String, CascadeData> c : rencana.cascade) {
            CascadeData data = c.data();
            String iki = c.induk();
            Ref iku = data.iku();
            wajib(c.letak(), "iki", iki);
            wajib(c.letak(), "iku", iku);
            if (wajib(c.letak(), "bobot", data.bobot()) && data.bobot().signum() <= 0) {
                langgar(c.letak(), new BobotTidakPositif());
            }
            if (iki != null && iku != null && !pasangan.add(new Pasangan(iki, iku.kode()))) {
                langgar(c.letak(), new CascadeGanda(iki, iku.kode()));
            }
        }
    }

    /** Whether the calculation core could compute the indicator: it has komponen, and its formula fits them. */
    private void komponenDanFormula(IndikatorData data, Letak letak) {
        if (data.kode() == null) {
            return;
        }
        List<KomponenData> komponen = komponenPerIndikator.getOrDefault(data.kode(), List.of());
        if (komponen.isEmpty()) {
            if (!rencana.tidakLengkap.contains(Bagian.KOMPONEN)) {
                langgar(letak, new TanpaKomponen(data.kode()));
            }
            return;
        }
        if (data.polaritas() == null
                || data.agregasi() == null
                || data.jenisFormula() == null
                || komponen.stream().anyMatch(k -> k.peran() == null)) {
            return;
        }
        try {
            new DefinisiIndikator(
                    data.jenisFormula(),
                    data.agregasi(),
                    data.polaritas(),
                    komponen.stream()
                            // kept only with a kode (komponen()), and none without a peran (above)
                            .map(k -> new DefinisiKomponen(
                                    Objects.requireNonNull(k.kode()), Objects.requireNonNull(k.peran())))
                            .toList(),
                    data.rumus());
        } catch (IllegalArgumentException e) {
            langgar(letak, new FormulaTidakSah(data.kode(), String.valueOf(e.getMessage())));
        }
    }

    /** The indicators "diisi dari Evaluasi AKIP", by the rules of {@link AturanDariLke}; the first one marked stands. */
    private void dariLke() {
        @Nullable String ditandai = null;
        for (Elemen<IndikatorData> i : rencana.indikator) {
            IndikatorData data = i.data();
            // a missing kode, jenis or formula is reported missing; the rules need them
            if (!data.dariLke() || data.kode() == null || data.jenis() == null || data.jenisFormula() == null) {
                continue;
            }
            String lain = ditandai;
            Optional<AturanDariLke> halangan = AturanDariLke.periksa(
                    data.jenis(),
                    data.jenisFormula(),
                    komponenPerIndikator.getOrDefault(data.kode(), List.of()).stream()
                            .map(KomponenData::peran)
                            .toList(),
                    lain);
            if (halangan.isPresent()) {
                langgar(i.letak(), new DariLkeTidakSah(data.kode(), halangan.get(), lain));
            } else {
                ditandai = data.kode();
            }
        }
    }

    private void rujukan() {
        if (rencana.instansi != null) {
            rujuk(
                    rencana.instansi.letak(),
                    "penandatangan",
                    Bagian.JABATAN,
                    rencana.instansi.data().penandatangan());
        }
        for (Anak<Integer, TujuanData> t : rencana.tujuan) {
            if (t.induk() != null && !nomorMisi.contains(t.induk()) && !rencana.tidakLengkap.contains(Bagian.MISI)) {
                langgar(t.letak(), new MisiTidakAda(t.induk()));
            }
        }
        for (Elemen<SasaranData> s : rencana.sasaran) {
            rujuk(s.letak(), "tujuan", Bagian.TUJUAN, s.data().tujuan());
        }
        for (Elemen<JabatanData> j : rencana.jabatan) {
            rujuk(j.letak(), "unit", Bagian.UNIT, j.data().unit());
            rujuk(j.letak(), "atasan", Bagian.JABATAN, j.data().atasan());
            rujuk(j.letak(), "verifikator", Bagian.JABATAN, j.data().verifikator());
        }
        for (Anak<String, String> f : rencana.fungsi) {
            rujuk(f.letak(), "jabatan", Bagian.JABATAN, f.induk());
        }
        for (Elemen<IndikatorData> i : rencana.indikator) {
            rujuk(i.letak(), "sasaran", Bagian.SASARAN, i.data().sasaran());
            rujuk(i.letak(), "pemilik", Bagian.JABATAN, i.data().pemilik());
        }
        for (Anak<String, KomponenData> k : rencana.komponen) {
            rujuk(k.letak(), "indikator", Bagian.INDIKATOR, k.induk());
        }
        for (Anak<String, TargetData> t : rencana.target) {
            rujuk(t.letak(), "indikator", Bagian.INDIKATOR, t.induk());
        }
        for (Anak<String, CascadeData> c : rencana.cascade) {
            if (c.induk() != null && !dikenal(Bagian.IKI, c.induk())) {
                langgar(c.letak(), new CascadeBukanDariIki(c.induk()));
            }
            rujuk(c.letak(), "iku", Bagian.IKU, c.data().iku());
        }
    }

    private void rujuk(Letak letak, String isian, Bagian bagian, @Nullable Ref ref) {
        if (ref != null) {
            rujuk(letak, isian, bagian, ref.kode());
        }
    }

    private void rujuk(Letak letak, String isian, Bagian bagian, @Nullable String kode) {
        if (kode != null && !dikenal(bagian, kode)) {
            langgar(letak, new RujukanTidakAda(isian, bagian, kode));
        }
    }

    /** Whether a kode names a row of the part; any kode may, in a part the reader could not read whole. */
    private boolean dikenal(Bagian bagian, String kode) {
        boolean tidakLengkap = bagian == Bagian.INDIKATOR
                ? rencana.tidakLengkap.contains(Bagian.IKU) || rencana.tidakLengkap.contains(Bagian.IKI)
                : rencana.tidakLengkap.contains(bagian);
        return tidakLengkap || kode(bagian).contains(kode);
    }

    private void daftarkan(Bagian bagian, Letak letak, @Nullable String kode) {
        if (wajib(letak, "kode", kode) && !kode(bagian).add(kode)) {
            langgar(letak, new KodeGanda(bagian, kode));
        }
    }

    private Set<String> kode(Bagian bagian) {
        return kodeTerdaftar.computeIfAbsent(bagian, b -> new HashSet<>());
    }

    /** Whether the value is there; reports it missing unless the reader could not read it. */
    @Contract("_, _, null -> false")
    private boolean wajib(Letak letak, String isian, @Nullable Object nilai) {
        if (nilai == null && letak.terbaca(isian)) {
            langgar(letak, new Wajib(isian));
        }
        return nilai != null;
    }

    private void langgar(Letak letak, Pelanggaran pelanggaran) {
        jumlahPelanggaran++;
        letak.laporkan(pelanggaran);
    }

    /** The checked rows nested as the document: tujuan under their misi, fungsi under their jabatan, and so on. */
    private DokumenRencana susun(InstansiData instansi, String visi) {
        Map<Integer, List<TujuanData>> tujuan = kelompokkan(rencana.tujuan);
        Map<String, List<String>> fungsi = new HashMap<>();
        for (Anak<String, @Nullable String> f : rencana.fungsi) {
            // an empty fungsi is reported (Wajib) and leaves no plan to put together
            String teks = f.data();
            if (teks != null) {
                fungsi.computeIfAbsent(f.induk(), k -> new ArrayList<>()).add(teks);
            }
        }
        Map<String, List<TargetData>> target = kelompokkan(rencana.target);
        Map<String, List<CascadeData>> cascade = kelompokkan(rencana.cascade);
        return new DokumenRencana(
                instansi,
                visi,
                rencana.misi.stream()
                        .map(Elemen::data)
                        .map(m -> new MisiData(m.nomor(), m.teks(), tujuan.getOrDefault(m.nomor(), List.of())))
                        .toList(),
                rencana.unitKerja.stream().map(Elemen::data).toList(),
                rencana.jabatan.stream()
                        .map(Elemen::data)
                        .map(j -> new JabatanData(
                                j.kode(),
                                j.nama(),
                                j.peran(),
                                j.unit(),
                                j.atasan(),
                                j.verifikator(),
                                j.tugas(),
                                fungsi.getOrDefault(j.kode(), List.of()),
                                j.pemegang()))
                        .toList(),
                rencana.sasaran.stream().map(Elemen::data).toList(),
                rencana.indikator.stream()
                        .map(Elemen::data)
                        .map(i -> new IndikatorData(
                                i.kode(),
                                i.jenis(),
                                i.nama(),
                                i.sasaran(),
                                i.pemilik(),
                                i.satuan(),
                                i.polaritas(),
                                i.agregasi(),
                                i.jenisFormula(),
                                i.penjelasan(),
                                i.rumus(),
                                i.sumberData(),
                                i.catatan(),
                                komponenPerIndikator.getOrDefault(i.kode(), List.of()),
                                target.getOrDefault(i.kode(), List.of()),
                                cascade.getOrDefault(i.kode(), List.of()),
                                i.dariLke()))
                        .toList());
    }

    private static <K, T> Map<K, List<T>> kelompokkan(List<Anak<K, T>> anak) {
        Map<K, List<T>> hasil = new HashMap<>();
        for (Anak<K, T> a : anak) {
            hasil.computeIfAbsent(a.induk(), k -> new ArrayList<>()).add(a.data());
        }
        return hasil;
    }
}
