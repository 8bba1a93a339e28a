package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import id.kecamatan.kinerja.organisasi.Jabatan;
import id.kecamatan.kinerja.organisasi.JabatanRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators of the signed-in user's instansi, as the plan's tables show them. */
@Service
public class IndikatorService {

    private final IndikatorRepository indikatorRepository;
    private final TargetRepository targetRepository;
    private final CascadeRepository cascadeRepository;
    private final JabatanRepository jabatanRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;

    IndikatorService(
            IndikatorRepository indikatorRepository,
            TargetRepository targetRepository,
            CascadeRepository cascadeRepository,
            JabatanRepository jabatanRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga) {
        this.indikatorRepository = indikatorRepository;
        this.targetRepository = targetRepository;
        this.cascadeRepository = cascadeRepository;
        this.jabatanRepository = jabatanRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
    }

    /** A yearly target as it stands now, with the original where it was revised, and whether it is sample data. */
    public record TargetTahunan(
            @Nullable BigDecimal nilai,
            @Nullable String nilaiTeks,
            int revisi,
            @Nullable BigDecimal nilaiAwal,
            @Nullable String nilaiTeksAwal,
            boolean dataContoh) {}

    public record BarisIku(
            String kode,
            String sasaran,
            String nama,
            @Nullable String penjelasanFormula,
            @Nullable String sumberData,
            String penanggungJawab,
            String satuan,
            Map<Integer, TargetTahunan> target) {}

    public record TabelIku(SortedSet<Integer> tahun, List<BarisIku> baris) {}

    public record BarisKomponen(String kode, String nama, String satuan, PeranKomponen peran) {}

    public record BarisIndikator(
            String kode,
            JenisIndikator jenis,
            String sasaran,
            String nama,
            JenisFormula jenisFormula,
            @Nullable String penjelasanFormula,
            @Nullable String rumus,
            List<BarisKomponen> komponen,
            String satuan,
            @Nullable String sumberData,
            String penanggungJawab,
            List<String> mendukungIku,
            @Nullable String catatan) {}

    public record IkiJabatan(
            Long jabatanId,
            String nama,
            @Nullable String unit,
            @Nullable String tugas,
            List<String> fungsi,
            List<BarisIndikator> indikator) {}

    /**
     * The targets in force for one indicator and year: yearly, and per triwulan where set;
     * {@code tahunanContoh} when the yearly one is sample data.
     */
    public record TargetBerlaku(
            @Nullable BigDecimal tahunan, Map<Triwulan, BigDecimal> triwulan, boolean tahunanContoh) {

        /** A quarter is measured against its own target where one is set, else against the year's. */
        public @Nullable BigDecimal untukTriwulan(Triwulan tw) {
            return triwulan.getOrDefault(tw, tahunan);
        }
    }

    public record PilihanJabatan(
            Long id, String kode, String nama, @Nullable String unit, long jumlahIndikator) {}

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public TabelIku tabelIku() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Map<Long, Map<Integer, TargetTahunan>> targetPerIndikator = targetTahunan(instansiId);
        List<Indikator> iku = indikatorRepository.findByInstansiAndJenis(instansiId, JenisIndikator.IKU);
        // one column per year in which an IKU has a target
        SortedSet<Integer> tahun = new TreeSet<>();
        iku.forEach(i -> tahun.addAll(
                targetPerIndikator.getOrDefault(i.getId(), Map.of()).keySet()));
        List<BarisIku> baris = iku.stream()
                .map(i -> new BarisIku(
                        i.getKode(),
                        i.getSasaran().getTeks(),
                        i.getNama(),
                        i.getPenjelasanFormula(),
                        i.getSumberData(),
                        i.getPemilik().getNama(),
                        i.getSatuan(),
                        targetPerIndikator.getOrDefault(i.getId(), Map.of())))
                .toList();
        return new TabelIku(tahun, baris);
    }

    /** The jabatan of the instansi, for choosing whose IKI to show. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PilihanJabatan> daftarJabatan() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Map<Long, Long> jumlah = indikatorRepository.findPemilikIds(instansiId).stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        return jabatanRepository.findByInstansiIdOrderByUrutan(instansiId).stream()
                .filter(j -> j.getPeran().bagianKantor())
                .map(j -> new PilihanJabatan(
                        j.idTersimpan(),
                        j.getKode(),
                        j.getNama(),
                        j.getUnitKerja() == null ? null : j.getUnitKerja().getNama(),
                        jumlah.getOrDefault(j.getId(), 0L)))
                .toList();
    }

    /** Jabatan the plan gives no indicator: a gap in the plan, shown as a warning, never filled in by the portal. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PilihanJabatan> jabatanTanpaIndikator() {
        return daftarJabatan().stream().filter(j -> j.jumlahIndikator() == 0).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public IkiJabatan ikiJabatan(Long jabatanId) {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Jabatan jabatan = jabatanRepository
                .findById(jabatanId)
                .orElseThrow(() -> penjaga.tidakAda("IndikatorService.ikiJabatan", "jabatan", jabatanId));
        penjaga.instansiSendiri(
                "IndikatorService.ikiJabatan", jabatan.getInstansi().idTersimpan(), "jabatan", jabatanId);
        Map<Long, List<String>> ikuPerIki = new HashMap<>();
        for (Cascade c : cascadeRepository.findByInstansi(instansiId)) {
            ikuPerIki
                    .computeIfAbsent(c.getIki().getId(), id -> new ArrayList<>())
                    .add(c.getIku().getNama());
        }
        List<BarisIndikator> indikator = indikatorRepository.findByPemilik(jabatanId).stream()
                .map(i -> new BarisIndikator(
                        i.getKode(),
                        i.getJenis(),
                        i.getSasaran().getTeks(),
                        i.getNama(),
                        i.getJenisFormula(),
                        i.getPenjelasanFormula(),
                        i.getRumus(),
                        i.getKomponen().stream()
                                .map(k -> new BarisKomponen(k.getKode(), k.getNama(), k.getSatuan(), k.getPeran()))
                                .toList(),
                        i.getSatuan(),
                        i.getSumberData(),
                        jabatan.getNama(),
                        ikuPerIki.getOrDefault(i.getId(), List.of()),
                        i.getCatatan()))
                .toList();
        return new IkiJabatan(
                jabatan.idTersimpan(),
                jabatan.getNama(),
                jabatan.getUnitKerja() == null ? null : jabatan.getUnitKerja().getNama(),
                jabatan.getTugas(),
                List.copyOf(jabatan.getFungsi()),
                indikator);
    }

    /** The latest revision of each target of the given indicators for a year. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, TargetBerlaku> targetBerlaku(Collection<Long> indikatorIds, int tahun) {
        milikInstansiSaya("IndikatorService.targetBerlaku", indikatorIds);
        Map<Long, TargetBerlaku> hasil = new HashMap<>();
        RevisiTarget.kelompokkan(targetRepository.findByIndikatorDanTahun(indikatorIds, tahun), Target::getPeriode)
                .forEach((indikatorId, perPeriode) -> {
                    Map<Triwulan, BigDecimal> triwulan = new EnumMap<>(Triwulan.class);
                    perPeriode.forEach((periode, revisi) -> {
                        BigDecimal nilai = revisi.getLast().getNilai();
                        if (nilai != null) {
                            periode.triwulan().ifPresent(tw -> triwulan.put(tw, nilai));
                        }
                    });
                    List<Target> tahunan = perPeriode.get(PeriodeTarget.TAHUNAN);
                    Target berlaku = tahunan == null ? null : tahunan.getLast();
                    hasil.put(
                            indikatorId,
                            new TargetBerlaku(
                                    berlaku == null ? null : berlaku.getNilai(),
                                    triwulan,
                                    berlaku != null && berlaku.isDataContoh()));
                });
        return hasil;
    }

    /**
     * Every id is an indicator of the signed-in user's instansi; the first that is not (another instansi's, or none)
     * is refused and logged as {@code metode}.
     */
    private void milikInstansiSaya(String metode, Collection<Long> indikatorIds) {
        if (indikatorIds.isEmpty()) {
            return;
        }
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Set<Long> milik = new HashSet<>(indikatorRepository.findIdDiInstansi(indikatorIds, instansiId));
        for (Long id : indikatorIds) {
            if (!milik.contains(id)) {
                Indikator lain =
                        indikatorRepository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "indikator", id));
                penjaga.instansiSendiri(metode, lain.getInstansi().idTersimpan(), "indikator", id);
            }
        }
    }

    /** Yearly targets (no triwulan) per indicator and year: the latest revision, and the original beside it. */
    private Map<Long, Map<Integer, TargetTahunan>> targetTahunan(Long instansiId) {
        List<Target> tahunan = targetRepository.findByInstansi(instansiId).stream()
                .filter(Target::isTahunan)
                .toList();
        Map<Long, Map<Integer, TargetTahunan>> hasil = new HashMap<>();
        RevisiTarget.kelompokkan(tahunan, Target::getTahun).forEach((indikatorId, perTahun) -> {
            Map<Integer, TargetTahunan> baris = new TreeMap<>();
            perTahun.forEach((tahun, revisi) -> {
                Target awal = revisi.getFirst();
                Target akhir = revisi.getLast();
                baris.put(
                        tahun,
                        new TargetTahunan(
                                akhir.getNilai(),
                                akhir.getNilaiTeks(),
                                akhir.getRevisi(),
                                awal.getNilai(),
                                awal.getNilaiTeks(),
                                akhir.isDataContoh()));
            });
            hasil.put(indikatorId, baris);
        });
        return hasil;
    }
}
