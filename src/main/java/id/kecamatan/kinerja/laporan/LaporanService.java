package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.anggaran.AnggaranService.BarisAnggaran;
import id.kecamatan.kinerja.anggaran.SumberAnggaran;
import id.kecamatan.kinerja.anggaran.TingkatAnggaran;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Pengguna;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.PesanProvider;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Efisiensi;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.Perhitungan;
import id.kecamatan.kinerja.capaian.Polaritas;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.IndikatorService;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIku;
import id.kecamatan.kinerja.indikator.IndikatorService.BarisIndikator;
import id.kecamatan.kinerja.indikator.IndikatorService.IkiJabatan;
import id.kecamatan.kinerja.indikator.IndikatorService.PilihanJabatan;
import id.kecamatan.kinerja.indikator.IndikatorService.TabelIku;
import id.kecamatan.kinerja.indikator.IndikatorService.TargetBerlaku;
import id.kecamatan.kinerja.indikator.IndikatorService.TargetTahunan;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.laporan.Dokumen.Angka;
import id.kecamatan.kinerja.laporan.Dokumen.Bab;
import id.kecamatan.kinerja.laporan.Dokumen.Bagian;
import id.kecamatan.kinerja.laporan.Dokumen.Catatan;
import id.kecamatan.kinerja.laporan.Dokumen.DaftarIsi;
import id.kecamatan.kinerja.laporan.Dokumen.Entri;
import id.kecamatan.kinerja.laporan.Dokumen.HalamanBaru;
import id.kecamatan.kinerja.laporan.Dokumen.Paragraf;
import id.kecamatan.kinerja.laporan.Dokumen.Pihak;
import id.kecamatan.kinerja.laporan.Dokumen.Rincian;
import id.kecamatan.kinerja.laporan.Dokumen.Sampul;
import id.kecamatan.kinerja.laporan.Dokumen.Subjudul;
import id.kecamatan.kinerja.laporan.Dokumen.Tabel;
import id.kecamatan.kinerja.laporan.Dokumen.Tandatangan;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.KepalaDaerah;
import id.kecamatan.kinerja.organisasi.OrganisasiService;
import id.kecamatan.kinerja.organisasi.OrganisasiService.BarisJabatan;
import id.kecamatan.kinerja.organisasi.OrganisasiService.InfoInstansi;
import id.kecamatan.kinerja.organisasi.OrganisasiService.Pemegang;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import id.kecamatan.kinerja.pengukuran.CapaianService;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.pengukuran.CapaianService.CapaianSasaran;
import id.kecamatan.kinerja.pengukuran.CapaianService.EfisiensiSasaran;
import id.kecamatan.kinerja.pengukuran.JenisPredikat;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService;
import id.kecamatan.kinerja.pengukuran.PengaturanSkorService.AturanBerlaku;
import id.kecamatan.kinerja.renstra.RenstraService;
import id.kecamatan.kinerja.renstra.RenstraService.MisiBaris;
import id.kecamatan.kinerja.renstra.RenstraService.RencanaStrategis;
import id.kecamatan.kinerja.renstra.RenstraService.TujuanBaris;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of the SAKIP cycle, made from the data as PDF, Word or Excel: Tabel IKU, IKI per jabatan, the
 * Perjanjian Kinerja, the Pengukuran Kinerja and the complete LKjIP. Official documents are written
 * in Bahasa Indonesia whatever the screen's language. Access as on the screens: everyone signed in reads the
 * Tabel IKU; a Kasi or staff member makes the documents of their own jabatan only (and their own rows of the
 * Pengukuran); the Sekretaris Camat, the Camat and the Admin those of every jabatan, and the LKjIP.
 * Every capaian, realisasi and predikat comes from {@link CapaianService} (only approved realisasi count), or
 * for the plan's final target from the capaian package itself: nothing is computed here.
 */
@Service
public class LaporanService {

    static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", PesanProvider.INDONESIA);
    private static final DateTimeFormatter WAKTU_CETAK =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", PesanProvider.INDONESIA);
    static final String TANDA_CONTOH = "*";
    private static final String CATATAN_CONTOH = TANDA_CONTOH + " data contoh, bukan data resmi.";
    /** The grades as an official document writes them, whatever the screen's language. */
    private static final Map<Efisiensi.Tingkat, String> NAMA_EFISIENSI = Map.of(
            Efisiensi.Tingkat.EFISIEN, "Efisien",
            Efisiensi.Tingkat.CUKUP_EFISIEN, "Cukup efisien",
            Efisiensi.Tingkat.TIDAK_EFISIEN, "Tidak efisien");

    /** A written section of the LKjIP nobody has written yet: said on paper, never left out silently. */
    static final String BELUM_DITULIS = "(belum ditulis)";

    /** The unit kerja of the jabatan in none (the Camat's). */
    private static final String TANPA_UNIT = "Pimpinan";

    private static final String CATATAN_DISETUJUI = "Hanya realisasi yang telah disetujui verifikator yang dihitung; "
            + "realisasi yang masih draf, diajukan atau dikembalikan tidak termasuk. Kosong (–) berarti belum ada data, "
            + "bukan nol.";

    private final IndikatorService indikatorService;
    private final OrganisasiService organisasiService;
    private final IndikatorRepository indikatorRepository;
    private final JabatanRepository jabatanRepository;
    private final InstansiRepository instansiRepository;
    private final PenugasanRepository penugasanRepository;
    private final CapaianService capaianService;
    private final SumberAnggaran sumberAnggaran;
    private final PengaturanSkorService pengaturanSkorService;
    private final TargetRepository targetRepository;
    private final RenstraService renstraService;
    private final TeksLkjipRepository teksLkjipRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    LaporanService(
            IndikatorService indikatorService,
            OrganisasiService organisasiService,
            IndikatorRepository indikatorRepository,
            JabatanRepository jabatanRepository,
            InstansiRepository instansiRepository,
            PenugasanRepository penugasanRepository,
            CapaianService capaianService,
            SumberAnggaran sumberAnggaran,
            PengaturanSkorService pengaturanSkorService,
            TargetRepository targetRepository,
            RenstraService renstraService,
            TeksLkjipRepository teksLkjipRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock) {
        this.renstraService = renstraService;
        this.teksLkjipRepository = teksLkjipRepository;
        this.capaianService = capaianService;
        this.sumberAnggaran = sumberAnggaran;
        this.pengaturanSkorService = pengaturanSkorService;
        this.targetRepository = targetRepository;
        this.indikatorService = indikatorService;
        this.organisasiService = organisasiService;
        this.indikatorRepository = indikatorRepository;
        this.jabatanRepository = jabatanRepository;
        this.instansiRepository = instansiRepository;
        this.penugasanRepository = penugasanRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** The jabatan whose documents the signed-in user may make: all for Sekcam, Camat and Admin; else their own. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PilihanJabatan> jabatanDapatDipilih() {
        Pengguna pengguna = penggunaSaatIni.wajib();
        return indikatorService.daftarJabatan().stream()
                .filter(j -> semuaJabatan(pengguna) || j.id().equals(pengguna.jabatanId()))
                .toList();
    }

    /** Whether the signed-in user may make the documents of every jabatan (and the IKI of all jabatan at once). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean bolehSemuaJabatan() {
        return semuaJabatan(penggunaSaatIni.wajib());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Berkas tabelIku(FormatBerkas format) {
        TabelIku tabel = indikatorService.tabelIku();
        InfoInstansi info = organisasiService.infoInstansi();
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(kepala(
                info,
                tabel.tahun().isEmpty()
                        ? "–"
                        : tabel.tahun().first() + "–" + tabel.tahun().last()));
        bagian.addAll(tabelIku(tabel));
        bagian.add(penetapan(info));
        Dokumen dokumen = new Dokumen(
                "tabel-iku",
                true,
                List.of("TABEL INDIKATOR KINERJA UTAMA (IKU)", info.nama().toUpperCase(Locale.ROOT)),
                bagian);
        return tulis(dokumen, format);
    }

    /** The IKU with formula, source, owner and the target of every year the plan sets (the Tabel IKU's table). */
    private static List<Bagian> tabelIku(TabelIku tabel) {
        List<Integer> tahun = List.copyOf(tabel.tahun());
        List<String> kolom = new ArrayList<>(List.of(
                "Kinerja Utama / Sasaran Strategis",
                "Indikator Kinerja Utama",
                "Formula / Penjelasan",
                "Sumber Data",
                "Penanggung Jawab",
                "Satuan"));
        tahun.forEach(t -> kolom.add("Target " + t));
        float[] lebar = new float[kolom.size()];
        float[] tetap = {16, 14, 18, 10, 10, 6};
        for (int i = 0; i < lebar.length; i++) {
            lebar[i] = i < tetap.length ? tetap[i] : 6;
        }
        boolean adaContoh = false;
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (BarisIku b : tabel.baris()) {
            List<@Nullable Object> sel = new ArrayList<>(List.of(
                    b.sasaran(),
                    b.nama(),
                    teks(b.penjelasanFormula()),
                    teks(b.sumberData()),
                    b.penanggungJawab(),
                    teks(b.satuan())));
            for (Integer t : tahun) {
                TargetTahunan target = b.target().get(t);
                sel.add(nilaiTarget(target));
                adaContoh |= target != null && target.dataContoh();
            }
            baris.add(sel);
        }
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Tabel(kolom, lebar, baris));
        if (adaContoh) {
            bagian.add(new Catatan(CATATAN_CONTOH));
        }
        return bagian;
    }

    /** The IKI of one jabatan. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Berkas ikiJabatan(long jabatanId, FormatBerkas format) {
        bolehJabatan("LaporanService.ikiJabatan", penggunaSaatIni.wajib(), jabatanId);
        return iki(List.of(jabatanId), true, format);
    }

    /** The IKI of every jabatan that has indicators, in one document: Sekcam, Camat and Admin. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Berkas ikiSemuaJabatan(FormatBerkas format) {
        if (!semuaJabatan(penggunaSaatIni.wajib())) {
            throw penjaga.tolak("LaporanService.ikiSemuaJabatan", "IKI semua jabatan");
        }
        return iki(
                indikatorService.daftarJabatan().stream()
                        .filter(j -> j.jumlahIndikator() > 0)
                        .map(PilihanJabatan::id)
                        .toList(),
                false,
                format);
    }

    private Berkas iki(List<Long> jabatan, boolean satuJabatan, FormatBerkas format) {
        InfoInstansi info = organisasiService.infoInstansi();
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(kepala(info, null));
        String namaBerkas = "iki-semua-jabatan";
        List<IkiJabatan> daftar = jabatan.stream()
                .map(indikatorService::ikiJabatan)
                // the whole set lists the jabatan that have IKI, as the plan document does (the IKU are in Tabel IKU)
                .filter(iki ->
                        jabatan.size() == 1 || iki.indikator().stream().anyMatch(b -> b.jenis() == JenisIndikator.IKI))
                .toList();
        for (int i = 0; i < daftar.size(); i++) {
            IkiJabatan iki = daftar.get(i);
            if (i > 0) {
                bagian.add(new HalamanBaru());
            }
            bagian.add(new Subjudul((daftar.size() > 1 ? (i + 1) + ". " : "") + "INDIKATOR KINERJA INDIVIDU"));
            bagian.add(new Rincian(List.of(
                    Entri.satu("Jabatan", iki.nama()),
                    Entri.satu("Unit kerja", iki.unit()),
                    Entri.satu("Tugas", iki.tugas()),
                    iki.fungsi().isEmpty() ? Entri.satu("Fungsi", null) : new Entri("Fungsi", iki.fungsi(), true))));
            List<List<@Nullable Object>> baris = new ArrayList<>();
            for (BarisIndikator b : iki.indikator().stream()
                    .filter(b -> b.jenis() == JenisIndikator.IKI)
                    .toList()) {
                String formula = teks(b.penjelasanFormula()) + (b.rumus() == null ? "" : "\nRumus: " + b.rumus());
                baris.add(List.of(b.sasaran(), b.nama(), formula, teks(b.sumberData()), b.penanggungJawab()));
            }
            if (baris.isEmpty()) {
                bagian.add(new Paragraf("Rencana tidak memuat indikator kinerja individu untuk jabatan ini."));
            } else {
                bagian.add(new Tabel(
                        List.of(
                                "Sasaran / Kinerja Utama",
                                "Indikator Kinerja Individu",
                                "Formula / Penjelasan",
                                "Sumber Data",
                                "Penanggung Jawab"),
                        new float[] {18, 20, 28, 14, 14},
                        baris));
            }
            if (satuJabatan) {
                namaBerkas = "iki-" + slug(iki.nama());
            }
        }
        bagian.add(penetapan(info));
        Dokumen dokumen = new Dokumen(
                namaBerkas,
                false,
                List.of("INDIKATOR KINERJA INDIVIDU (IKI)", info.nama().toUpperCase(Locale.ROOT)),
                bagian);
        return tulis(dokumen, format);
    }

    /**
     * The Perjanjian Kinerja of a jabatan for a year, signed on {@code tanggal}: the first party is who held the
     * jabatan on that date, the second who held its atasan then (Penugasan mulai/selesai), or for a jabatan without
     * atasan (the Camat) the instansi's kepala daerah; an acting holder signs as Plt. or Plh.; the attachment lists
     * the jabatan's indicators with the yearly targets in force.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Berkas perjanjianKinerja(Long jabatanId, int tahun, LocalDate tanggal, FormatBerkas format) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        bolehJabatan("LaporanService.perjanjianKinerja", pengguna, jabatanId);
        Jabatan jabatan = jabatanRepository.findById(jabatanId).orElseThrow();
        Instansi instansi = instansiRepository.findById(pengguna.instansiId()).orElseThrow();
        Penugasan pertama = pemegang(instansi, jabatan, tanggal);
        Pihak pihakPertama = pihak("PIHAK PERTAMA,", pertama);
        Pihak pihakKedua;
        if (jabatan.getAtasan() != null) {
            pihakKedua = pihak("PIHAK KEDUA,", pemegang(instansi, jabatan.getAtasan(), tanggal));
        } else {
            KepalaDaerah kepala = instansi.getKepalaDaerah()
                    .orElseThrow(() -> new AturanDilanggar("laporan.pk.tanpa-kepala-daerah", jabatan.getNama()));
            pihakKedua = new Pihak("PIHAK KEDUA,", kepala.jabatan(), kepala.nama(), kepala.nip());
        }
        String tempatTanggal = teks(instansi.getTempatPenetapan()) + ", " + TANGGAL.format(tanggal);
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan "
                + "akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"));
        bagian.add(rincianPihak(pihakPertama));
        bagian.add(new Paragraf("selanjutnya disebut pihak pertama."));
        bagian.add(rincianPihak(pihakKedua));
        bagian.add(new Paragraf("selaku atasan pihak pertama, selanjutnya disebut pihak kedua."));
        bagian.add(new Paragraf("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai "
                + "lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
                + "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut "
                + "menjadi tanggung jawab kami."));
        bagian.add(new Paragraf("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
                + "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
                + "pemberian penghargaan dan sanksi."));
        bagian.add(new Tandatangan(tempatTanggal, List.of(pihakKedua, pihakPertama)));
        bagian.add(new HalamanBaru());
        bagian.add(new Subjudul("LAMPIRAN PERJANJIAN KINERJA TAHUN " + tahun));
        bagian.add(new Rincian(List.of(
                Entri.satu("Instansi", instansi.getNama()),
                Entri.satu("Jabatan", jabatan.getNama()),
                Entri.satu("Tahun", String.valueOf(tahun)))));
        bagian.addAll(tabelPk(jabatan, tahun));
        bagian.addAll(programDanAnggaran(instansi, jabatan, tahun));
        bagian.add(new Tandatangan(tempatTanggal, List.of(pihakKedua, pihakPertama)));
        Dokumen dokumen = new Dokumen(
                "pk-" + tahun + "-" + slug(jabatan.getNama()),
                false,
                List.of("PERJANJIAN KINERJA TAHUN " + tahun, instansi.getNama().toUpperCase(Locale.ROOT)),
                bagian);
        return tulis(dokumen, format);
    }

    /**
     * The PK's attachment for a jabatan and year: its indicators with the yearly target in force (sample targets
     * marked), or a line saying the plan has none.
     */
    private List<Bagian> tabelPk(Jabatan jabatan, int tahun) {
        List<Indikator> indikator = indikatorRepository.findByPemilik(jabatan.idTersimpan());
        Map<Long, TargetBerlaku> target = indikatorService.targetBerlaku(
                indikator.stream().map(Indikator::getId).toList(), tahun);
        List<List<@Nullable Object>> baris = new ArrayList<>();
        boolean adaContoh = false;
        int no = 1;
        for (Indikator i : indikator) {
            TargetBerlaku t = target.get(i.getId());
            Object nilai = t == null || t.tahunan() == null
                    ? null
                    : t.tahunanContoh()
                            ? FormatAngka.nilai(t.tahunan(), i.getSatuan()) + TANDA_CONTOH
                            : nilai(t.tahunan(), i.getSatuan());
            adaContoh |= t != null && t.tahunanContoh();
            baris.add(List.of(
                    String.valueOf(no++),
                    i.getSasaran().getTeks(),
                    i.getNama(),
                    nilai == null ? "–" : nilai,
                    teks(i.getSatuan())));
        }
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Tabel(
                List.of("No", "Sasaran", "Indikator Kinerja", "Target", "Satuan"),
                new float[] {4, 30, 40, 10, 10},
                baris));
        if (adaContoh) {
            bagian.add(new Catatan(CATATAN_CONTOH));
        }
        if (baris.isEmpty()) {
            bagian.add(new Paragraf("Rencana tidak memuat indikator untuk jabatan ini."));
        }
        return bagian;
    }

    /**
     * Pengukuran Kinerja of the whole year: the rows of {@link CapaianService#pengukuran} up to Triwulan IV, for a
     * Kasi or staff member only those of their own jabatan.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Berkas pengukuran(int tahun, FormatBerkas format) {
        return pengukuran(new Periode(tahun, Triwulan.IV), "Tahun " + tahun, "pengukuran-" + tahun, format);
    }

    /**
     * Pengukuran Kinerja of a year up to a triwulan, cumulative from Triwulan I as the dashboard counts it; rows
     * as for the whole year.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Berkas pengukuran(Periode sampai, FormatBerkas format) {
        String triwulan = sampai.triwulan() == Triwulan.I
                ? "Triwulan I"
                : "Triwulan I s.d. " + sampai.triwulan().romawi();
        return pengukuran(
                sampai,
                triwulan + " Tahun " + sampai.tahun(),
                "pengukuran-" + sampai.tahun() + "-tw" + sampai.triwulan().nomor(),
                format);
    }

    private Berkas pengukuran(Periode sampai, String periode, String namaBerkas, FormatBerkas format) {
        Pengguna pengguna = penggunaSaatIni.wajib();
        List<BarisCapaian> semua = capaianService.pengukuran(sampai);
        List<BarisCapaian> baris = semuaJabatan(pengguna)
                ? semua
                : semua.stream()
                        .filter(b -> b.jabatanId().equals(pengguna.jabatanId()))
                        .toList();
        InfoInstansi info = organisasiService.infoInstansi();
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(kepala(info, periode));
        if (!semuaJabatan(pengguna)) {
            bagian.add(new Rincian(List.of(Entri.satu("Jabatan", pengguna.namaJabatan()))));
        }
        bagian.add(tabelPengukuran(baris, sampai.triwulan()));
        bagian.add(catatanPengukuran());
        bagian.add(tandatanganLaporan(info));
        Dokumen dokumen = new Dokumen(
                namaBerkas,
                true,
                List.of(
                        "PENGUKURAN KINERJA",
                        periode.toUpperCase(Locale.ROOT),
                        info.nama().toUpperCase(Locale.ROOT)),
                bagian);
        return tulis(dokumen, format);
    }

    /** The Pengukuran Kinerja's table: each indicator's target, realisasi, capaian, predikat and coverage. */
    private static Tabel tabelPengukuran(List<BarisCapaian> baris, Triwulan sampai) {
        List<List<@Nullable Object>> isi = new ArrayList<>();
        int no = 1;
        for (BarisCapaian b : baris) {
            isi.add(Arrays.asList(
                    String.valueOf(no++),
                    b.sasaran(),
                    b.nama(),
                    b.jabatan(),
                    teks(b.satuan()),
                    nilai(b.target(), b.satuan()),
                    nilai(b.realisasi(), b.satuan()),
                    persen(b.capaian()),
                    teks(b.predikat()),
                    keteranganCakupan(b.triwulanDisetujui(), sampai)));
        }
        return new Tabel(
                List.of(
                        "No",
                        "Sasaran",
                        "Indikator Kinerja",
                        "Penanggung Jawab",
                        "Satuan",
                        "Target",
                        "Realisasi",
                        "Capaian (%)",
                        "Predikat",
                        "Keterangan"),
                new float[] {3, 15, 18, 11, 6, 6, 7, 10, 8, 11},
                isi);
    }

    /**
     * The complete LKjIP of a year: cover, contents, Bab I Pendahuluan (background, the office's profile from the
     * data, strategic issues), Bab II Perencanaan Kinerja (Renstra, IKU, the head of the office's PK), Bab III
     * Akuntabilitas Kinerja (the tables A–C, the capaian of each sasaran with its chart and analysis, table D of
     * efficiency), Bab IV Penutup and the attachments (PK, IKU, Pengukuran Kinerja). Every figure comes from
     * CapaianService, as on the dashboard for Triwulan IV of the year; the texts are the ones in force in
     * TeksLkjipService, and a section nobody wrote says so.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN', 'EVALUATOR')")
    public Berkas lkjip(int tahun, FormatBerkas format) {
        return lkjip(tahun, format, false);
    }

    /**
     * The LKjIP as the Camat publishes it on the public page (PDF): the same document, except that the structure in
     * Bab I names no holder of a jabatan. The public learns the names of the signing officials only (the Camat, and
     * the kepala daerah in the PK); the number of pegawai per unit stays.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CAMAT')")
    public Berkas lkjipUntukPublik(int tahun) {
        return lkjip(tahun, FormatBerkas.PDF, true);
    }

    private Berkas lkjip(int tahun, FormatBerkas format, boolean tanpaPemegang) {
        InfoInstansi info = organisasiService.infoInstansi();
        Instansi instansi = instansiRepository
                .findById(penggunaSaatIni.wajib().instansiId())
                .orElseThrow();
        Map<String, String> teks = new HashMap<>();
        teksLkjipRepository
                .findBerlaku(instansi.idTersimpan(), tahun)
                .forEach(t -> teks.put(t.getKunci(), t.getTeks()));
        Periode akhirTahun = new Periode(tahun, Triwulan.IV);
        List<BarisCapaian> ini = capaianService.pengukuran(akhirTahun);
        TabelIku iku = indikatorService.tabelIku();
        Jabatan pimpinan = instansi.getPenandatangan();
        String judul = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN " + tahun;

        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Sampul(judul, info.nama(), info.kabupaten(), String.valueOf(tahun)));
        bagian.add(new DaftarIsi());

        bagian.add(new Bab("BAB I PENDAHULUAN", false));
        bagian.add(new Subjudul("A. Latar Belakang"));
        bagian.addAll(teksTertulis(teks, BagianTeks.LATAR_BELAKANG, null));
        bagian.add(new Subjudul("B. Profil " + info.nama()));
        bagian.addAll(profil(info, tanpaPemegang));
        bagian.add(new Subjudul("C. Isu Strategis"));
        bagian.addAll(teksTertulis(teks, BagianTeks.ISU_STRATEGIS, null));

        bagian.add(new Bab("BAB II PERENCANAAN KINERJA", true));
        bagian.add(new Subjudul("A. Rencana Strategis"));
        bagian.addAll(renstra());
        bagian.add(new Subjudul("B. Indikator Kinerja Utama"));
        bagian.addAll(tabelIku(iku));
        bagian.add(new Subjudul("C. Perjanjian Kinerja Tahun " + tahun));
        bagian.addAll(pkPimpinan(pimpinan, tahun));

        bagian.add(new Bab("BAB III AKUNTABILITAS KINERJA", true));
        bagian.addAll(perbandinganCapaian(tahun, ini));
        bagian.addAll(capaianSasaran(akhirTahun, teks));
        bagian.addAll(efisiensi(tahun));
        bagian.add(catatanPengukuran());

        bagian.add(new Bab("BAB IV PENUTUP", false));
        bagian.addAll(teksTertulis(teks, BagianTeks.PENUTUP, null));
        bagian.add(tandatanganLaporan(info));

        bagian.add(new Bab("LAMPIRAN", true));
        bagian.add(new Subjudul("Lampiran 1. Perjanjian Kinerja Tahun " + tahun));
        bagian.addAll(pkPimpinan(pimpinan, tahun));
        if (pimpinan != null) {
            bagian.addAll(programDanAnggaran(instansi, pimpinan, tahun));
        }
        bagian.add(new Subjudul("Lampiran 2. Tabel Indikator Kinerja Utama"));
        bagian.addAll(tabelIku(iku));
        bagian.add(new Subjudul("Lampiran 3. Pengukuran Kinerja Tahun " + tahun));
        bagian.add(tabelPengukuran(ini, Triwulan.IV));
        bagian.add(catatanPengukuran());
        Dokumen dokumen =
                new Dokumen("lkjip-" + tahun, false, List.of(judul, info.nama().toUpperCase(Locale.ROOT)), bagian);
        return tulis(dokumen, format);
    }

    /** A written section as paragraphs (one per paragraph typed), or the placeholder of one nobody wrote. */
    private static List<Bagian> teksTertulis(Map<String, String> teks, BagianTeks bagian, @Nullable Long sasaranId) {
        String isi = teks.getOrDefault(BagianTeks.kunci(bagian, sasaranId), "");
        if (isi.isBlank()) {
            return List.of(new Paragraf(BELUM_DITULIS));
        }
        return Arrays.stream(isi.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> (Bagian) new Paragraf(p))
                .toList();
    }

    /**
     * The office's profile from the data: its tugas, the structure (each jabatan under its atasan, with its unit,
     * tugas and holders today, unless {@code tanpaPemegang}) and the number of pegawai per unit kerja (holders of a
     * jabatan in force today).
     */
    private List<Bagian> profil(InfoInstansi info, boolean tanpaPemegang) {
        List<BarisJabatan> struktur = organisasiService.struktur();
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Paragraf("1. Tugas dan Fungsi"));
        bagian.add(new Rincian(List.of(Entri.satu("Tugas " + info.nama(), info.tugas()))));
        bagian.add(new Paragraf("2. Struktur Organisasi"));
        Map<@Nullable Long, List<BarisJabatan>> bawahan = new LinkedHashMap<>();
        struktur.forEach(j ->
                bawahan.computeIfAbsent(j.atasanId(), a -> new ArrayList<>()).add(j));
        Set<Long> ada = struktur.stream().map(BarisJabatan::id).collect(Collectors.toSet());
        List<List<@Nullable Object>> baris = new ArrayList<>();
        boolean adaContoh = false;
        // the heads: no atasan, or an atasan outside the office's structure (the portal's operator)
        for (BarisJabatan j : struktur) {
            if (j.atasanId() == null || !ada.contains(j.atasanId())) {
                adaContoh |= pohon(j, 0, bawahan, baris, !tanpaPemegang);
            }
        }
        if (tanpaPemegang) {
            bagian.add(new Tabel(
                    List.of("Jabatan (menurut atasan)", "Unit Kerja", "Tugas"), new float[] {30, 20, 50}, baris));
        } else {
            bagian.add(new Tabel(
                    List.of("Jabatan (menurut atasan)", "Unit Kerja", "Tugas", "Pemegang Jabatan"),
                    new float[] {26, 14, 40, 20},
                    baris));
        }
        bagian.add(new Paragraf("3. Jumlah Pegawai per Unit Kerja"));
        Map<String, Set<String>> pegawai = new LinkedHashMap<>();
        for (BarisJabatan j : struktur) {
            Set<String> orang = pegawai.computeIfAbsent(j.unit() == null ? TANPA_UNIT : j.unit(), u -> new HashSet<>());
            j.pemegang().forEach(p -> orang.add(p.nama() + "|" + p.nip()));
        }
        List<List<@Nullable Object>> jumlah = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Set<String>> e : pegawai.entrySet()) {
            jumlah.add(List.of(
                    e.getKey(), new Angka(BigDecimal.valueOf(e.getValue().size()), 0)));
            total += e.getValue().size();
        }
        jumlah.add(List.of("Jumlah", new Angka(BigDecimal.valueOf(total), 0)));
        bagian.add(new Tabel(List.of("Unit Kerja", "Jumlah Pegawai (orang)"), new float[] {70, 30}, jumlah));
        bagian.add(
                new Catatan("Pegawai yang memegang jabatan (definitif, Plt. atau Plh.) pada tanggal laporan dicetak; "
                        + "seorang pegawai dihitung sekali per unit kerja."
                        + (adaContoh ? " Pemegang bertanda (data contoh) adalah data contoh, bukan data resmi." : "")));
        return bagian;
    }

    /**
     * A jabatan and, indented under it, those whose atasan it is, with their holders when {@code denganPemegang}; true
     * when a holder shown is sample data.
     */
    private static boolean pohon(
            BarisJabatan jabatan,
            int tingkat,
            Map<@Nullable Long, List<BarisJabatan>> bawahan,
            List<List<@Nullable Object>> baris,
            boolean denganPemegang) {
        boolean adaContoh = denganPemegang && jabatan.pemegang().stream().anyMatch(Pemegang::dataContoh);
        String pemegang = jabatan.pemegang().stream()
                .map(p -> p.jenis().awalan() + p.nama() + (p.dataContoh() ? " (data contoh)" : ""))
                .collect(Collectors.joining("\n"));
        // non-breaking spaces: the PDF keeps them at the start of a cell
        List<@Nullable Object> isi = new ArrayList<>(Arrays.asList(
                "\u00a0".repeat(4 * tingkat) + (tingkat > 0 ? "- " : "") + jabatan.nama(),
                teks(jabatan.unit()),
                teks(jabatan.tugas())));
        if (denganPemegang) {
            isi.add(pemegang.isEmpty() ? "–" : pemegang);
        }
        baris.add(isi);
        for (BarisJabatan b : bawahan.getOrDefault(jabatan.id(), List.of())) {
            adaContoh |= pohon(b, tingkat + 1, bawahan, baris, denganPemegang);
        }
        return adaContoh;
    }

    /** Visi, then each misi with its tujuan and their sasaran, as the Renstra page shows them. */
    private List<Bagian> renstra() {
        RencanaStrategis rencana = renstraService.rencanaStrategis();
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Rincian(List.of(Entri.satu("Visi", rencana.visi()))));
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (MisiBaris misi : rencana.misi()) {
            if (misi.tujuan().isEmpty()) {
                baris.add(Arrays.asList(String.valueOf(misi.nomor()), misi.teks(), null, null));
            }
            for (TujuanBaris tujuan : misi.tujuan()) {
                baris.add(Arrays.asList(
                        String.valueOf(misi.nomor()),
                        misi.teks(),
                        tujuan.teks(),
                        tujuan.sasaran().isEmpty() ? null : String.join("\n", tujuan.sasaran())));
            }
        }
        bagian.add(new Tabel(List.of("No", "Misi", "Tujuan", "Sasaran"), new float[] {4, 36, 30, 30}, baris));
        return bagian;
    }

    /** The attachment of the head of the office's PK of the year (the plan's signing jabatan). */
    private List<Bagian> pkPimpinan(@Nullable Jabatan pimpinan, int tahun) {
        if (pimpinan == null) {
            return List.of(new Paragraf("Rencana tidak menetapkan pimpinan instansi (penandatangan)."));
        }
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Rincian(List.of(Entri.satu("Jabatan", pimpinan.getNama()))));
        bagian.addAll(tabelPk(pimpinan, tahun));
        return bagian;
    }

    /**
     * Each sasaran's capaian as the dashboard computes it (CapaianService.capaianSasaran, Triwulan IV), the chart
     * of all of them, then per sasaran its figure and the analysis written for it.
     */
    private List<Bagian> capaianSasaran(Periode akhirTahun, Map<String, String> teks) {
        List<CapaianSasaran> daftar = capaianService.capaianSasaran(akhirTahun);
        List<Bagian> bagian = new ArrayList<>();
        // the chart takes most of a page: it starts one, under its heading
        bagian.add(new HalamanBaru());
        bagian.add(new Subjudul("Capaian Kinerja dan Analisis per Sasaran"));
        bagian.add(GrafikCapaian.gambar(
                daftar.stream()
                        .map(c -> new GrafikCapaian.Batang(
                                c.kode(), c.capaian() instanceof Hasil.Nilai(BigDecimal n) ? n : null))
                        .toList(),
                "Grafik capaian kinerja per sasaran tahun " + akhirTahun.tahun()
                        + " (%); garis putus-putus: 100 %. Sasaran tanpa realisasi disetujui: belum ada data."));
        for (CapaianSasaran c : daftar) {
            String capaian = switch (c.capaian()) {
                case Hasil.Nilai(BigDecimal n) ->
                    FormatAngka.tetap(n, 2) + " %" + (c.predikat() == null ? "" : " (" + c.predikat() + ")");
                case Hasil.BelumDiisi b -> "belum ada data";
                case Hasil.TidakDapatDihitung t -> "tidak dapat dihitung (" + t.alasan() + ")";
            };
            bagian.add(new Rincian(List.of(
                    Entri.satu("Sasaran", c.kode() + " " + c.teks()),
                    Entri.satu("Capaian", capaian),
                    Entri.satu(
                            "Cakupan",
                            c.jumlah() == 0
                                    ? "tidak ada indikator yang mengukur sasaran ini"
                                    : c.terisi() + " dari " + c.jumlah() + " indikator dengan realisasi disetujui"))));
            bagian.addAll(teksTertulis(teks, BagianTeks.ANALISIS_SASARAN, c.sasaranId()));
        }
        return bagian;
    }

    /**
     * Tables A–C of chapter III: target against realisasi, against the previous year, and against the plan's final
     * target (the target of the last year the plan sets one), each with predikat.
     */
    private List<Bagian> perbandinganCapaian(int tahun, List<BarisCapaian> ini) {
        Map<Long, BarisCapaian> lalu = new HashMap<>();
        capaianService.pengukuran(new Periode(tahun - 1, Triwulan.IV)).forEach(b -> lalu.put(b.indikatorId(), b));
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Subjudul("A. Perbandingan Target dan Realisasi Kinerja Tahun " + tahun));
        List<List<@Nullable Object>> a = new ArrayList<>();
        for (BarisCapaian b : ini) {
            a.add(Arrays.asList(
                    b.sasaran(),
                    b.nama(),
                    teks(b.satuan()),
                    nilai(b.target(), b.satuan()),
                    nilai(b.realisasi(), b.satuan()),
                    persen(b.capaian()),
                    teks(b.predikat())));
        }
        bagian.add(new Tabel(
                List.of(
                        "Sasaran",
                        "Indikator Kinerja",
                        "Satuan",
                        "Target " + tahun,
                        "Realisasi " + tahun,
                        "Capaian (%)",
                        "Predikat"),
                new float[] {20, 24, 7, 8, 8, 8, 9},
                a));

        bagian.add(
                new Subjudul("B. Perbandingan Realisasi dan Capaian Tahun " + tahun + " dengan Tahun " + (tahun - 1)));
        List<List<@Nullable Object>> bb = new ArrayList<>();
        for (BarisCapaian b : ini) {
            BarisCapaian l = lalu.get(b.indikatorId());
            bb.add(Arrays.asList(
                    b.nama(),
                    teks(b.satuan()),
                    l == null ? null : nilai(l.realisasi(), b.satuan()),
                    l == null ? null : persen(l.capaian()),
                    l == null ? "–" : teks(l.predikat()),
                    nilai(b.realisasi(), b.satuan()),
                    persen(b.capaian()),
                    teks(b.predikat())));
        }
        bagian.add(new Tabel(
                List.of(
                        "Indikator Kinerja",
                        "Satuan",
                        "Realisasi " + (tahun - 1),
                        "Capaian " + (tahun - 1) + " (%)",
                        "Predikat " + (tahun - 1),
                        "Realisasi " + tahun,
                        "Capaian " + tahun + " (%)",
                        "Predikat " + tahun),
                new float[] {26, 7, 9, 9, 9, 9, 9, 9},
                bb));

        Long instansiId = penggunaSaatIni.wajib().instansiId();
        int tahunAkhir = targetRepository.findByInstansi(instansiId).stream()
                .filter(Target::isTahunan)
                .mapToInt(Target::getTahun)
                .max()
                .orElse(tahun);
        Map<Long, TargetBerlaku> targetAkhir = indikatorService.targetBerlaku(
                ini.stream().map(BarisCapaian::indikatorId).toList(), tahunAkhir);
        Map<Long, Polaritas> polaritas = new HashMap<>();
        indikatorRepository
                .findAllById(ini.stream().map(BarisCapaian::indikatorId).toList())
                .forEach(i -> polaritas.put(i.getId(), i.getPolaritas()));
        AturanBerlaku aturan = pengaturanSkorService.aturan();
        TabelPredikat predikat = aturan.tabel(JenisPredikat.CAPAIAN);
        bagian.add(new Subjudul("C. Perbandingan Realisasi Tahun " + tahun + " dengan Target Akhir Rencana Strategis ("
                + tahunAkhir + ")"));
        List<List<@Nullable Object>> c = new ArrayList<>();
        boolean adaContoh = false;
        for (BarisCapaian b : ini) {
            TargetBerlaku t = targetAkhir.get(b.indikatorId());
            BigDecimal target = t == null ? null : t.tahunan();
            adaContoh |= t != null && t.tahunanContoh();
            // read just above for the same indicators
            Polaritas arah = Objects.requireNonNull(polaritas.get(b.indikatorId()));
            Hasil capaian = Perhitungan.capaian(arah, aturan.konvensiNegatif(), target, b.realisasi());
            boolean contoh = t != null && t.tahunanContoh();
            c.add(Arrays.asList(
                    b.nama(),
                    teks(b.satuan()),
                    target != null && contoh
                            ? FormatAngka.nilai(target, b.satuan()) + TANDA_CONTOH
                            : nilai(target, b.satuan()),
                    nilai(b.realisasi(), b.satuan()),
                    persen(capaian),
                    capaian instanceof Hasil.Nilai(BigDecimal n)
                            ? predikat.predikat(n).nama()
                            : "–"));
        }
        bagian.add(new Tabel(
                List.of(
                        "Indikator Kinerja",
                        "Satuan",
                        "Target Akhir " + tahunAkhir,
                        "Realisasi " + tahun,
                        "Capaian thd. Target Akhir (%)",
                        "Predikat"),
                new float[] {30, 8, 10, 10, 12, 10},
                c));
        if (adaContoh) {
            bagian.add(new Catatan(CATATAN_CONTOH));
        }
        return bagian;
    }

    /**
     * Table D of chapter III: the efficiency of the resources used, per sasaran the budget's programs serve, as the
     * dashboard shows it for the whole year; a year without a linked budget says so instead of an empty table.
     */
    private List<Bagian> efisiensi(int tahun) {
        List<EfisiensiSasaran> daftar = capaianService.efisiensi(new Periode(tahun, Triwulan.IV));
        Subjudul judul = new Subjudul("D. Efisiensi Penggunaan Sumber Daya (Anggaran) Tahun " + tahun);
        if (daftar.isEmpty()) {
            return List.of(
                    judul, new Paragraf("Belum ada program anggaran tahun " + tahun + " yang ditautkan ke sasaran."));
        }
        BigDecimal ambang = pengaturanSkorService.aturan().ambangEfisiensi();
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (EfisiensiSasaran e : daftar) {
            baris.add(Arrays.asList(
                    e.kode() + " " + e.teks(),
                    persen(e.capaian()),
                    persen(e.serapan()),
                    e.efisiensi().map(p -> (Object) new Angka(p.selisih(), 2)).orElse(null),
                    e.efisiensi().map(p -> NAMA_EFISIENSI.get(p.tingkat())).orElse("belum dapat dinilai")));
        }
        String batas = FormatAngka.format(ambang);
        return List.of(
                judul,
                new Tabel(
                        List.of("Sasaran", "Capaian (%)", "Serapan Anggaran (%)", "Selisih (poin)", "Efisiensi"),
                        new float[] {40, 14, 14, 14, 18},
                        baris),
                new Catatan("Selisih = capaian - serapan. Di atas " + batas + " poin: efisien; antara -" + batas
                        + " dan +" + batas + ": cukup efisien; di bawahnya: tidak efisien."));
    }

    /** A report's signature: the office's place, the day it is printed, the signing jabatan and its holder now. */
    private Tandatangan tandatanganLaporan(InfoInstansi info) {
        Tandatangan plan = penetapan(info);
        return new Tandatangan(
                teks(info.tempatPenetapan()) + ", " + TANGGAL.format(LocalDate.now(clock)), plan.pihak());
    }

    /** A percentage, two decimals; "belum diisi" as empty (never 0); "tidak dapat dihitung" with its reason. */
    static @Nullable Object persen(Hasil hasil) {
        return switch (hasil) {
            case Hasil.Nilai n -> new Angka(n.nilai(), 2);
            case Hasil.BelumDiisi b -> null;
            case Hasil.TidakDapatDihitung t -> "tidak dapat dihitung (" + t.alasan() + ")";
        };
    }

    /** A value in the indicator's satuan, with the decimals FormatAngka.desimal gives it; as {@link #persen}. */
    private static @Nullable Object nilai(Hasil hasil, @Nullable String satuan) {
        return switch (hasil) {
            case Hasil.Nilai n -> nilai(n.nilai(), satuan);
            case Hasil.BelumDiisi b -> null;
            case Hasil.TidakDapatDihitung t -> "tidak dapat dihitung (" + t.alasan() + ")";
        };
    }

    private static @Nullable Angka nilai(@Nullable BigDecimal nilai, @Nullable String satuan) {
        return nilai == null ? null : new Angka(nilai, FormatAngka.desimal(nilai, satuan));
    }

    /** Coverage: how many of the quarters counted have an approved realisasi. */
    private static String keteranganCakupan(int disetujui, Triwulan sampai) {
        return disetujui == 0
                ? "belum ada realisasi disetujui"
                : disetujui + " dari " + sampai.nomor() + " triwulan disetujui";
    }

    /** The header of every document: instansi, period, when it was printed. */
    private Rincian kepala(InfoInstansi info, @Nullable String periode) {
        List<Entri> entri = new ArrayList<>();
        entri.add(Entri.satu("Instansi", info.nama() + (info.kabupaten() == null ? "" : ", " + info.kabupaten())));
        if (periode != null) {
            entri.add(Entri.satu("Periode", periode));
        }
        entri.add(Entri.satu("Dicetak", WAKTU_CETAK.format(LocalDateTime.now(clock))));
        return new Rincian(entri);
    }

    /** The signature of the plan as it was set: place, date, the signing jabatan and its holder now. */
    private static Tandatangan penetapan(InfoInstansi info) {
        String tempat = teks(info.tempatPenetapan()) + ", " + teks(info.tanggalPenetapan());
        List<Pihak> pihak = info.penandatangan().isEmpty()
                ? List.of(new Pihak(null, teks(info.jabatanPenandatangan()).toUpperCase(Locale.ROOT), "–", null))
                : info.penandatangan().stream()
                        .map(p -> new Pihak(
                                null,
                                p.jenis().awalan()
                                        + teks(info.jabatanPenandatangan()).toUpperCase(Locale.ROOT),
                                p.nama() + (p.dataContoh() ? " (data contoh)" : ""),
                                p.nip() == null ? "–" : p.nip()))
                        .toList();
        return new Tandatangan(tempat, pihak);
    }

    /**
     * The PK's table of programs and their pagu: for the head of the office (a jabatan without atasan) every program
     * of the year, for another jabatan the sub-kegiatan linked to its indicators; nothing when there are none.
     */
    private List<Bagian> programDanAnggaran(Instansi instansi, Jabatan jabatan, int tahun) {
        Set<Long> milik = indikatorRepository.findByPemilik(jabatan.idTersimpan()).stream()
                .map(Indikator::getId)
                .collect(Collectors.toSet());
        List<BarisAnggaran> dipilih =
                sumberAnggaran.daftar(instansi.idTersimpan(), new Periode(tahun, Triwulan.IV)).baris().stream()
                        .filter(b -> jabatan.getAtasan() == null
                                ? b.tingkat() == TingkatAnggaran.PROGRAM
                                : b.tingkat() == TingkatAnggaran.SUB_KEGIATAN && milik.contains(b.indikatorId()))
                        .toList();
        if (dipilih.isEmpty()) {
            return List.of();
        }
        List<List<@Nullable Object>> baris = new ArrayList<>();
        BigDecimal jumlah = BigDecimal.ZERO;
        int no = 1;
        for (BarisAnggaran b : dipilih) {
            baris.add(List.of(String.valueOf(no++), b.kode(), b.nama(), b.pagu() == null ? "–" : b.pagu()));
            jumlah = b.pagu() == null ? jumlah : jumlah.add(b.pagu());
        }
        baris.add(List.of("", "", "Jumlah", jumlah));
        return List.of(
                new Subjudul("PROGRAM DAN ANGGARAN"),
                new Tabel(
                        List.of(
                                "No",
                                "Kode",
                                jabatan.getAtasan() == null ? "Program" : "Sub Kegiatan",
                                "Anggaran (Rp)"),
                        new float[] {4, 18, 58, 20},
                        baris));
    }

    /** Who held a jabatan on a day; two holders on one day (a hand-over, a Plh.): the one who started last. */
    private Penugasan pemegang(Instansi instansi, Jabatan jabatan, LocalDate tanggal) {
        return penugasanRepository.findBerlaku(instansi.idTersimpan(), tanggal).stream()
                .filter(p -> p.getJabatan().idTersimpan().equals(jabatan.getId()))
                .max(Comparator.comparing(Penugasan::getMulai, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() ->
                        new AturanDilanggar("laporan.pk.tanpa-pemegang", jabatan.getNama(), TANGGAL.format(tanggal)));
    }

    /** A pegawai signing for their jabatan; one without a NIP in the data shows "–" where the NIP goes. */
    private static Pihak pihak(String peran, Penugasan penugasan) {
        Pegawai pegawai = penugasan.getPegawai();
        return new Pihak(
                peran,
                penugasan.namaJabatanPenandatangan(),
                namaPegawai(pegawai),
                pegawai.getNip() == null ? "–" : pegawai.getNip());
    }

    /** The name, NIP (where the party has one: a kepala daerah often has none) and jabatan of a signing party. */
    private static Rincian rincianPihak(Pihak pihak) {
        List<Entri> entri = new ArrayList<>();
        entri.add(Entri.satu("Nama", pihak.nama()));
        if (pihak.nip() != null) {
            entri.add(Entri.satu("NIP", pihak.nip()));
        }
        entri.add(Entri.satu("Jabatan", pihak.jabatan()));
        return new Rincian(entri);
    }

    /** Sample holders of the default run say so on paper too. */
    private static String namaPegawai(Pegawai pegawai) {
        return pegawai.getNama() + (pegawai.isDataContoh() ? " (data contoh)" : "");
    }

    /** A target as the plan writes it: a number, or its text ("NA"); a revision shows the original beside it. */
    private static @Nullable Object nilaiTarget(@Nullable TargetTahunan target) {
        if (target == null) {
            return null;
        }
        Object sekarang = target.nilai() != null ? target.nilai() : target.nilaiTeks();
        if (target.revisi() > 0) {
            Object awal = target.nilaiAwal() != null ? target.nilaiAwal() : target.nilaiTeksAwal();
            sekarang = PenulisPdf.teks(sekarang) + " (semula " + PenulisPdf.teks(awal) + ")";
        }
        return target.dataContoh() ? PenulisPdf.teks(sekarang) + TANDA_CONTOH : sekarang;
    }

    /**
     * Under measured figures: only approved realisasi count, and how capaian is computed, the negative polarity by the
     * instansi's own convention (a kabupaten comparing documents must know which).
     */
    private Catatan catatanPengukuran() {
        return new Catatan(CATATAN_DISETUJUI + " Capaian = realisasi / target × 100; indikator berpolaritas negatif: "
                + pengaturanSkorService.aturan().konvensiNegatif().rumus() + ".");
    }

    private Berkas tulis(Dokumen dokumen, FormatBerkas format) {
        return dokumen.tulis(format, LocalDateTime.now(clock));
    }

    /** The office's reports of every jabatan: its leaders, its operator, and the Inspektorat's evaluator (read only). */
    private static boolean semuaJabatan(Pengguna pengguna) {
        return switch (pengguna.peran()) {
            case SEKCAM, CAMAT, ADMIN, EVALUATOR -> true;
            case KEPALA_UNIT, STAF, KABUPATEN -> false;
        };
    }

    /**
     * Own jabatan, or any jabatan of the same instansi for Sekcam, Camat and Admin; refused otherwise, with
     * {@code metode}, the service method that asks, in the security log.
     */
    private void bolehJabatan(String metode, Pengguna pengguna, Long jabatanId) {
        boolean sendiri = jabatanId != null && jabatanId.equals(pengguna.jabatanId());
        boolean diInstansi = jabatanId != null
                && jabatanRepository
                        .findById(jabatanId)
                        .map(j -> j.getInstansi().idTersimpan().equals(pengguna.instansiId()))
                        .orElse(false);
        if (!(sendiri || (semuaJabatan(pengguna) && diInstansi))) {
            throw penjaga.tolak(metode, "dokumen jabatan " + jabatanId);
        }
    }

    private static String teks(@Nullable String nilai) {
        return nilai == null || nilai.isBlank() ? "–" : nilai;
    }

    static String slug(String teks) {
        return teks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
