package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PerubahanCapaian;
import id.kecamatan.kinerja.indikator.Cascade;
import id.kecamatan.kinerja.indikator.CascadeRepository;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.Komponen;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.Pegawai;
import id.kecamatan.kinerja.organisasi.PegawaiRepository;
import id.kecamatan.kinerja.organisasi.Penugasan;
import id.kecamatan.kinerja.organisasi.PenugasanRepository;
import id.kecamatan.kinerja.organisasi.UnitKerja;
import id.kecamatan.kinerja.organisasi.UnitKerjaRepository;
import id.kecamatan.kinerja.rencana.DokumenRencana.CascadeData;
import id.kecamatan.kinerja.rencana.DokumenRencana.IndikatorData;
import id.kecamatan.kinerja.rencana.DokumenRencana.JabatanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.KomponenData;
import id.kecamatan.kinerja.rencana.DokumenRencana.MisiData;
import id.kecamatan.kinerja.rencana.DokumenRencana.PemegangData;
import id.kecamatan.kinerja.rencana.DokumenRencana.Ref;
import id.kecamatan.kinerja.rencana.DokumenRencana.SasaranData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TargetData;
import id.kecamatan.kinerja.rencana.DokumenRencana.TujuanData;
import id.kecamatan.kinerja.rencana.DokumenRencana.UnitData;
import id.kecamatan.kinerja.renstra.Misi;
import id.kecamatan.kinerja.renstra.MisiRepository;
import id.kecamatan.kinerja.renstra.Sasaran;
import id.kecamatan.kinerja.renstra.SasaranRepository;
import id.kecamatan.kinerja.renstra.Tujuan;
import id.kecamatan.kinerja.renstra.TujuanRepository;
import id.kecamatan.kinerja.renstra.Visi;
import id.kecamatan.kinerja.renstra.VisiRepository;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a kecamatan's plan file as data. Idempotent: an instansi whose kode is already in the database
 * is left as it is (the plan may have been edited in the portal since), so a restart adds nothing.
 * The whole file is checked before anything is written, and the import is one transaction.
 */
@Service
public class ImporRencana {

    private static final Logger log = LoggerFactory.getLogger(ImporRencana.class);
    static final String PENGIMPOR = "impor-rencana";

    private final InstansiRepository instansiRepository;
    private final UnitKerjaRepository unitKerjaRepository;
    private final JabatanRepository jabatanRepository;
    private final PegawaiRepository pegawaiRepository;
    private final PenugasanRepository penugasanRepository;
    private final VisiRepository visiRepository;
    private final MisiRepository misiRepository;
    private final TujuanRepository tujuanRepository;
    private final SasaranRepository sasaranRepository;
    private final IndikatorRepository indikatorRepository;
    private final TargetRepository targetRepository;
    private final CascadeRepository cascadeRepository;
    private final Clock clock;

    private final PerubahanCapaian perubahanCapaian;

    ImporRencana(
            InstansiRepository instansiRepository,
            UnitKerjaRepository unitKerjaRepository,
            JabatanRepository jabatanRepository,
            PegawaiRepository pegawaiRepository,
            PenugasanRepository penugasanRepository,
            VisiRepository visiRepository,
            MisiRepository misiRepository,
            TujuanRepository tujuanRepository,
            SasaranRepository sasaranRepository,
            IndikatorRepository indikatorRepository,
            TargetRepository targetRepository,
            CascadeRepository cascadeRepository,
            Clock clock,
            PerubahanCapaian perubahanCapaian) {
        this.instansiRepository = instansiRepository;
        this.unitKerjaRepository = unitKerjaRepository;
        this.jabatanRepository = jabatanRepository;
        this.pegawaiRepository = pegawaiRepository;
        this.penugasanRepository = penugasanRepository;
        this.visiRepository = visiRepository;
        this.misiRepository = misiRepository;
        this.tujuanRepository = tujuanRepository;
        this.sasaranRepository = sasaranRepository;
        this.indikatorRepository = indikatorRepository;
        this.targetRepository = targetRepository;
        this.cascadeRepository = cascadeRepository;
        this.clock = clock;
        this.perubahanCapaian = perubahanCapaian;
    }

    public enum Hasil {
        DIIMPOR,
        SUDAH_ADA
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Hasil impor(Resource berkas) {
        DokumenRencana dokumen = baca(berkas);
        String kode = wajib(dokumen.instansi().kode());
        if (instansiRepository.findByKode(kode).isPresent()) {
            log.info("Rencana {} sudah ada; {} tidak diimpor ulang", kode, berkas.getFilename());
            return Hasil.SUDAH_ADA;
        }
        simpan(dokumen);
        log.info(
                "Rencana {} diimpor dari {}: {} jabatan, {} indikator",
                kode,
                berkas.getFilename(),
                dokumen.jabatan().size(),
                dokumen.indikator().size());
        return Hasil.DIIMPOR;
    }

    /**
     * Imports a plan file as another kecamatan's: under {@code kode} and {@code nama}, signed at {@code tempat}, with
     * its jabatan but none of its holders (the people of the file are the file's kecamatan's). The default run's
     * sample kecamatan of the kabupaten are made so from Meral's file; idempotent as {@link #impor}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Hasil imporSalinan(Resource berkas, String kode, String nama, String tempat) {
        if (instansiRepository.findByKode(kode).isPresent()) {
            return Hasil.SUDAH_ADA;
        }
        DokumenRencana asli = baca(berkas);
        var i = asli.instansi();
        DokumenRencana salinan = new DokumenRencana(
                new DokumenRencana.InstansiData(
                        kode,
                        nama,
                        i.kabupaten(),
                        i.provinsi(),
                        i.tugas(),
                        tempat,
                        i.tanggalPenetapan(),
                        i.penandatangan()),
                asli.visi(),
                asli.misi(),
                asli.unitKerja(),
                asli.jabatan().stream().map(JabatanData::tanpaPemegang).toList(),
                asli.sasaranKinerja(),
                asli.indikator());
        simpan(salinan);
        log.info("Rencana {} diimpor sebagai salinan {}", kode, berkas.getFilename());
        return Hasil.DIIMPOR;
    }

    private static DokumenRencana baca(Resource berkas) {
        try (Reader isi = new InputStreamReader(berkas.getInputStream(), StandardCharsets.UTF_8)) {
            return PembacaRencana.baca(berkas.getFilename(), isi);
        } catch (IOException e) {
            throw new BerkasRencanaTidakValid(berkas.getDescription() + " tidak dapat dibaca: " + e.getMessage(), e);
        }
    }

    /**
     * Saves a plan another reader has read and checked (the Excel template of laporan) as a new instansi,
     * with the same saving as the seed file. Returns the new instansi's id.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Long imporBaru(DokumenRencana dokumen) {
        String kode = wajib(dokumen.instansi().kode());
        if (instansiRepository.findByKode(kode).isPresent()) {
            throw new AturanDilanggar("impor.instansi-sudah-ada", kode);
        }
        Instansi instansi = simpan(dokumen);
        log.info(
                "Rencana {} diimpor: {} jabatan, {} indikator",
                kode,
                dokumen.jabatan().size(),
                dokumen.indikator().size());
        return instansi.idTersimpan();
    }

    private Instansi simpan(DokumenRencana dokumen) {
        var data = dokumen.instansi();
        Instansi instansi = new Instansi(wajib(data.kode()), wajib(data.nama()));
        instansi.setKabupaten(data.kabupaten());
        instansi.setProvinsi(data.provinsi());
        instansi.setTugas(data.tugas());
        instansi.setTempatPenetapan(data.tempatPenetapan());
        instansi.setTanggalPenetapan(data.tanggalPenetapan());
        instansiRepository.save(instansi);

        visiRepository.save(new Visi(instansi, wajib(dokumen.visi())));
        Map<String, Tujuan> tujuanPerKode = new HashMap<>();
        for (MisiData misiData : dokumen.misi()) {
            Misi misi = misiRepository.save(new Misi(instansi, wajib(misiData.nomor()), wajib(misiData.teks())));
            int urutanTujuan = 0;
            for (TujuanData tujuanData : misiData.tujuan()) {
                Tujuan tujuan = tujuanRepository.save(
                        new Tujuan(misi, wajib(tujuanData.kode()), wajib(tujuanData.teks()), ++urutanTujuan));
                tujuanPerKode.put(tujuan.getKode(), tujuan);
            }
        }
        Map<String, Sasaran> sasaranPerKode = new HashMap<>();
        int urutanSasaran = 0;
        for (SasaranData sasaranData : dokumen.sasaranKinerja()) {
            Tujuan tujuan = sasaranData.tujuan() == null
                    ? null
                    : tujuanPerKode.get(sasaranData.tujuan().kode());
            sasaranPerKode.put(
                    sasaranData.kode(),
                    sasaranRepository.save(new Sasaran(
                            instansi, tujuan, wajib(sasaranData.kode()), wajib(sasaranData.teks()), ++urutanSasaran)));
        }

        Map<String, UnitKerja> unitPerKode = new HashMap<>();
        int urutan = 0;
        for (UnitData unitData : dokumen.unitKerja()) {
            unitPerKode.put(
                    unitData.kode(),
                    unitKerjaRepository.save(
                            new UnitKerja(instansi, wajib(unitData.kode()), wajib(unitData.nama()), ++urutan)));
        }
        Map<String, Jabatan> jabatanPerKode = new HashMap<>();
        urutan = 0;
        for (JabatanData jabatanData : dokumen.jabatan()) {
            Jabatan jabatan = new Jabatan(
                    instansi,
                    wajib(jabatanData.kode()),
                    wajib(jabatanData.nama()),
                    wajib(jabatanData.peran()),
                    ++urutan);
            jabatan.setUnitKerja(cari(unitPerKode, jabatanData.unit()));
            jabatan.setTugas(jabatanData.tugas());
            jabatan.getFungsi().addAll(jabatanData.fungsi());
            jabatanPerKode.put(jabatan.getKode(), jabatanRepository.save(jabatan));
            PemegangData pemegang = jabatanData.pemegang();
            if (pemegang != null) {
                Pegawai pegawai =
                        pegawaiRepository.save(new Pegawai(instansi, wajib(pemegang.nama()), pemegang.nip(), false));
                penugasanRepository.save(new Penugasan(pegawai, jabatan, null));
            }
        }
        for (JabatanData jabatanData : dokumen.jabatan()) {
            Jabatan jabatan = wajib(jabatanPerKode.get(jabatanData.kode()));
            jabatan.setAtasan(cari(jabatanPerKode, jabatanData.atasan()));
            jabatan.setVerifikator(cari(jabatanPerKode, jabatanData.verifikator()));
        }
        instansi.setPenandatangan(cari(jabatanPerKode, data.penandatangan()));

        Map<String, Indikator> indikatorPerKode = new HashMap<>();
        Instant sekarang = clock.instant();
        urutan = 0;
        for (IndikatorData d : dokumen.indikator()) {
            Indikator indikator = new Indikator(
                    instansi,
                    wajib(cari(sasaranPerKode, d.sasaran())),
                    wajib(d.kode()),
                    wajib(d.jenis()),
                    wajib(d.nama()),
                    wajib(cari(jabatanPerKode, d.pemilik())),
                    wajib(d.satuan()),
                    ++urutan);
            indikator.setPolaritas(wajib(d.polaritas()));
            indikator.setAgregasi(wajib(d.agregasi()));
            indikator.setJenisFormula(wajib(d.jenisFormula()));
            indikator.setPenjelasanFormula(d.penjelasan());
            indikator.setRumus(d.rumus());
            indikator.setSumberData(d.sumberData());
            indikator.setCatatan(d.catatan());
            indikator.setDariLke(d.dariLke());
            int urutanKomponen = 0;
            for (KomponenData k : d.komponen()) {
                indikator.tambahKomponen(new Komponen(
                        indikator,
                        wajib(k.kode()),
                        wajib(k.nama()),
                        wajib(k.satuan()),
                        wajib(k.peran()),
                        ++urutanKomponen));
            }
            indikatorPerKode.put(d.kode(), indikatorRepository.save(indikator));
            for (TargetData t : d.target()) {
                targetRepository.save(new Target(
                        indikator, wajib(t.tahun()), t.periode(), t.nilai(), t.teks(), 0, sekarang, PENGIMPOR));
            }
        }
        for (IndikatorData d : dokumen.indikator()) {
            for (CascadeData c : d.cascade()) {
                cascadeRepository.save(new Cascade(
                        wajib(indikatorPerKode.get(d.kode())),
                        wajib(cari(indikatorPerKode, c.iku())),
                        wajib(c.bobot())));
            }
        }
        // the targets of the file are the new instansi's first figures
        perubahanCapaian.tandaiInstansi(instansi.idTersimpan());
        return instansi;
    }

    /** The row a reference names; none where the plan names none (an optional reference). */
    private static <T> @Nullable T cari(Map<String, T> perKode, @Nullable Ref ref) {
        return ref == null ? null : perKode.get(ref.kode());
    }

    /**
     * A value the plan must have, or a row a reference must find: PemeriksaRencana refuses a plan without it, so
     * a checked plan always has it.
     */
    private static <T> T wajib(@Nullable T nilai) {
        return Objects.requireNonNull(nilai, "rencana belum diperiksa");
    }
}
