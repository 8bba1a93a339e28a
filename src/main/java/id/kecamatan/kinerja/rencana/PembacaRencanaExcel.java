package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.DefinisiKomponen;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.base.excel.BukuKerja.Baris;
import id.kecamatan.kinerja.base.excel.BukuKerja.Lembar;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the plan template (TemplateRencana) into the plan importer's model, checking what the YAML reader
 * checks: required values, closed lists, unique kode, every reference, targets and the formula against its
 * komponen. Unlike the YAML reader it goes on after a problem, so the user gets every error of the file at once.
 */
final class PembacaRencanaExcel {

    /** The plan when the file is valid, otherwise null and the errors. */
    record Hasil(DokumenRencana dokumen, List<GalatImpor> galat) {
    }

    /** Where a reference was written, to report it if the kode it names does not exist. */
    private record Sel(String lembar, int baris, String kolom) implements DokumenRencana.Letak {

        @Override
        public BerkasRencanaTidakValid galat(String pesan) {
            return new BerkasRencanaTidakValid("Lembar " + lembar + ", baris " + baris + ", kolom " + kolom + ": " + pesan);
        }
    }

    /** A reference still to check, with the kind of row it names and the sheet that holds such rows. */
    private record Rujukan(Ref ref, String jenis, Lembar lembarTujuan) {
    }

    private static final Pattern KODE_INSTANSI = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final List<GalatImpor> galat = new ArrayList<>();
    private final Map<String, Set<String>> kodeTerdaftar = new HashMap<>();
    private final List<Rujukan> rujukan = new ArrayList<>();
    /** Sheets missing or with wrong titles: references into them are not reported again. */
    private final Set<String> lembarRusak = new HashSet<>();

    private PembacaRencanaExcel() {
    }

    static Hasil baca(byte[] isi) {
        Workbook buku = BukuKerja.buka(isi);
        if (buku == null) {
            return new Hasil(null, List.of(GalatImpor.di(null, null, null, "impor.bukan-excel")));
        }
        try (buku) {
            return new PembacaRencanaExcel().dokumen(buku);
        } catch (IOException e) {
            return new Hasil(null, List.of(GalatImpor.di(null, null, null, "impor.bukan-excel")));
        }
    }

    private List<Baris> baris(Workbook buku, Lembar lembar) {
        List<Baris> hasil = BukuKerja.baca(buku, lembar, galat);
        if (hasil == null) {
            lembarRusak.add(lembar.nama());
            return List.of();
        }
        return hasil;
    }

    private Hasil dokumen(Workbook buku) {
        List<Baris> barisInstansi = baris(buku, TemplateRencana.INSTANSI);
        List<Baris> barisMisi = baris(buku, TemplateRencana.MISI);
        List<Baris> barisTujuan = baris(buku, TemplateRencana.TUJUAN);
        List<Baris> barisSasaran = baris(buku, TemplateRencana.SASARAN);
        List<Baris> barisUnit = baris(buku, TemplateRencana.UNIT);
        List<Baris> barisJabatan = baris(buku, TemplateRencana.JABATAN);
        List<Baris> barisFungsi = baris(buku, TemplateRencana.FUNGSI);
        List<Baris> barisIku = baris(buku, TemplateRencana.IKU);
        List<Baris> barisIki = baris(buku, TemplateRencana.IKI);
        List<Baris> barisKomponen = baris(buku, TemplateRencana.KOMPONEN);
        List<Baris> barisTarget = baris(buku, TemplateRencana.TARGET);
        List<Baris> barisCascade = baris(buku, TemplateRencana.CASCADE);

        InstansiData instansi = null;
        String visi = null;
        if (!lembarRusak.contains(TemplateRencana.INSTANSI.nama())) {
            if (barisInstansi.size() != 1) {
                galat.add(GalatImpor.di(TemplateRencana.INSTANSI.nama(), null, null, "impor.instansi-satu-baris"));
            } else {
                Baris b = barisInstansi.getFirst();
                String kode = b.teksWajib(TemplateRencana.KODE);
                if (kode != null && !KODE_INSTANSI.matcher(kode).matches()) {
                    // the kode also names the new admin account (admin.<kode>)
                    b.galat(TemplateRencana.KODE, "impor.kode-instansi-tidak-sah");
                }
                instansi = new InstansiData(kode, b.teksWajib("Nama"), b.teks("Kabupaten"),
                        b.teks("Provinsi"), b.teks("Tugas"), b.teks("Tempat penetapan"), b.teks("Tanggal penetapan"),
                        rujuk(b, "Penandatangan", "jabatan", TemplateRencana.JABATAN));
                visi = b.teksWajib("Visi");
            }
        }

        // misi, with their tujuan; every sasaran is a sasaran kinerja referring to its tujuan (the same rows saved)
        Map<Integer, List<TujuanData>> tujuanPerMisi = new LinkedHashMap<>();
        List<MisiData> misi = new ArrayList<>();
        Set<Integer> nomorMisi = new HashSet<>();
        record BarisMisi(int nomor, String teks) {
        }
        List<BarisMisi> barisMisiSah = new ArrayList<>();
        for (Baris b : barisMisi) {
            Integer nomor = b.bilanganWajib("Nomor");
            String teks = b.teksWajib("Teks");
            if (nomor != null && !nomorMisi.add(nomor)) {
                b.galat("Nomor", "impor.kode-ganda", "misi", nomor);
            }
            if (nomor != null) {
                tujuanPerMisi.put(nomor, new ArrayList<>());
                barisMisiSah.add(new BarisMisi(nomor, teks));
            }
        }
        for (Baris b : barisTujuan) {
            String kode = daftarkan(b, TemplateRencana.KODE, "tujuan");
            Integer nomor = b.bilanganWajib("Nomor misi");
            String teks = b.teksWajib("Teks");
            if (nomor != null && !tujuanPerMisi.containsKey(nomor) && !lembarRusak.contains(TemplateRencana.MISI.nama())) {
                b.galat("Nomor misi", "impor.rujukan-tidak-ada", "misi", nomor, TemplateRencana.MISI.nama());
            } else if (nomor != null && kode != null) {
                tujuanPerMisi.get(nomor).add(new TujuanData(kode, teks));
            }
        }
        for (BarisMisi m : barisMisiSah) {
            misi.add(new MisiData(m.nomor(), m.teks(), tujuanPerMisi.get(m.nomor())));
        }
        List<SasaranData> sasaran = new ArrayList<>();
        for (Baris b : barisSasaran) {
            sasaran.add(new SasaranData(daftarkan(b, TemplateRencana.KODE, "sasaran"),
                    b.teksWajib("Teks"), rujuk(b, "Kode tujuan", "tujuan", TemplateRencana.TUJUAN)));
        }

        List<UnitData> unit = new ArrayList<>();
        for (Baris b : barisUnit) {
            unit.add(new UnitData(daftarkan(b, TemplateRencana.KODE, "unit kerja"), b.teksWajib("Nama")));
        }
        Map<String, List<String>> fungsiPerJabatan = new HashMap<>();
        for (Baris b : barisFungsi) {
            Ref jabatan = rujuk(b, "Kode jabatan", "jabatan", TemplateRencana.JABATAN);
            String teks = b.teksWajib("Fungsi");
            if (jabatan != null && teks != null) {
                fungsiPerJabatan.computeIfAbsent(jabatan.kode(), k -> new ArrayList<>()).add(teks);
            }
        }
        List<JabatanData> jabatan = new ArrayList<>();
        for (Baris b : barisJabatan) {
            String kode = daftarkan(b, TemplateRencana.KODE, "jabatan");
            String namaPemegang = b.teks("Nama pemegang");
            String nip = b.teks("NIP pemegang");
            if (namaPemegang == null && nip != null) {
                b.galat("Nama pemegang", "impor.wajib-diisi");
            }
            jabatan.add(new JabatanData(kode, b.teksWajib("Nama"), b.pilihan("Peran", Peran.class),
                    rujuk(b, "Unit kerja", "unit kerja", TemplateRencana.UNIT),
                    rujuk(b, "Atasan", "jabatan", TemplateRencana.JABATAN),
                    rujuk(b, "Verifikator", "jabatan", TemplateRencana.JABATAN), b.teks("Tugas"),
                    kode == null ? List.of() : fungsiPerJabatan.getOrDefault(kode, List.of()),
                    namaPemegang == null ? null : new PemegangData(namaPemegang, nip)));
        }

        Map<String, List<KomponenData>> komponenPerIndikator = new HashMap<>();
        Map<String, Set<String>> kodeKomponen = new HashMap<>();
        for (Baris b : barisKomponen) {
            Ref indikator = rujuk(b, "Kode indikator", "indikator", null);
            String kode = b.teksWajib(TemplateRencana.KODE);
            KomponenData data = new KomponenData(kode, b.teksWajib("Nama"), b.teksWajib("Satuan"),
                    b.pilihan("Peran", PeranKomponen.class));
            if (indikator != null && kode != null) {
                if (!kodeKomponen.computeIfAbsent(indikator.kode(), k -> new HashSet<>()).add(kode)) {
                    b.galat(TemplateRencana.KODE, "impor.komponen-ganda", kode, indikator.kode());
                }
                komponenPerIndikator.computeIfAbsent(indikator.kode(), k -> new ArrayList<>()).add(data);
            }
        }
        Map<String, List<TargetData>> targetPerIndikator = new HashMap<>();
        Set<String> periodeTarget = new HashSet<>();
        for (Baris b : barisTarget) {
            Ref indikator = rujuk(b, "Kode indikator", "indikator", null);
            TargetData target = target(b);
            if (indikator != null && target != null) {
                String periode = indikator.kode() + "/" + target.tahun() + "/" + target.triwulan();
                if (!periodeTarget.add(periode)) {
                    b.galat("Tahun", "impor.target-ganda", indikator.kode(), target.tahun(),
                            target.triwulan() == null ? "-" : target.triwulan());
                }
                targetPerIndikator.computeIfAbsent(indikator.kode(), k -> new ArrayList<>()).add(target);
            }
        }
        Map<String, List<CascadeData>> cascadePerIki = new HashMap<>();
        Set<String> pasanganCascade = new HashSet<>();
        for (Baris b : barisCascade) {
            Ref iki = rujuk(b, "Kode IKI", "IKI", TemplateRencana.IKI);
            Ref iku = rujuk(b, "Kode IKU", "IKU", TemplateRencana.IKU);
            BigDecimal bobot = b.angka("Bobot");
            if (bobot == null) {
                if (b.teks("Bobot") == null) {
                    b.galat("Bobot", "impor.wajib-diisi");
                }
            } else if (bobot.signum() <= 0) {
                b.galat("Bobot", "impor.bobot-positif");
            }
            if (iki != null && iku != null) {
                if (!pasanganCascade.add(iki.kode() + "/" + iku.kode())) {
                    b.galat("Kode IKU", "impor.cascade-ganda", iki.kode(), iku.kode());
                }
                cascadePerIki.computeIfAbsent(iki.kode(), k -> new ArrayList<>()).add(new CascadeData(iku, bobot));
            }
        }

        List<IndikatorData> indikator = new ArrayList<>();
        for (Baris b : barisIku) {
            indikator.add(indikator(b, JenisIndikator.IKU, komponenPerIndikator, targetPerIndikator, cascadePerIki));
        }
        for (Baris b : barisIki) {
            indikator.add(indikator(b, JenisIndikator.IKI, komponenPerIndikator, targetPerIndikator, cascadePerIki));
        }
        periksaRujukan();
        if (!galat.isEmpty()) {
            return new Hasil(null, BukuKerja.urutkan(galat, TemplateRencana.SEMUA));
        }
        return new Hasil(new DokumenRencana(instansi, visi, misi, unit, jabatan, sasaran, indikator), List.of());
    }

    private IndikatorData indikator(Baris b, JenisIndikator jenis, Map<String, List<KomponenData>> komponenPerIndikator,
            Map<String, List<TargetData>> targetPerIndikator, Map<String, List<CascadeData>> cascadePerIki) {
        String kode = daftarkan(b, TemplateRencana.KODE, "indikator");
        if (kode != null) {
            kodeTerdaftar.computeIfAbsent(jenis.name(), k -> new HashSet<>()).add(kode);
        }
        String nama = b.teksWajib("Nama");
        Ref sasaran = rujuk(b, "Sasaran", "sasaran", TemplateRencana.SASARAN);
        if (sasaran == null && b.teks("Sasaran") == null) {
            b.galat("Sasaran", "impor.wajib-diisi");
        }
        Ref pemilik = rujuk(b, "Pemilik", "jabatan", TemplateRencana.JABATAN);
        if (pemilik == null && b.teks("Pemilik") == null) {
            b.galat("Pemilik", "impor.wajib-diisi");
        }
        String satuan = b.teksWajib("Satuan");
        Polaritas polaritas = b.pilihan("Polaritas", Polaritas.class);
        Agregasi agregasi = b.pilihan("Agregasi", Agregasi.class);
        JenisFormula jenisFormula = b.pilihan("Jenis formula", JenisFormula.class);
        String rumus = b.teks("Rumus");
        List<KomponenData> komponen = kode == null ? List.of() : komponenPerIndikator.getOrDefault(kode, List.of());
        if (kode != null && komponen.isEmpty() && !lembarRusak.contains(TemplateRencana.KOMPONEN.nama())) {
            b.galat(TemplateRencana.KODE, "impor.tanpa-komponen", kode);
        }
        if (polaritas != null && agregasi != null && jenisFormula != null && !komponen.isEmpty()
                && komponen.stream().allMatch(k -> k.kode() != null && k.peran() != null)) {
            try {
                // the calculation core decides whether the formula and its komponen fit together
                new DefinisiIndikator(jenisFormula, agregasi, polaritas,
                        komponen.stream().map(k -> new DefinisiKomponen(k.kode(), k.peran())).toList(), rumus);
            } catch (IllegalArgumentException e) {
                b.galat("Jenis formula", "impor.formula-tidak-sah", kode, e.getMessage());
            }
        }
        List<CascadeData> cascade = kode == null ? List.of() : cascadePerIki.getOrDefault(kode, List.of());
        return new IndikatorData(kode, jenis, nama, sasaran, pemilik, satuan, polaritas, agregasi, jenisFormula,
                b.teks("Penjelasan formula"), rumus, b.teks("Sumber data"), b.teks("Catatan"), komponen,
                kode == null ? List.of() : targetPerIndikator.getOrDefault(kode, List.of()), cascade);
    }

    /** A target row, or null when it has an error (already reported). */
    private static TargetData target(Baris b) {
        int jumlahGalat = b.jumlahGalat();
        Integer tahun = b.bilanganWajib("Tahun");
        if (tahun != null && (tahun < 2000 || tahun > 2100)) {
            b.galat("Tahun", "impor.tahun-di-luar");
        }
        Integer triwulan = b.bilangan("Triwulan");
        if (triwulan != null && (triwulan < 1 || triwulan > 4)) {
            b.galat("Triwulan", "impor.triwulan-tidak-sah");
        }
        BigDecimal nilai = b.angka("Nilai");
        String teks = b.teks("Teks");
        boolean adaNilai = nilai != null || b.teks("Nilai") != null;
        if (adaNilai == (teks != null)) {
            b.galat("Nilai", "impor.target-satu-isian");
        }
        return b.jumlahGalat() > jumlahGalat ? null : new TargetData(tahun, triwulan, nilai, teks);
    }

    private String daftarkan(Baris b, String judul, String jenis) {
        String kode = b.teksWajib(judul);
        if (kode != null && !kodeTerdaftar.computeIfAbsent(jenis, k -> new HashSet<>()).add(kode)) {
            b.galat(judul, "impor.kode-ganda", jenis, kode);
        }
        return kode;
    }

    /**
     * A reference written in a cell, checked once every kode is known; {@code lembarTujuan} null means the kind
     * lives on several sheets (indikator: IKU and IKI).
     */
    private Ref rujuk(Baris b, String judul, String jenis, Lembar lembarTujuan) {
        String kode = b.teks(judul);
        if (kode == null) {
            return null;
        }
        Ref ref = new Ref(kode, new Sel(b.lembar(), b.nomor(), b.kolom(judul)));
        rujukan.add(new Rujukan(ref, jenis, lembarTujuan));
        return ref;
    }

    private void periksaRujukan() {
        for (Rujukan r : rujukan) {
            boolean sumberRusak = r.lembarTujuan() == null
                    ? lembarRusak.contains(TemplateRencana.IKU.nama()) || lembarRusak.contains(TemplateRencana.IKI.nama())
                    : lembarRusak.contains(r.lembarTujuan().nama());
            if (sumberRusak || kodeTerdaftar.getOrDefault(r.jenis(), Set.of()).contains(r.ref().kode())) {
                continue;
            }
            Sel sel = (Sel) r.ref().letak();
            String lembar = r.lembarTujuan() == null ? "IKU/IKI" : r.lembarTujuan().nama();
            galat.add(GalatImpor.di(sel.lembar(), sel.baris(), sel.kolom(), "impor.rujukan-tidak-ada", r.jenis(),
                    r.ref().kode(), lembar));
        }
    }
}
