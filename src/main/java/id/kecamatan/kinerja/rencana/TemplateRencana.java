package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.BukuKerja.Kolom;
import id.kecamatan.kinerja.base.excel.BukuKerja.Lembar;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.rencana.DokumenRencana.CascadeData;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import id.kecamatan.kinerja.rencana.DokumenRencana.JabatanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.KomponenData;
import id.kecamatan.kinerja.rencana.DokumenRencana.MisiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.Ref;
import id.kecamatan.kinerja.rencana.DokumenRencana.SasaranData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TargetData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TujuanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.UnitData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The Excel template of a kecamatan's plan: one sheet per part of the plan file (seed/kecamatan-meral.yaml),
 * rows referring to each other by kode as the YAML does. Written empty (to fill in) or with an instansi's plan.
 */
final class TemplateRencana {

    static final String KODE = "Kode";

    /** The roles a jabatan of the office can have; the operator's and the evaluator's are the portal's. */
    static final List<String> PERAN_KANTOR = Arrays.stream(Peran.values())
            .filter(Peran::bagianKantor)
            .map(Peran::name)
            .toList();

    static final Lembar INSTANSI = new Lembar(
            "Instansi",
            List.of(
                    new Kolom(KODE, "Kode singkat instansi baru, unik di portal (mis. MERAL)", 16, 40),
                    new Kolom("Nama", "Nama instansi (mis. Kecamatan Meral)", 28, 200),
                    new Kolom("Kabupaten", "Boleh kosong", 22, 200),
                    new Kolom("Provinsi", "Boleh kosong", 20, 200),
                    new Kolom("Tugas", "Tugas pokok instansi; boleh kosong", 40, 0),
                    new Kolom("Tempat penetapan", "Di atas tanda tangan; boleh kosong", 18, 100),
                    new Kolom("Tanggal penetapan", "Mis. Januari 2022; boleh kosong", 18, 60),
                    new Kolom("Penandatangan", "Kode jabatan dari lembar Jabatan; boleh kosong", 16, 40),
                    new Kolom("Visi", "Teks visi (wajib)", 50, 0)));
    static final Lembar MISI = new Lembar(
            "Misi", List.of(new Kolom("Nomor", "Bilangan bulat, unik", 8, 0), new Kolom("Teks", "Teks misi", 70, 0)));
    static final Lembar TUJUAN = new Lembar(
            "Tujuan",
            List.of(
                    new Kolom(KODE, "Unik, mis. T-1-1", 12, 40),
                    new Kolom("Nomor misi", "Nomor dari lembar Misi", 10, 0),
                    new Kolom("Teks", "Teks tujuan", 70, 0)));
    static final Lembar SASARAN = new Lembar(
            "Sasaran",
            List.of(
                    new Kolom(KODE, "Unik, mis. S-1-1", 12, 40),
                    new Kolom(
                            "Kode tujuan",
                            "Kode dari lembar Tujuan; kosong untuk sasaran kinerja tanpa tujuan",
                            12,
                            40),
                    new Kolom("Teks", "Teks sasaran", 70, 0)));
    static final Lembar UNIT = new Lembar(
            "Unit Kerja",
            List.of(new Kolom(KODE, "Unik, mis. SEKSI-PEM", 16, 40), new Kolom("Nama", "Nama unit kerja", 40, 200)));
    static final Lembar JABATAN = new Lembar(
            "Jabatan",
            List.of(
                    new Kolom(KODE, "Unik, mis. KASI-PEM", 16, 40),
                    new Kolom("Nama", "Nama jabatan", 34, 200),
                    new Kolom("Peran", "Hak akses di portal: " + String.join(", ", PERAN_KANTOR), 14, 0, PERAN_KANTOR),
                    new Kolom("Unit kerja", "Kode dari lembar Unit Kerja; boleh kosong", 16, 40),
                    new Kolom("Atasan", "Kode jabatan atasan; boleh kosong", 16, 40),
                    new Kolom("Verifikator", "Kode jabatan yang menyetujui realisasinya; kosong = Camat", 16, 40),
                    new Kolom("Tugas", "Boleh kosong", 40, 0),
                    new Kolom("Nama pemegang", "Pegawai yang memegang jabatan; boleh kosong", 24, 200),
                    new Kolom("NIP pemegang", "Boleh kosong", 20, 30)));
    static final Lembar FUNGSI = new Lembar(
            "Fungsi",
            List.of(
                    new Kolom("Kode jabatan", "Kode dari lembar Jabatan; satu baris per fungsi, berurutan", 16, 40),
                    new Kolom("Fungsi", "Teks satu butir fungsi", 80, 500)));
    /** The IKU sheet's column of the mark "diisi dari Evaluasi AKIP": YA, or empty for no. */
    static final String DARI_LKE = "Dari Evaluasi AKIP";

    static final String YA = "YA";

    static final Lembar IKU = lembarIndikator("IKU");
    static final Lembar IKI = lembarIndikator("IKI");
    static final Lembar KOMPONEN = new Lembar(
            "Komponen",
            List.of(
                    new Kolom("Kode indikator", "Kode dari lembar IKU atau IKI", 16, 40),
                    new Kolom(KODE, "Unik dalam indikatornya, mis. JUMLAH_LAYANAN; dipakai dalam rumus", 20, 40),
                    new Kolom("Nama", "Nama komponen yang diisi setiap triwulan", 50, 500),
                    new Kolom("Satuan", "Mis. dokumen, orang, %", 12, 40),
                    new Kolom(
                            "Peran",
                            "Peran dalam formula: " + String.join(", ", BukuKerja.namaPilihan(PeranKomponen.class)),
                            14,
                            0,
                            BukuKerja.namaPilihan(PeranKomponen.class))));
    static final Lembar TARGET = new Lembar(
            "Target",
            List.of(
                    new Kolom("Kode indikator", "Kode dari lembar IKU atau IKI", 16, 40),
                    new Kolom("Tahun", "2000–2100", 8, 0),
                    new Kolom("Triwulan", "1–4; kosong untuk target tahunan", 10, 0),
                    new Kolom("Nilai", "Angka (sel angka atau 1.234,5); isi Nilai atau Teks, tidak keduanya", 12, 0),
                    new Kolom("Teks", "Target bukan angka, mis. NA", 12, 60)));
    static final Lembar CASCADE = new Lembar(
            "Cascade",
            List.of(
                    new Kolom("Kode IKI", "Kode dari lembar IKI", 16, 40),
                    new Kolom("Kode IKU", "Kode dari lembar IKU yang didukung", 16, 40),
                    new Kolom("Bobot", "Angka lebih dari 0", 10, 0)));

    static final List<Lembar> SEMUA =
            List.of(INSTANSI, MISI, TUJUAN, SASARAN, UNIT, JABATAN, FUNGSI, IKU, IKI, KOMPONEN, TARGET, CASCADE);

    static final String PETUNJUK = "Petunjuk";
    private static final List<String> TEKS_PETUNJUK = List.of(
            "Template rencana kinerja kecamatan (Kinerja Kecamatan)",
            "",
            "1. Isi setiap lembar mulai baris 3. Baris 1 berisi judul kolom dan baris 2 petunjuk singkat: jangan diubah.",
            "2. Baris saling merujuk lewat Kode: jabatan menyebut kode unit kerjanya, indikator menyebut kode sasaran dan"
                    + " kode jabatan pemiliknya, komponen dan target menyebut kode indikatornya.",
            "3. IKU dan IKI diisi di lembar masing-masing; cascade menghubungkan IKI ke IKU yang didukungnya dengan bobot.",
            "4. Jenis formula: " + String.join(", ", BukuKerja.namaPilihan(JenisFormula.class))
                    + ". Rumus hanya untuk RUMUS dan memakai kode komponen (mis. A / B * 100).",
            "5. Polaritas: " + String.join(", ", BukuKerja.namaPilihan(Polaritas.class)) + ". Agregasi: "
                    + String.join(", ", BukuKerja.namaPilihan(Agregasi.class)) + ".",
            "6. Angka boleh sel angka atau teks cara Indonesia (1.234,5).",
            "7. Unggah di menu Impor. Seluruh berkas diperiksa dulu; bila ada kesalahan, semuanya ditampilkan"
                    + " (lembar, baris, kolom) dan tidak ada yang disimpan.",
            "8. Setelah impor, akun admin instansi baru dibuat; passwordnya tampil sekali dan wajib diganti saat masuk.");

    private TemplateRencana() {}

    private static Lembar lembarIndikator(String jenis) {
        List<Kolom> kolom = new ArrayList<>(List.of(
                new Kolom(KODE, "Unik di seluruh IKU dan IKI", 14, 40),
                new Kolom("Nama", "Nama indikator " + jenis, 50, 500),
                new Kolom("Sasaran", "Kode dari lembar Sasaran", 12, 40),
                new Kolom("Pemilik", "Kode jabatan penanggung jawab (pengisi realisasi)", 16, 40),
                new Kolom("Satuan", "Mis. %, dokumen, nilai", 10, 40),
                new Kolom(
                        "Polaritas",
                        String.join(", ", BukuKerja.namaPilihan(Polaritas.class)),
                        12,
                        0,
                        BukuKerja.namaPilihan(Polaritas.class)),
                new Kolom(
                        "Agregasi",
                        "Cara menggabung triwulan: " + String.join(", ", BukuKerja.namaPilihan(Agregasi.class)),
                        18,
                        0,
                        BukuKerja.namaPilihan(Agregasi.class)),
                new Kolom(
                        "Jenis formula",
                        String.join(", ", BukuKerja.namaPilihan(JenisFormula.class)),
                        14,
                        0,
                        BukuKerja.namaPilihan(JenisFormula.class)),
                new Kolom("Penjelasan formula", "Seperti tertulis di dokumen; boleh kosong", 40, 0),
                new Kolom("Rumus", "Untuk jenis RUMUS: ungkapan atas kode komponen", 24, 500),
                new Kolom("Sumber data", "Boleh kosong", 24, 300),
                new Kolom("Catatan", "Boleh kosong", 24, 0)));
        if (jenis.equals("IKU")) {
            kolom.add(new Kolom(
                    DARI_LKE,
                    "YA bila realisasinya diusulkan dari nilai Evaluasi AKIP (formula NILAI, satu komponen ISIAN;"
                            + " satu IKU per instansi); kosong bila tidak",
                    14,
                    0,
                    List.of(YA)));
        }
        return new Lembar(jenis, kolom);
    }

    /** The template with the plan's rows, or empty to fill in when {@code dokumen} is null. */
    static byte[] tulis(@Nullable DokumenRencana dokumen) {
        try (BukuKerja.Penulis penulis = new BukuKerja.Penulis()) {
            Sheet petunjuk = penulis.buku.createSheet(PETUNJUK);
            petunjuk.setColumnWidth(0, 140 * 256);
            for (int i = 0; i < TEKS_PETUNJUK.size(); i++) {
                petunjuk.createRow(i).createCell(0).setCellValue(TEKS_PETUNJUK.get(i));
            }
            Sheet instansi = penulis.lembar(INSTANSI);
            Sheet misi = penulis.lembar(MISI);
            Sheet tujuan = penulis.lembar(TUJUAN);
            Sheet sasaran = penulis.lembar(SASARAN);
            Sheet unit = penulis.lembar(UNIT);
            Sheet jabatan = penulis.lembar(JABATAN);
            Sheet fungsi = penulis.lembar(FUNGSI);
            Sheet iku = penulis.lembar(IKU);
            Sheet iki = penulis.lembar(IKI);
            Sheet komponen = penulis.lembar(KOMPONEN);
            Sheet target = penulis.lembar(TARGET);
            Sheet cascade = penulis.lembar(CASCADE);
            if (dokumen != null) {
                var i = dokumen.instansi();
                penulis.baris(
                        instansi,
                        i.kode(),
                        i.nama(),
                        i.kabupaten(),
                        i.provinsi(),
                        i.tugas(),
                        i.tempatPenetapan(),
                        i.tanggalPenetapan(),
                        kode(i.penandatangan()),
                        dokumen.visi());
                for (MisiData m : dokumen.misi()) {
                    penulis.baris(misi, m.nomor(), m.teks());
                    for (TujuanData t : m.tujuan()) {
                        penulis.baris(tujuan, t.kode(), m.nomor(), t.teks());
                    }
                }
                for (SasaranData s : dokumen.sasaranKinerja()) {
                    penulis.baris(sasaran, s.kode(), kode(s.tujuan()), s.teks());
                }
                for (UnitData u : dokumen.unitKerja()) {
                    penulis.baris(unit, u.kode(), u.nama());
                }
                for (JabatanData j : dokumen.jabatan()) {
                    penulis.baris(
                            jabatan,
                            j.kode(),
                            j.nama(),
                            nama(j.peran()),
                            kode(j.unit()),
                            kode(j.atasan()),
                            kode(j.verifikator()),
                            j.tugas(),
                            j.pemegang() == null ? null : j.pemegang().nama(),
                            j.pemegang() == null ? null : j.pemegang().nip());
                    for (String f : j.fungsi()) {
                        penulis.baris(fungsi, j.kode(), f);
                    }
                }
                for (IndikatorData d : dokumen.indikator()) {
                    penulis.baris(
                            d.jenis() == JenisIndikator.IKU ? iku : iki,
                            d.kode(),
                            d.nama(),
                            kode(d.sasaran()),
                            kode(d.pemilik()),
                            d.satuan(),
                            nama(d.polaritas()),
                            nama(d.agregasi()),
                            nama(d.jenisFormula()),
                            d.penjelasan(),
                            d.rumus(),
                            d.sumberData(),
                            d.catatan(),
                            // only the IKU sheet has the column; the checker refuses an IKI marked
                            d.dariLke() ? YA : null);
                    for (KomponenData k : d.komponen()) {
                        penulis.baris(komponen, d.kode(), k.kode(), k.nama(), k.satuan(), nama(k.peran()));
                    }
                    for (TargetData t : d.target()) {
                        penulis.baris(target, d.kode(), t.tahun(), t.triwulan(), t.nilai(), t.teks());
                    }
                    for (CascadeData c : d.cascade()) {
                        penulis.baris(cascade, d.kode(), kode(c.iku()), c.bobot());
                    }
                }
            }
            return penulis.selesai();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A choice as the template writes it; an empty cell where the plan has none, as for every other value. */
    private static @Nullable String nama(@Nullable Enum<?> pilihan) {
        return pilihan == null ? null : pilihan.name();
    }

    private static @Nullable String kode(@Nullable Ref ref) {
        return ref == null ? null : ref.kode();
    }
}
