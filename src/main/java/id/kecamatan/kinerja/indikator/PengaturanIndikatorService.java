package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.PerubahanCapaian;
import id.kecamatan.kinerja.capaian.Agregasi;
import id.kecamatan.kinerja.capaian.DefinisiIndikator;
import id.kecamatan.kinerja.capaian.DefinisiKomponen;
import id.kecamatan.kinerja.capaian.JenisFormula;
import id.kecamatan.kinerja.capaian.Polaritas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each indicator of the signed-in user's instansi is computed and rolled up (issue 4): formula, aggregation,
 * polarity, the weight of an IKU in the kecamatan score, and the cascade of IKI to IKU with their weights.
 * Sekcam and Admin only (ARCHITECTURE.md §5). A definition the calculation could not compute is refused.
 */
@Service
public class PengaturanIndikatorService {

    /** Weights above this are a typing error rather than a plan (an IKU weighs at most 1000 times another). */
    static final BigDecimal BOBOT_MAKSIMUM = new BigDecimal("1000");

    private final IndikatorRepository indikatorRepository;
    private final CascadeRepository cascadeRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;

    private final PerubahanCapaian perubahanCapaian;

    PengaturanIndikatorService(
            IndikatorRepository indikatorRepository,
            CascadeRepository cascadeRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            PerubahanCapaian perubahanCapaian) {
        this.indikatorRepository = indikatorRepository;
        this.cascadeRepository = cascadeRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.perubahanCapaian = perubahanCapaian;
    }

    public record Tautan(Long ikuId, String ikuKode, BigDecimal bobot) {}

    /**
     * One indicator's settings; {@code cascade}: the IKU an IKI supports (empty for an IKU); {@code dariLke}: its
     * realisasi is proposed from the Evaluasi AKIP (rules: {@link AturanDariLke}).
     */
    public record BarisPengaturan(
            Long id,
            long versi,
            String kode,
            String nama,
            JenisIndikator jenis,
            String pemilik,
            JenisFormula formula,
            Agregasi agregasi,
            Polaritas polaritas,
            @Nullable String rumus,
            BigDecimal bobot,
            List<String> komponen,
            List<Tautan> cascade,
            boolean dariLke) {}

    /** A change of one indicator's settings, made on the version the user saw. */
    public record UbahIndikator(
            Long id,
            long versi,
            @Nullable JenisFormula formula,
            @Nullable Agregasi agregasi,
            @Nullable Polaritas polaritas,
            @Nullable String rumus,
            @Nullable BigDecimal bobot,
            boolean dariLke) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public List<BarisPengaturan> daftar() {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        Map<Long, List<Tautan>> cascade = new HashMap<>();
        for (Cascade c : cascadeRepository.findByInstansi(instansiId)) {
            cascade.computeIfAbsent(c.getIki().getId(), id -> new ArrayList<>())
                    .add(new Tautan(c.getIku().idTersimpan(), c.getIku().getKode(), c.getBobot()));
        }
        List<BarisPengaturan> baris = new ArrayList<>();
        for (JenisIndikator jenis : JenisIndikator.values()) {
            for (Indikator i : indikatorRepository.findByInstansiAndJenis(instansiId, jenis)) {
                List<Tautan> tautan = new ArrayList<>(cascade.getOrDefault(i.getId(), List.of()));
                tautan.sort(Comparator.comparing(Tautan::ikuKode));
                baris.add(new BarisPengaturan(
                        i.idTersimpan(),
                        i.getVersion(),
                        i.getKode(),
                        i.getNama(),
                        i.getJenis(),
                        i.getPemilik().getNama(),
                        i.getJenisFormula(),
                        i.getAgregasi(),
                        i.getPolaritas(),
                        i.getRumus(),
                        i.getBobot(),
                        i.getKomponen().stream()
                                .map(k -> k.getKode() + " (" + k.getPeran() + ")")
                                .toList(),
                        tautan,
                        i.isDariLke()));
            }
        }
        return baris;
    }

    /**
     * Saves formula, aggregation, polarity, expression, (for an IKU) weight and the mark "diisi dari Evaluasi AKIP".
     * The formula must fit the indicator's komponen, e.g. RASIO needs a PEMBILANG and a PENYEBUT; RUMUS needs an
     * expression over them; the mark must keep the rules of {@link AturanDariLke} with the new formula.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public void simpan(UbahIndikator ubah) {
        Indikator indikator = milikInstansi("PengaturanIndikatorService.simpan", ubah.id());
        if (indikator.getVersion() != ubah.versi()) {
            throw new ObjectOptimisticLockingFailureException(Indikator.class, ubah.id());
        }
        if (ubah.formula() == null || ubah.agregasi() == null || ubah.polaritas() == null) {
            throw new AturanDilanggar("pengaturan.wajib");
        }
        String rumus = ubah.formula() == JenisFormula.RUMUS ? ubah.rumus() : null;
        List<DefinisiKomponen> komponen = indikator.getKomponen().stream()
                .map(k -> new DefinisiKomponen(k.getKode(), k.getPeran()))
                .toList();
        try {
            new DefinisiIndikator(ubah.formula(), ubah.agregasi(), ubah.polaritas(), komponen, rumus);
        } catch (IllegalArgumentException tidakSah) {
            throw new AturanDilanggar(
                    "pengaturan.definisi-tidak-sah",
                    indikator.getKode(),
                    String.valueOf(tidakSah.getMessage()),
                    komponen.stream()
                            .map(k -> k.kode() + " " + k.peran())
                            .toList()
                            .toString());
        }
        if (ubah.dariLke()) {
            String lain = indikatorRepository
                    .findDariLke(indikator.getInstansi().idTersimpan())
                    .filter(i -> !i.equals(indikator))
                    .map(Indikator::getKode)
                    .orElse(null);
            Optional<AturanDariLke> halangan = AturanDariLke.periksa(
                    indikator.getJenis(),
                    ubah.formula(),
                    komponen.stream().map(DefinisiKomponen::peran).toList(),
                    lain);
            if (halangan.isPresent()) {
                throw halangan.get().pelanggaran(indikator.getKode());
            }
        }
        if (indikator.getJenis() == JenisIndikator.IKU) {
            indikator.setBobot(bobot(ubah.bobot()));
        }
        indikator.setJenisFormula(ubah.formula());
        indikator.setAgregasi(ubah.agregasi());
        indikator.setPolaritas(ubah.polaritas());
        indikator.setRumus(rumus);
        indikator.setDariLke(ubah.dariLke());
        perubahanCapaian.tandaiIndikator(indikator.idTersimpan());
        try {
            indikatorRepository.flush();
        } catch (DataIntegrityViolationException keduanya) {
            // two screens marked two IKU at once: the unique key (V15) let one in
            throw AturanDariLke.SUDAH_ADA.pelanggaran(indikator.getKode());
        }
    }

    /**
     * Sets the IKU an IKI supports and with which weight, replacing its links: {@code bobotPerIku} maps IKU id to
     * weight; an IKU left out is no longer linked.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public void simpanCascade(Long ikiId, Map<Long, BigDecimal> bobotPerIku) {
        Indikator iki = milikInstansi("PengaturanIndikatorService.simpanCascade", ikiId);
        if (iki.getJenis() != JenisIndikator.IKI) {
            throw new AturanDilanggar("pengaturan.cascade-bukan-iki", iki.getKode());
        }
        Map<Long, Cascade> ada = new HashMap<>();
        for (Cascade c : cascadeRepository.findByInstansi(iki.getInstansi().idTersimpan())) {
            if (c.getIki().idTersimpan().equals(ikiId)) {
                ada.put(c.getIku().getId(), c);
            }
        }
        for (Map.Entry<Long, BigDecimal> e : bobotPerIku.entrySet()) {
            Indikator iku = milikInstansi("PengaturanIndikatorService.simpanCascade", e.getKey());
            if (iku.getJenis() != JenisIndikator.IKU) {
                throw new AturanDilanggar("pengaturan.cascade-bukan-iku", iku.getKode());
            }
            BigDecimal bobot = bobot(e.getValue());
            Cascade c = ada.remove(iku.getId());
            if (c == null) {
                cascadeRepository.save(new Cascade(iki, iku, bobot));
            } else {
                c.setBobot(bobot);
            }
        }
        cascadeRepository.deleteAll(ada.values());
    }

    private static BigDecimal bobot(@Nullable BigDecimal bobot) {
        if (bobot == null || bobot.signum() <= 0 || bobot.compareTo(BOBOT_MAKSIMUM) > 0) {
            throw new AturanDilanggar("pengaturan.bobot", BOBOT_MAKSIMUM);
        }
        return bobot;
    }

    /** {@code metode}: the service method that asks, for the security log should it be refused. */
    private Indikator milikInstansi(String metode, Long id) {
        Indikator indikator =
                indikatorRepository.findById(id).orElseThrow(() -> penjaga.tidakAda(metode, "indikator", id));
        penjaga.instansiSendiri(metode, indikator.getInstansi().idTersimpan(), "indikator", id);
        return indikator;
    }
}
