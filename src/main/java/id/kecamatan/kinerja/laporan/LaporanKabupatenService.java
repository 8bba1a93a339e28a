package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.laporan.Dokumen.Angka;
import id.kecamatan.kinerja.laporan.Dokumen.Bagian;
import id.kecamatan.kinerja.laporan.Dokumen.Catatan;
import id.kecamatan.kinerja.laporan.Dokumen.Subjudul;
import id.kecamatan.kinerja.laporan.Dokumen.Tabel;
import id.kecamatan.kinerja.pengukuran.CapaianService.TitikTren;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.BarisKecamatan;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.CapaianIku;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.KolomIku;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.Perbandingan;
import id.kecamatan.kinerja.pengukuran.PerbandinganKabupatenService.SelTriwulan;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kabupaten's comparison of its kecamatan as a file (PDF, Excel or Word): the same figures as its screen — the ranking
 * with each IKU, the approved indicators per quarter, and the score up to each quarter of the year.
 */
@Service
public class LaporanKabupatenService {

    private final PerbandinganKabupatenService perbandinganService;
    private final Clock clock;

    LaporanKabupatenService(PerbandinganKabupatenService perbandinganService, Clock clock) {
        this.perbandinganService = perbandinganService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('KABUPATEN')")
    public Berkas perbandingan(Periode sampai, FormatBerkas format) {
        Perbandingan p = perbandinganService.perbandingan(sampai);
        List<Bagian> bagian = new ArrayList<>();
        bagian.add(new Subjudul("Peringkat Kecamatan"));
        bagian.add(peringkat(p));
        bagian.add(new Catatan(keteranganIku(p.iku())));
        bagian.add(new Subjudul("Indikator Disetujui per Triwulan " + sampai.tahun()));
        bagian.add(pengisian(p));
        bagian.add(new Subjudul("Tren Nilai Kecamatan"));
        bagian.add(tren(p));
        bagian.add(new Catatan("Hanya realisasi yang telah disetujui yang dihitung; data yang belum diisi ditulis "
                + "\"–\", tidak pernah 0."
                + (p.dataContoh()
                        ? " Sebagian angka adalah data contoh dari jalankan bawaan, bukan data kantor."
                        : "")));
        String sampaiTeks = "Tahun " + sampai.tahun() + " s.d. Triwulan "
                + sampai.triwulan().name();
        return new Dokumen(
                        "perbandingan-kecamatan-" + sampai.tahun() + "-tw"
                                + sampai.triwulan().nomor(),
                        true,
                        List.of("PERBANDINGAN KINERJA KECAMATAN", p.kabupaten().toUpperCase(Locale.ROOT), sampaiTeks),
                        bagian)
                .tulis(format, LocalDateTime.now(clock));
    }

    private static Tabel peringkat(Perbandingan p) {
        List<String> kolom = new ArrayList<>(
                List.of("Peringkat", "Kecamatan", "Nilai", "Predikat", "IKU terisi", "Indikator terisi"));
        p.iku().forEach(k -> kolom.add(k.kode()));
        float[] lebar = new float[kolom.size()];
        Arrays.fill(lebar, 8);
        lebar[1] = 22;
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (BarisKecamatan k : p.kecamatan()) {
            List<@Nullable Object> sel = new ArrayList<>();
            sel.add(k.peringkat() == null ? null : new Angka(BigDecimal.valueOf(k.peringkat()), 0));
            sel.add(k.nama());
            sel.add(LaporanService.persen(k.skor().nilai()));
            sel.add(k.skor().predikat());
            sel.add(k.skor().ikuTerisi() + "/" + k.skor().jumlahIku());
            sel.add(k.skor().indikatorTerisi() + "/" + k.skor().jumlahIndikator());
            for (KolomIku iku : p.iku()) {
                CapaianIku c = k.iku().get(iku.kode());
                sel.add(c == null ? null : LaporanService.persen(c.capaian()));
            }
            baris.add(sel);
        }
        return new Tabel(kolom, lebar, baris);
    }

    private static String keteranganIku(List<KolomIku> iku) {
        StringBuilder teks = new StringBuilder("Nilai dan capaian IKU dalam persen s.d. triwulan terpilih.");
        iku.forEach(k ->
                teks.append(' ').append(k.kode()).append(": ").append(k.nama()).append('.'));
        return teks.toString();
    }

    private static Tabel pengisian(Perbandingan p) {
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (BarisKecamatan k : p.kecamatan()) {
            List<@Nullable Object> sel = new ArrayList<>();
            sel.add(k.nama());
            for (SelTriwulan s : k.triwulan()) {
                sel.add(
                        s.belumBerjalan()
                                ? "belum berjalan"
                                : s.disetujui() + " dari " + s.jumlah() + (s.lewatTenggat() ? " (lewat tenggat)" : ""));
            }
            baris.add(sel);
        }
        return new Tabel(
                List.of("Kecamatan", "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"),
                new float[] {24, 19, 19, 19, 19},
                baris);
    }

    /** The score up to each quarter of the chosen year. */
    private static Tabel tren(Perbandingan p) {
        int tahun = p.sampai().tahun();
        List<List<@Nullable Object>> baris = new ArrayList<>();
        for (BarisKecamatan k : p.kecamatan()) {
            List<@Nullable Object> sel = new ArrayList<>();
            sel.add(k.nama());
            for (Triwulan tw : Triwulan.values()) {
                Periode periode = new Periode(tahun, tw);
                Object skor = null;
                for (TitikTren t : k.tren()) {
                    if (t.periode().equals(periode)) {
                        skor = LaporanService.persen(t.skor());
                    }
                }
                sel.add(skor);
            }
            baris.add(sel);
        }
        return new Tabel(
                List.of("Kecamatan", "s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"),
                new float[] {24, 19, 19, 19, 19},
                baris);
    }
}
