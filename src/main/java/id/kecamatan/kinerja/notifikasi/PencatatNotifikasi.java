package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.Peran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.notifikasi.PesanSurel.Surel;
import id.kecamatan.kinerja.realisasi.PerubahanStatus;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records notifications and the e-mails that go with them. A workflow transition is recorded in the transaction
 * that makes it (a synchronous listener of {@link PerubahanStatus}): the transition and its notifications commit
 * together, and the user's action never waits for an SMTP server. The deadline reminders and the verifikator's
 * digest are recorded by the scheduled job ({@link PekerjaanNotifikasi}). Each notification and each e-mail is
 * recorded once per recipient and key (a unique key of the database), whoever offers it how often.
 * <p>
 * Who gets what: a submission goes to the verifikator of the owner's jabatan (the Camat where it has none), in the
 * bell at once and by e-mail in the next day's digest; an approval and a return (with the note; a reopened row is a
 * return) go to the holders of the owner's jabatan, in the bell and by e-mail. No one is notified of their own act.
 * An e-mail is written only when the sending is configured and on, and the recipient has an address and has not
 * switched e-mail off.
 */
@Component
class PencatatNotifikasi {

    /** How many days back the job still makes a digest of submissions (a day the job did not run). */
    static final int HARI_RINGKASAN = 2;

    private final NotifikasiRepository notifikasiRepository;
    private final SurelKeluarRepository surelRepository;
    private final ProfilNotifikasiRepository profilRepository;
    private final PengaturanSurelRepository pengaturanRepository;
    private final PesanSurel pesan;
    private final Tenggat tenggat;
    private final Clock clock;
    private final ZoneId zona;

    PencatatNotifikasi(
            NotifikasiRepository notifikasiRepository,
            SurelKeluarRepository surelRepository,
            ProfilNotifikasiRepository profilRepository,
            PengaturanSurelRepository pengaturanRepository,
            PesanSurel pesan,
            Tenggat tenggat,
            Clock clock,
            ZoneId zona) {
        this.notifikasiRepository = notifikasiRepository;
        this.surelRepository = surelRepository;
        this.profilRepository = profilRepository;
        this.pengaturanRepository = pengaturanRepository;
        this.pesan = pesan;
        this.tenggat = tenggat;
        this.clock = clock;
        this.zona = zona;
    }

    @EventListener
    void perubahanStatus(PerubahanStatus e) {
        boolean rencana = e.objek() == PerubahanStatus.Objek.RENCANA_AKSI;
        JenisNotifikasi jenis;
        Set<Long> penerima;
        String tautan;
        switch (e.ke()) {
            case DIAJUKAN -> {
                jenis = rencana ? JenisNotifikasi.RENCANA_DIAJUKAN : JenisNotifikasi.REALISASI_DIAJUKAN;
                penerima = verifikator(e);
                tautan = "persetujuan";
            }
            case DISETUJUI -> {
                jenis = rencana ? JenisNotifikasi.RENCANA_DISETUJUI : JenisNotifikasi.REALISASI_DISETUJUI;
                penerima = pemegang(e.jabatanPemilikId());
                tautan = "kinerja-saya";
            }
            case DIKEMBALIKAN -> {
                jenis = rencana ? JenisNotifikasi.RENCANA_DIKEMBALIKAN : JenisNotifikasi.REALISASI_DIKEMBALIKAN;
                penerima = pemegang(e.jabatanPemilikId());
                tautan = "kinerja-saya";
            }
            case DRAF -> {
                return;
            }
            default -> throw new IllegalStateException("status " + e.ke());
        }
        penerima.remove(e.olehAkunId());
        @Nullable
        PengaturanSurel pengaturan =
                pengaturanRepository.findFirstByOrderByIdAsc().orElse(null);
        for (Long akunId : penerima) {
            Notifikasi n = new Notifikasi(akunId, e.kunci(), jenis, e.namaIndikator(), e.pada());
            n.setPeriode(e.tahun(), e.triwulan());
            n.setCatatan(e.ke() == StatusRealisasi.DIKEMBALIKAN ? e.catatan() : null);
            n.setOleh(e.olehNama());
            n.setTautan(tautan);
            // a submission reaches the verifikator's e-mail in the next day's digest, not one by one
            catat(n, !jenis.pengajuan(), pengaturan, clock.instant());
        }
    }

    /**
     * The deadline reminders of {@code hariIni}: for each triwulan whose tenggat is from today to the Admin's number
     * of days ahead, one reminder per holder of each jabatan with indicators not yet submitted. Recorded on any day
     * of that window the job runs, once. Returns how many were recorded now.
     */
    int pengingatTenggat(Instant sekarang) {
        LocalDate hariIni = sekarang.atZone(zona).toLocalDate();
        @Nullable
        PengaturanSurel pengaturan =
                pengaturanRepository.findFirstByOrderByIdAsc().orElse(null);
        int hari = pengaturan == null ? PengaturanSurel.HARI_PENGINGAT_BAKU : pengaturan.getHariPengingat();
        Periode kini = Periode.dari(hariIni);
        Periode sebelumnya = Periode.dari(kini.hariPertama().minusDays(1));
        int dicatat = 0;
        for (Periode periode : List.of(sebelumnya, kini)) {
            LocalDate batas = tenggat.untuk(periode);
            if (batas.isBefore(hariIni) || batas.isAfter(hariIni.plusDays(hari))) {
                continue;
            }
            for (Long instansiId : notifikasiRepository.findSemuaInstansi()) {
                for (Object[] baris : notifikasiRepository.findBelumDiajukanPerJabatan(
                        instansiId, periode.tahun(), periode.triwulan())) {
                    Long jabatanId = (Long) baris[0];
                    int jumlah = ((Number) baris[1]).intValue();
                    for (Long akunId : notifikasiRepository.findAkunPemegang(jabatanId, hariIni)) {
                        String kunci = "tenggat:" + periode.tahun() + "-"
                                + periode.triwulan().nomor();
                        Notifikasi n =
                                new Notifikasi(akunId, kunci, JenisNotifikasi.PENGINGAT_TENGGAT, kunci, sekarang);
                        n.setPeriode(periode.tahun(), periode.triwulan());
                        n.setTenggat(batas);
                        n.setJumlah(jumlah);
                        n.setTautan("kinerja-saya");
                        if (catat(n, true, pengaturan, sekarang)) {
                            dicatat++;
                        }
                    }
                }
            }
        }
        return dicatat;
    }

    /**
     * The digests of the days before {@code hariIni} (up to {@value #HARI_RINGKASAN} days back): one e-mail per
     * verifikator and day listing what was submitted to them that day. Returns how many were written now.
     */
    int ringkasanPengajuan(Instant sekarang) {
        LocalDate hariIni = sekarang.atZone(zona).toLocalDate();
        @Nullable
        PengaturanSurel pengaturan =
                pengaturanRepository.findFirstByOrderByIdAsc().orElse(null);
        if (pengaturan == null || !pengaturan.siapKirim()) {
            return 0;
        }
        Instant dari = hariIni.minusDays(HARI_RINGKASAN).atStartOfDay(zona).toInstant();
        Instant sampai = hariIni.atStartOfDay(zona).toInstant();
        Map<Long, Map<LocalDate, List<Notifikasi>>> perPenerima = new LinkedHashMap<>();
        for (Notifikasi n : notifikasiRepository.findPengajuan(
                List.of(JenisNotifikasi.REALISASI_DIAJUKAN, JenisNotifikasi.RENCANA_DIAJUKAN), dari, sampai)) {
            perPenerima
                    .computeIfAbsent(n.getAkunId(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(n.getDibuatPada().atZone(zona).toLocalDate(), h -> new ArrayList<>())
                    .add(n);
        }
        int dibuat = 0;
        for (var penerima : perPenerima.entrySet()) {
            Long akunId = penerima.getKey();
            String alamat = alamat(akunId, pengaturan);
            if (alamat == null) {
                continue;
            }
            for (var hari : penerima.getValue().entrySet()) {
                String kunci = "ringkasan-pengajuan:" + hari.getKey();
                if (surelRepository.existsByAkunIdAndKunci(akunId, kunci)) {
                    continue;
                }
                Surel surel = pesan.ringkasan(nama(akunId), hari.getKey(), hari.getValue());
                surelRepository.save(new SurelKeluar(akunId, kunci, surel.subjek(), surel.isi(), sekarang));
                dibuat++;
            }
        }
        return dibuat;
    }

    /**
     * Records a notification unless its recipient has it already, and with {@code surel} its e-mail where the
     * recipient gets e-mail. True when it was new.
     */
    private boolean catat(Notifikasi n, boolean surel, @Nullable PengaturanSurel pengaturan, Instant sekarang) {
        if (notifikasiRepository.existsByAkunIdAndKunci(n.getAkunId(), n.getKunci())) {
            return false;
        }
        notifikasiRepository.save(n);
        if (surel
                && alamat(n.getAkunId(), pengaturan) != null
                && !surelRepository.existsByAkunIdAndKunci(n.getAkunId(), n.getKunci())) {
            Surel isi = pesan.untuk(n, nama(n.getAkunId()));
            surelRepository.save(new SurelKeluar(n.getAkunId(), n.getKunci(), isi.subjek(), isi.isi(), sekarang));
        }
        return true;
    }

    /** Where e-mail for this account goes now, or null: sending off or not configured, no address, or switched off. */
    @Nullable
    String alamat(Long akunId, @Nullable PengaturanSurel pengaturan) {
        if (pengaturan == null || !pengaturan.siapKirim()) {
            return null;
        }
        return profilRepository
                .findByAkunId(akunId)
                .map(ProfilNotifikasi::alamatTujuan)
                .orElse(null);
    }

    private String nama(Long akunId) {
        return notifikasiRepository.findNamaPegawai(akunId).orElse("");
    }

    private Set<Long> verifikator(PerubahanStatus e) {
        Set<Long> akun = new LinkedHashSet<>();
        List<Long> jabatan = e.jabatanVerifikatorId() != null
                ? List.of(e.jabatanVerifikatorId())
                : notifikasiRepository.findJabatanDenganPeran(e.instansiId(), Peran.CAMAT);
        jabatan.forEach(j -> akun.addAll(pemegang(j)));
        return akun;
    }

    private Set<Long> pemegang(Long jabatanId) {
        return new LinkedHashSet<>(notifikasiRepository.findAkunPemegang(jabatanId, tenggat.hariIni(clock)));
    }
}
