package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.indikator.Cascade;
import id.kecamatan.kinerja.indikator.CascadeRepository;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.pengukuran.CapaianService.BarisCapaian;
import id.kecamatan.kinerja.renstra.Misi;
import id.kecamatan.kinerja.renstra.MisiRepository;
import id.kecamatan.kinerja.renstra.Sasaran;
import id.kecamatan.kinerja.renstra.SasaranRepository;
import id.kecamatan.kinerja.renstra.Tujuan;
import id.kecamatan.kinerja.renstra.TujuanRepository;
import id.kecamatan.kinerja.renstra.Visi;
import id.kecamatan.kinerja.renstra.VisiRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Pohon Kinerja of the signed-in user's kecamatan: visi → misi → tujuan → sasaran → IKU → the IKI cascaded to each
 * IKU (with their jabatan), each indicator with its approved figure up to a triwulan, the dashboard's (CapaianService).
 * Approved figures and the plan are readable by every role. A sasaran under no tujuan hangs from the visi; an IKI
 * cascaded to no IKU hangs from its own sasaran.
 */
@Service
public class PohonKinerjaService {

    private final CapaianService capaianService;
    private final PengaturanSkorService pengaturanSkorService;
    private final VisiRepository visiRepository;
    private final MisiRepository misiRepository;
    private final TujuanRepository tujuanRepository;
    private final SasaranRepository sasaranRepository;
    private final IndikatorRepository indikatorRepository;
    private final CascadeRepository cascadeRepository;
    private final PenggunaSaatIni penggunaSaatIni;

    PohonKinerjaService(
            CapaianService capaianService,
            PengaturanSkorService pengaturanSkorService,
            VisiRepository visiRepository,
            MisiRepository misiRepository,
            TujuanRepository tujuanRepository,
            SasaranRepository sasaranRepository,
            IndikatorRepository indikatorRepository,
            CascadeRepository cascadeRepository,
            PenggunaSaatIni penggunaSaatIni) {
        this.capaianService = capaianService;
        this.pengaturanSkorService = pengaturanSkorService;
        this.visiRepository = visiRepository;
        this.misiRepository = misiRepository;
        this.tujuanRepository = tujuanRepository;
        this.sasaranRepository = sasaranRepository;
        this.indikatorRepository = indikatorRepository;
        this.cascadeRepository = cascadeRepository;
        this.penggunaSaatIni = penggunaSaatIni;
    }

    public enum JenisSimpul {
        VISI,
        MISI,
        TUJUAN,
        SASARAN,
        IKU,
        IKI
    }

    /**
     * A node of the tree. For an indicator: its id, jabatan, capaian and predikat with the predikat's rank among the
     * instansi's bands (0 = the highest), and how many triwulan are approved; none of these for the plan's nodes.
     */
    public record Simpul(
            JenisSimpul jenis,
            @Nullable String kode,
            String teks,
            @Nullable Long indikatorId,
            @Nullable String jabatan,
            Hasil capaian,
            @Nullable String predikat,
            @Nullable Integer peringkatPredikat,
            int triwulanDisetujui,
            List<Simpul> anak) {}

    /** The tree and the instansi's capaian bands (highest first), for its legend. */
    public record Pohon(Simpul akar, List<TabelPredikat.Pita> pita) {}

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Pohon pohon(Periode sampai) {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        List<TabelPredikat.Pita> pita =
                pengaturanSkorService.aturan().tabel(JenisPredikat.CAPAIAN).pita();
        Map<String, Integer> peringkat = new HashMap<>();
        for (int i = 0; i < pita.size(); i++) {
            peringkat.put(pita.get(i).nama(), i);
        }
        Map<Long, BarisCapaian> capaian = new HashMap<>();
        capaianService.pengukuran(sampai).forEach(b -> capaian.put(b.indikatorId(), b));

        Map<Long, List<Indikator>> ikiPerIku = new HashMap<>();
        Set<Long> ikiTercascade = new HashSet<>();
        for (Cascade c : cascadeRepository.findByInstansi(instansiId)) {
            ikiPerIku
                    .computeIfAbsent(c.getIku().idTersimpan(), id -> new ArrayList<>())
                    .add(c.getIki());
            ikiTercascade.add(c.getIki().idTersimpan());
        }
        Map<Long, List<Simpul>> indikatorPerSasaran = new LinkedHashMap<>();
        for (Indikator iku : indikatorRepository.findByInstansiAndJenis(instansiId, JenisIndikator.IKU)) {
            List<Simpul> iki = ikiPerIku.getOrDefault(iku.getId(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Indikator::getUrutan))
                    .map(i -> indikator(i, JenisSimpul.IKI, capaian, peringkat, List.of()))
                    .toList();
            indikatorPerSasaran
                    .computeIfAbsent(iku.getSasaran().idTersimpan(), id -> new ArrayList<>())
                    .add(indikator(iku, JenisSimpul.IKU, capaian, peringkat, iki));
        }
        for (Indikator iki : indikatorRepository.findByInstansiAndJenis(instansiId, JenisIndikator.IKI)) {
            if (!ikiTercascade.contains(iki.idTersimpan())) {
                indikatorPerSasaran
                        .computeIfAbsent(iki.getSasaran().idTersimpan(), id -> new ArrayList<>())
                        .add(indikator(iki, JenisSimpul.IKI, capaian, peringkat, List.of()));
            }
        }

        Map<Long, List<Simpul>> sasaranPerTujuan = new LinkedHashMap<>();
        List<Simpul> sasaranLepas = new ArrayList<>();
        for (Sasaran s : sasaranRepository.findByInstansi(instansiId)) {
            List<Simpul> indikator = indikatorPerSasaran.getOrDefault(s.getId(), List.of());
            Tujuan tujuan = s.getTujuan();
            if (tujuan != null) {
                sasaranPerTujuan
                        .computeIfAbsent(tujuan.idTersimpan(), id -> new ArrayList<>())
                        .add(rencana(JenisSimpul.SASARAN, s.getKode(), s.getTeks(), indikator));
            } else if (!indikator.isEmpty()) {
                // a sasaran kinerja of a jabatan, under no tujuan: shown where it has indicators of its own
                sasaranLepas.add(rencana(JenisSimpul.SASARAN, s.getKode(), s.getTeks(), indikator));
            }
        }
        Map<Long, List<Simpul>> tujuanPerMisi = new LinkedHashMap<>();
        for (Tujuan t : tujuanRepository.findByInstansi(instansiId)) {
            tujuanPerMisi
                    .computeIfAbsent(t.getMisi().idTersimpan(), id -> new ArrayList<>())
                    .add(rencana(
                            JenisSimpul.TUJUAN,
                            t.getKode(),
                            t.getTeks(),
                            sasaranPerTujuan.getOrDefault(t.getId(), List.of())));
        }
        List<Simpul> anakVisi = new ArrayList<>();
        for (Misi m : misiRepository.findByInstansiIdOrderByNomor(instansiId)) {
            anakVisi.add(rencana(
                    JenisSimpul.MISI,
                    "Misi " + m.getNomor(),
                    m.getTeks(),
                    tujuanPerMisi.getOrDefault(m.getId(), List.of())));
        }
        anakVisi.addAll(sasaranLepas);
        String visi =
                visiRepository.findByInstansiId(instansiId).map(Visi::getTeks).orElse("");
        return new Pohon(rencana(JenisSimpul.VISI, null, visi, anakVisi), pita);
    }

    private static Simpul rencana(JenisSimpul jenis, @Nullable String kode, String teks, List<Simpul> anak) {
        return new Simpul(jenis, kode, teks, null, null, new Hasil.BelumDiisi(), null, null, 0, anak);
    }

    private static Simpul indikator(
            Indikator i,
            JenisSimpul jenis,
            Map<Long, BarisCapaian> capaian,
            Map<String, Integer> peringkat,
            List<Simpul> anak) {
        BarisCapaian b = capaian.get(i.getId());
        String predikat = b == null ? null : b.predikat();
        return new Simpul(
                jenis,
                i.getKode(),
                i.getNama(),
                i.idTersimpan(),
                i.getPemilik().getNama(),
                b == null ? new Hasil.BelumDiisi() : b.capaian(),
                predikat,
                predikat == null ? null : peringkat.get(predikat),
                b == null ? 0 : b.triwulanDisetujui(),
                anak);
    }
}
