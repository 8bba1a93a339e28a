package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.PenggunaSaatIni;
import id.kecamatan.kinerja.base.PenjagaAkses;
import id.kecamatan.kinerja.base.PerubahanCapaian;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per indicator for a year or one triwulan of it ({@link PeriodeTarget}), set by the Sekcam and the Admin.
 * Before the year starts a target is simply changed; once it has started a change is a new revision with a reason,
 * and the original stays visible.
 */
@Service
public class TargetService {

    static final int DESIMAL_MAKS = 4;
    static final BigDecimal NILAI_MAKS = new BigDecimal("999999999999999.9999");
    static final int PANJANG_ALASAN_MAKS = 500;

    private final IndikatorRepository indikatorRepository;
    private final TargetRepository targetRepository;
    private final PenggunaSaatIni penggunaSaatIni;
    private final PenjagaAkses penjaga;
    private final Clock clock;

    private final PerubahanCapaian perubahanCapaian;

    TargetService(
            IndikatorRepository indikatorRepository,
            TargetRepository targetRepository,
            PenggunaSaatIni penggunaSaatIni,
            PenjagaAkses penjaga,
            Clock clock,
            PerubahanCapaian perubahanCapaian) {
        this.indikatorRepository = indikatorRepository;
        this.targetRepository = targetRepository;
        this.penggunaSaatIni = penggunaSaatIni;
        this.penjaga = penjaga;
        this.clock = clock;
        this.perubahanCapaian = perubahanCapaian;
    }

    /** The latest target of one period as shown and edited, with the original where it was revised. */
    public record NilaiTarget(
            Long id,
            long versi,
            @Nullable BigDecimal nilai,
            @Nullable String nilaiTeks,
            int revisi,
            @Nullable BigDecimal nilaiAwal,
            @Nullable String alasanRevisi) {}

    public record BarisTarget(
            Long indikatorId,
            String kode,
            String nama,
            String satuan,
            String pemilik,
            Map<PeriodeTarget, NilaiTarget> target) {}

    /** What the editor sends for one indicator: the values per period and the version of each row it loaded. */
    public record SimpanTarget(
            Long indikatorId,
            int tahun,
            Map<PeriodeTarget, @Nullable BigDecimal> nilai,
            Map<PeriodeTarget, NilaiTarget> dimuat,
            @Nullable String alasan) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public List<BarisTarget> tabelTarget(int tahun) {
        Long instansiId = penggunaSaatIni.wajib().instansiId();
        List<Indikator> indikator =
                new ArrayList<>(indikatorRepository.findByInstansiAndJenis(instansiId, JenisIndikator.IKU));
        indikator.addAll(indikatorRepository.findByInstansiAndJenis(instansiId, JenisIndikator.IKI));
        Map<Long, Map<PeriodeTarget, List<Target>>> perIndikator = RevisiTarget.kelompokkan(
                targetRepository.findByIndikatorDanTahun(
                        indikator.stream().map(Indikator::getId).toList(), tahun),
                Target::getPeriode);
        return indikator.stream()
                .map(i -> {
                    Map<PeriodeTarget, NilaiTarget> target = new EnumMap<>(PeriodeTarget.class);
                    perIndikator
                            .getOrDefault(i.getId(), Map.of())
                            .forEach((periode, daftar) -> target.put(periode, nilai(daftar)));
                    return new BarisTarget(
                            i.idTersimpan(),
                            i.getKode(),
                            i.getNama(),
                            i.getSatuan(),
                            i.getPemilik().getNama(),
                            target);
                })
                .toList();
    }

    /** Saves one indicator's targets for a year in one transaction; a period changed by someone else meanwhile is a conflict. */
    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public void simpan(SimpanTarget perintah) {
        Indikator indikator = indikatorRepository
                .findById(perintah.indikatorId())
                .orElseThrow(() -> penjaga.tidakAda("TargetService.simpan", "indikator", perintah.indikatorId()));
        penjaga.instansiSendiri(
                "TargetService.simpan", indikator.getInstansi().idTersimpan(), "indikator", indikator.idTersimpan());
        boolean tahunBerjalan = !LocalDate.of(perintah.tahun(), 1, 1).isAfter(LocalDate.now(clock));
        Map<PeriodeTarget, List<Target>> ada = RevisiTarget.kelompokkan(
                        targetRepository.findByIndikatorDanTahun(List.of(indikator.getId()), perintah.tahun()),
                        Target::getPeriode)
                .getOrDefault(indikator.getId(), Map.of());
        String alasan = perintah.alasan() == null || perintah.alasan().isBlank()
                ? null
                : perintah.alasan().strip();
        if (alasan != null && alasan.length() > PANJANG_ALASAN_MAKS) {
            throw new AturanDilanggar("target.alasan-terlalu-panjang", PANJANG_ALASAN_MAKS);
        }
        for (PeriodeTarget periode : PeriodeTarget.values()) {
            BigDecimal baru = perintah.nilai().get(periode);
            List<Target> daftar = ada.getOrDefault(periode, List.of());
            Target terakhir = daftar.isEmpty() ? null : daftar.getLast();
            periksaVersi(indikator, terakhir, perintah.dimuat().get(periode));
            if (Objects.equals(
                    baru == null ? null : baru.stripTrailingZeros(),
                    terakhir == null || terakhir.getNilai() == null
                            ? null
                            : terakhir.getNilai().stripTrailingZeros())) {
                continue;
            }
            if (baru == null) {
                throw new AturanDilanggar("target.tidak-boleh-dikosongkan");
            }
            periksaNilai(baru);
            String oleh = penggunaSaatIni.wajib().username();
            if (terakhir == null) {
                targetRepository.save(new Target(
                        indikator, perintah.tahun(), periode, disimpan(baru), null, 0, clock.instant(), oleh));
            } else if (!tahunBerjalan) {
                terakhir.ubahNilai(disimpan(baru));
            } else {
                if (alasan == null) {
                    throw new AturanDilanggar("target.alasan-wajib", perintah.tahun());
                }
                Target revisi = new Target(
                        indikator,
                        perintah.tahun(),
                        periode,
                        disimpan(baru),
                        null,
                        terakhir.getRevisi() + 1,
                        clock.instant(),
                        oleh);
                revisi.setAlasanRevisi(alasan);
                targetRepository.save(revisi);
            }
        }
        perubahanCapaian.tandai(indikator.idTersimpan(), perintah.tahun());
    }

    private static void periksaVersi(Indikator indikator, @Nullable Target terakhir, @Nullable NilaiTarget dimuat) {
        boolean sama = terakhir == null
                ? dimuat == null
                : dimuat != null
                        && terakhir.idTersimpan().equals(dimuat.id())
                        && terakhir.getVersion() == dimuat.versi();
        if (!sama) {
            throw new ObjectOptimisticLockingFailureException(Target.class, indikator.idTersimpan());
        }
    }

    private static void periksaNilai(BigDecimal nilai) {
        if (nilai.signum() < 0) {
            throw new AturanDilanggar("angka.negatif");
        }
        if (nilai.compareTo(NILAI_MAKS) > 0) {
            throw new AturanDilanggar("target.terlalu-besar");
        }
        if (nilai.stripTrailingZeros().scale() > DESIMAL_MAKS) {
            throw new AturanDilanggar("target.desimal-terlalu-banyak", DESIMAL_MAKS);
        }
    }

    private static BigDecimal disimpan(BigDecimal nilai) {
        return nilai.setScale(DESIMAL_MAKS, RoundingMode.UNNECESSARY);
    }

    private static NilaiTarget nilai(List<Target> revisi) {
        Target awal = revisi.getFirst();
        Target akhir = revisi.getLast();
        return new NilaiTarget(
                akhir.idTersimpan(),
                akhir.getVersion(),
                akhir.getNilai(),
                akhir.getNilaiTeks(),
                akhir.getRevisi(),
                akhir.getRevisi() == 0 ? null : awal.getNilai(),
                akhir.getAlasanRevisi());
    }
}
