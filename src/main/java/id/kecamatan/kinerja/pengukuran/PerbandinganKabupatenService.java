package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.organisasi.AksesKabupaten;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuIku;
import id.kecamatan.kinerja.pengukuran.CapaianService.KartuSkor;
import id.kecamatan.kinerja.pengukuran.CapaianService.TitikTren;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import id.kecamatan.kinerja.realisasi.Tenggat;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kabupaten's comparison of its kecamatan ({@link AksesKabupaten} decides which): each kecamatan's official
 * figures up to a quarter, as its own dashboard computes them ({@link CapaianResmi}: approved realisasi only), ranked
 * by the kecamatan score. The heat map counts approved indicators per quarter, so the kabupaten learns how far each
 * office's figures are approved, never what is in its drafts.
 */
@Service
public class PerbandinganKabupatenService {

    private final AksesKabupaten akses;
    private final CapaianResmi capaianResmi;
    private final SumberRollup sumber;
    private final Tenggat tenggat;
    private final Clock clock;

    PerbandinganKabupatenService(
            AksesKabupaten akses, CapaianResmi capaianResmi, SumberRollup sumber, Tenggat tenggat, Clock clock) {
        this.akses = akses;
        this.capaianResmi = capaianResmi;
        this.sumber = sumber;
        this.tenggat = tenggat;
        this.clock = clock;
    }

    /** An IKU column of the comparison: the kecamatan of a kabupaten share their IKU by kode (one template). */
    public record KolomIku(String kode, String nama) {}

    /** One kecamatan's IKU: its capaian up to the quarter and its predikat. */
    public record CapaianIku(Hasil capaian, @Nullable String predikat) {}

    /**
     * One kecamatan × quarter of the heat map: of {@code jumlah} indicators, {@code disetujui} have an approved
     * realisasi. {@code lewatTenggat}: the quarter's deadline has passed with some not approved.
     */
    public record SelTriwulan(int disetujui, int jumlah, boolean belumBerjalan, boolean lewatTenggat) {}

    /**
     * A kecamatan of the comparison. {@code peringkat}: its place by score (equal scores share one, 1, 2, 2, 4); none
     * without a score. {@code iku} by IKU kode; {@code triwulan} the four quarters of the year.
     */
    public record BarisKecamatan(
            String kode,
            String nama,
            @Nullable Integer peringkat,
            KartuSkor skor,
            Map<String, CapaianIku> iku,
            List<SelTriwulan> triwulan,
            List<TitikTren> tren,
            boolean dataContoh) {

        BarisKecamatan denganPeringkat(@Nullable Integer tempat) {
            return new BarisKecamatan(kode, nama, tempat, skor, iku, triwulan, tren, dataContoh);
        }
    }

    /** The comparison of a kabupaten's kecamatan up to a quarter, best first. */
    public record Perbandingan(
            String kabupaten, Periode sampai, List<KolomIku> iku, List<BarisKecamatan> kecamatan, boolean dataContoh) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('KABUPATEN')")
    public Perbandingan perbandingan(Periode sampai) {
        String metode = "PerbandinganKabupatenService.perbandingan";
        String kabupaten = akses.kabupaten(metode).getNama();
        Map<String, KolomIku> kolom = new LinkedHashMap<>();
        List<BarisKecamatan> baris = new ArrayList<>();
        for (Instansi kecamatan : akses.semuaKecamatan(metode)) {
            long id = kecamatan.idTersimpan();
            CapaianResmi.Ringkasan ringkasan = capaianResmi.ringkasan(id, sampai);
            Map<String, CapaianIku> iku = new LinkedHashMap<>();
            for (KartuIku k : ringkasan.iku()) {
                kolom.putIfAbsent(
                        k.iku().kode(), new KolomIku(k.iku().kode(), k.iku().nama()));
                iku.put(k.iku().kode(), new CapaianIku(k.capaian(), k.predikat()));
            }
            baris.add(new BarisKecamatan(
                    kecamatan.getKode(),
                    kecamatan.getNama(),
                    null,
                    ringkasan.kecamatan(),
                    iku,
                    triwulan(id, ringkasan.indikator().size(), sampai.tahun()),
                    ringkasan.tren(),
                    ringkasan.dataContoh()));
        }
        List<BarisKecamatan> urut = peringkat(baris);
        return new Perbandingan(
                kabupaten,
                sampai,
                List.copyOf(kolom.values()),
                urut,
                urut.stream().anyMatch(BarisKecamatan::dataContoh));
    }

    /** The name of a kecamatan of the signed-in kabupaten, for the title of its read-only dashboard. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('KABUPATEN')")
    public String namaKecamatan(String kode) {
        return akses.kecamatan("PerbandinganKabupatenService.namaKecamatan", kode)
                .getNama();
    }

    /** Approved indicators per quarter of the year, against every indicator of the kecamatan. */
    private List<SelTriwulan> triwulan(long instansiId, int jumlah, int tahun) {
        Map<Long, Map<Triwulan, StatusRealisasi>> status = sumber.status(instansiId, tahun);
        LocalDate hariIni = tenggat.hariIni(clock);
        List<SelTriwulan> sel = new ArrayList<>();
        for (Triwulan tw : Triwulan.values()) {
            Periode periode = new Periode(tahun, tw);
            int disetujui = (int) status.values().stream()
                    .filter(s -> s.get(tw) == StatusRealisasi.DISETUJUI)
                    .count();
            sel.add(new SelTriwulan(
                    disetujui,
                    jumlah,
                    !tenggat.sudahBerjalan(periode, clock),
                    hariIni.isAfter(tenggat.untuk(periode)) && disetujui < jumlah));
        }
        return sel;
    }

    /** Best score first; equal scores share a place; kecamatan without a score last, by name, without a place. */
    static List<BarisKecamatan> peringkat(List<BarisKecamatan> baris) {
        List<BarisKecamatan> urut = new ArrayList<>(baris);
        urut.sort(Comparator.comparing(
                        (BarisKecamatan b) -> nilai(b.skor().nilai()),
                        Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(BarisKecamatan::nama));
        List<BarisKecamatan> hasil = new ArrayList<>();
        BigDecimal sebelumnya = null;
        int tempat = 0;
        for (int i = 0; i < urut.size(); i++) {
            BarisKecamatan b = urut.get(i);
            BigDecimal n = nilai(b.skor().nilai());
            if (n != null && (sebelumnya == null || n.compareTo(sebelumnya) != 0)) {
                tempat = i + 1;
                sebelumnya = n;
            }
            hasil.add(b.denganPeringkat(n == null ? null : tempat));
        }
        return hasil;
    }

    private static @Nullable BigDecimal nilai(Hasil hasil) {
        return hasil instanceof Hasil.Nilai n ? n.nilai() : null;
    }
}
