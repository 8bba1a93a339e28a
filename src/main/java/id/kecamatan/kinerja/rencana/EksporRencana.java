package id.kecamatan.kinerja.rencana;

import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.excel.BerkasTemplate;
import id.kecamatan.kinerja.indikator.Cascade;
import id.kecamatan.kinerja.indikator.CascadeRepository;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.indikator.IndikatorRepository;
import id.kecamatan.kinerja.indikator.JenisIndikator;
import id.kecamatan.kinerja.indikator.Target;
import id.kecamatan.kinerja.indikator.TargetRepository;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.organisasi.InstansiRepository;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import id.kecamatan.kinerja.organisasi.UnitKerjaRepository;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's instansi's plan as the Excel template, ready to be imported as another kecamatan's plan
 * after its kode and name are changed. Exports the plan, not its people: no pemegang, no sample targets, only
 * the target in force (the last revision) of each period.
 */
@Service
public class EksporRencana {

    private final PenggunaSaatIni penggunaSaatIni;
    private final InstansiRepository instansiRepository;
    private final VisiRepository visiRepository;
    private final MisiRepository misiRepository;
    private final TujuanRepository tujuanRepository;
    private final SasaranRepository sasaranRepository;
    private final UnitKerjaRepository unitKerjaRepository;
    private final JabatanRepository jabatanRepository;
    private final IndikatorRepository indikatorRepository;
    private final TargetRepository targetRepository;
    private final CascadeRepository cascadeRepository;

    EksporRencana(
            PenggunaSaatIni penggunaSaatIni,
            InstansiRepository instansiRepository,
            VisiRepository visiRepository,
            MisiRepository misiRepository,
            TujuanRepository tujuanRepository,
            SasaranRepository sasaranRepository,
            UnitKerjaRepository unitKerjaRepository,
            JabatanRepository jabatanRepository,
            IndikatorRepository indikatorRepository,
            TargetRepository targetRepository,
            CascadeRepository cascadeRepository) {
        this.penggunaSaatIni = penggunaSaatIni;
        this.instansiRepository = instansiRepository;
        this.visiRepository = visiRepository;
        this.misiRepository = misiRepository;
        this.tujuanRepository = tujuanRepository;
        this.sasaranRepository = sasaranRepository;
        this.unitKerjaRepository = unitKerjaRepository;
        this.jabatanRepository = jabatanRepository;
        this.indikatorRepository = indikatorRepository;
        this.targetRepository = targetRepository;
        this.cascadeRepository = cascadeRepository;
    }

    /** The empty template to fill in for a new kecamatan. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SEKCAM')")
    public BerkasTemplate templateKosong() {
        return new BerkasTemplate("template-rencana-kinerja.xlsx", TemplateRencana.tulis(null));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'SEKCAM')")
    public BerkasTemplate ekspor() {
        Instansi instansi = instansiRepository
                .findById(penggunaSaatIni.wajib().instansiId())
                .orElseThrow();
        return new BerkasTemplate(
                "rencana-" + instansi.getKode().toLowerCase(Locale.ROOT) + ".xlsx",
                TemplateRencana.tulis(dokumen(instansi)));
    }

    private DokumenRencana dokumen(Instansi instansi) {
        Long id = instansi.idTersimpan();
        Map<Long, List<TujuanData>> tujuanPerMisi = new HashMap<>();
        for (Tujuan t : tujuanRepository.findByInstansi(id)) {
            tujuanPerMisi
                    .computeIfAbsent(t.getMisi().getId(), k -> new ArrayList<>())
                    .add(new TujuanData(t.getKode(), t.getTeks()));
        }
        List<MisiData> misi = new ArrayList<>();
        for (Misi m : misiRepository.findByInstansiIdOrderByNomor(id)) {
            misi.add(new MisiData(m.getNomor(), m.getTeks(), tujuanPerMisi.getOrDefault(m.getId(), List.of())));
        }
        // every sasaran as a sasaran kinerja naming its tujuan: saved again, the rows are the same
        List<SasaranData> sasaran = new ArrayList<>();
        for (Sasaran s : sasaranRepository.findByInstansi(id)) {
            sasaran.add(new SasaranData(
                    s.getKode(),
                    s.getTeks(),
                    s.getTujuan() == null ? null : ref(s.getTujuan().getKode())));
        }
        List<UnitData> unit = unitKerjaRepository.findByInstansiIdOrderByUrutan(id).stream()
                .map(u -> new UnitData(u.getKode(), u.getNama()))
                .toList();
        List<JabatanData> jabatan = new ArrayList<>();
        for (Jabatan j : jabatanRepository.findByInstansiIdOrderByUrutan(id)) {
            if (!j.getPeran().bagianKantor()) {
                continue;
            }
            jabatan.add(new JabatanData(
                    j.getKode(),
                    j.getNama(),
                    j.getPeran(),
                    j.getUnitKerja() == null ? null : ref(j.getUnitKerja().getKode()),
                    j.getAtasan() == null ? null : ref(j.getAtasan().getKode()),
                    j.getVerifikator() == null ? null : ref(j.getVerifikator().getKode()),
                    j.getTugas(),
                    List.copyOf(j.getFungsi()),
                    null));
        }

        Map<Long, Map<String, Target>> targetBerlaku = new HashMap<>();
        for (Target t : targetRepository.findByInstansi(id)) {
            if (!t.isDataContoh()) {
                // ordered by revisi: the last one of a period is the one in force
                targetBerlaku
                        .computeIfAbsent(t.getIndikator().getId(), k -> new LinkedHashMap<>())
                        .put(t.getTahun() + "/" + t.getPeriode(), t);
            }
        }
        Map<Long, List<Cascade>> cascade = new HashMap<>();
        for (Cascade c : cascadeRepository.findByInstansi(id)) {
            cascade.computeIfAbsent(c.getIki().getId(), k -> new ArrayList<>()).add(c);
        }
        List<IndikatorData> indikator = new ArrayList<>();
        for (JenisIndikator jenis : JenisIndikator.values()) {
            for (Indikator i : indikatorRepository.findByInstansiAndJenis(id, jenis)) {
                List<TargetData> target = targetBerlaku.getOrDefault(i.getId(), Map.of()).values().stream()
                        .sorted(Comparator.comparingInt(Target::getTahun).thenComparing(Target::getPeriode))
                        .map(TargetData::dari)
                        .toList();
                List<CascadeData> cascadeIki = cascade.getOrDefault(i.getId(), List.of()).stream()
                        .sorted(Comparator.comparing(c -> c.getIku().getKode()))
                        .map(c -> new CascadeData(ref(c.getIku().getKode()), c.getBobot()))
                        .toList();
                indikator.add(new IndikatorData(
                        i.getKode(),
                        i.getJenis(),
                        i.getNama(),
                        ref(i.getSasaran().getKode()),
                        ref(i.getPemilik().getKode()),
                        i.getSatuan(),
                        i.getPolaritas(),
                        i.getAgregasi(),
                        i.getJenisFormula(),
                        i.getPenjelasanFormula(),
                        i.getRumus(),
                        i.getSumberData(),
                        i.getCatatan(),
                        i.getKomponen().stream()
                                .map(k -> new KomponenData(k.getKode(), k.getNama(), k.getSatuan(), k.getPeran()))
                                .toList(),
                        target,
                        cascadeIki,
                        i.isDariLke()));
            }
        }
        String visi = visiRepository.findByInstansiId(id).map(Visi::getTeks).orElse(null);
        InstansiData data = new InstansiData(
                instansi.getKode(),
                instansi.getNama(),
                instansi.getKabupaten(),
                instansi.getProvinsi(),
                instansi.getTugas(),
                instansi.getTempatPenetapan(),
                instansi.getTanggalPenetapan(),
                instansi.getPenandatangan() == null
                        ? null
                        : ref(instansi.getPenandatangan().getKode()));
        return new DokumenRencana(data, visi, misi, unit, jabatan, sasaran, indikator);
    }

    private static Ref ref(String kode) {
        return new Ref(kode);
    }
}
