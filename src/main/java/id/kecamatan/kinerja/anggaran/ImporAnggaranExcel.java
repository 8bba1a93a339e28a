package id.kecamatan.kinerja.anggaran;

import id.kecamatan.kinerja.anggaran.AnggaranService.BarisAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.PilihanIndikator;
import id.kecamatan.kinerja.anggaran.AnggaranService.PilihanSasaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.PilihanTautan;
import id.kecamatan.kinerja.anggaran.AnggaranService.SimpanMataAnggaran;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.excel.BerkasTemplate;
import id.kecamatan.kinerja.base.excel.BukuKerja;
import id.kecamatan.kinerja.base.excel.BukuKerja.Baris;
import id.kecamatan.kinerja.base.excel.BukuKerja.Kolom;
import id.kecamatan.kinerja.base.excel.BukuKerja.Lembar;
import id.kecamatan.kinerja.base.excel.GalatImpor;
import id.kecamatan.kinerja.base.excel.Kemajuan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A year's budget from Excel: a template with the rows already entered, filled in and uploaded by the Sekcam or the
 * Admin. Each row is a program, kegiatan or sub-kegiatan, found by its kode: a new kode adds a row, a known one changes
 * it; rows not in the file stay as they are. The file is checked whole first (every error with sheet, row and column)
 * and saved by {@link AnggaranService} row by row in one transaction, so with any error nothing is saved.
 */
@Service
public class ImporAnggaranExcel {

    static final String TAHUN = "Tahun";
    static final String TINGKAT = "Tingkat";
    static final String KODE = "Kode";
    static final String NAMA = "Nama";
    static final String INDUK = "Kode induk";
    static final String SASARAN = "Kode sasaran";
    static final String INDIKATOR = "Kode indikator";
    static final String PAGU = "Pagu";

    static final Lembar ANGGARAN = new Lembar(
            "Anggaran",
            List.of(
                    new Kolom(TAHUN, "Sama untuk semua baris, mis. 2026", 8, 0),
                    new Kolom(
                            TINGKAT,
                            "PROGRAM, KEGIATAN atau SUB_KEGIATAN",
                            16,
                            0,
                            BukuKerja.namaPilihan(TingkatAnggaran.class)),
                    new Kolom(KODE, "Kode rekening, unik dalam setahun; kode yang sudah ada mengubah barisnya", 22, 40),
                    new Kolom(NAMA, "Wajib", 50, 500),
                    new Kolom(INDUK, "Kegiatan: kode programnya; sub kegiatan: kode kegiatannya", 22, 40),
                    new Kolom(SASARAN, "Khusus program, boleh kosong: kode sasaran yang didukung", 20, 40),
                    new Kolom(INDIKATOR, "Khusus sub kegiatan, boleh kosong: kode indikator yang didukung", 20, 40),
                    new Kolom(PAGU, "Khusus sub kegiatan: rupiah (sel angka atau 1.234.567,89)", 18, 0),
                    new Kolom(realisasi(Triwulan.I), "Khusus sub kegiatan: belanja dalam triwulan itu", 18, 0),
                    new Kolom(realisasi(Triwulan.II), "Khusus sub kegiatan", 18, 0),
                    new Kolom(realisasi(Triwulan.III), "Khusus sub kegiatan", 18, 0),
                    new Kolom(realisasi(Triwulan.IV), "Khusus sub kegiatan", 18, 0)));

    /** The outcome: the errors (nothing saved), or how many rows were added and changed. */
    public record Hasil(List<GalatImpor> galat, int jumlahBaru, int jumlahDiubah) {

        public boolean berhasil() {
            return galat.isEmpty();
        }
    }

    /** One row of the file, read and checked, with the row it came from for errors found while saving. */
    private record Isian(
            Baris baris,
            TingkatAnggaran tingkat,
            String kode,
            String nama,
            @Nullable String induk,
            @Nullable Long sasaranId,
            @Nullable Long indikatorId,
            @Nullable BigDecimal pagu,
            Map<Triwulan, BigDecimal> realisasi) {}

    /** A row's level and kode as the first pass read them, and how many errors the file had before the row. */
    private record Kepala(
            Baris baris,
            @Nullable TingkatAnggaran tingkat,
            @Nullable String kode,
            int galatSebelum) {}

    private final AnggaranService anggaranService;

    ImporAnggaranExcel(AnggaranService anggaranService) {
        this.anggaranService = anggaranService;
    }

    static String realisasi(Triwulan triwulan) {
        return "Realisasi TW " + triwulan.romawi();
    }

    /** The template of a year with the rows already entered, in the budget's order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public BerkasTemplate template(int tahun) {
        List<BarisAnggaran> baris =
                anggaranService.daftar(new Periode(tahun, Triwulan.IV)).baris();
        Map<Long, String> kodePerId = baris.stream().collect(Collectors.toMap(BarisAnggaran::id, BarisAnggaran::kode));
        PilihanTautan tautan = anggaranService.pilihanTautan();
        Map<Long, String> sasaran =
                tautan.sasaran().stream().collect(Collectors.toMap(PilihanSasaran::id, PilihanSasaran::kode));
        Map<Long, String> indikator =
                tautan.indikator().stream().collect(Collectors.toMap(PilihanIndikator::id, PilihanIndikator::kode));
        try (BukuKerja.Penulis penulis = new BukuKerja.Penulis()) {
            Sheet sheet = penulis.lembar(ANGGARAN);
            for (BarisAnggaran b : baris) {
                boolean sub = b.tingkat() == TingkatAnggaran.SUB_KEGIATAN;
                penulis.baris(
                        sheet,
                        tahun,
                        b.tingkat().name(),
                        b.kode(),
                        b.nama(),
                        b.indukId() == null ? null : kodePerId.get(b.indukId()),
                        b.sasaranId() == null ? null : sasaran.get(b.sasaranId()),
                        b.indikatorId() == null ? null : indikator.get(b.indikatorId()),
                        sub ? b.pagu() : null,
                        sub ? b.realisasi().get(0) : null,
                        sub ? b.realisasi().get(1) : null,
                        sub ? b.realisasi().get(2) : null,
                        sub ? b.realisasi().get(3) : null);
            }
            return new BerkasTemplate("anggaran-" + tahun + ".xlsx", penulis.selesai());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SEKCAM', 'ADMIN')")
    public Hasil impor(byte[] isi, Kemajuan kemajuan) {
        BukuKerja.Unggahan unggahan = BukuKerja.bacaUnggahan(isi, ANGGARAN);
        List<GalatImpor> galat = unggahan.galat();
        if (unggahan.baris().isEmpty()) {
            return new Hasil(galat, 0, 0);
        }
        List<Baris> semua = unggahan.baris().get();
        if (semua.isEmpty()) {
            return new Hasil(List.of(GalatImpor.di(ANGGARAN.nama(), null, null, "impor.anggaran.kosong")), 0, 0);
        }
        Integer tahun = tahun(semua);
        if (tahun == null) {
            return new Hasil(BukuKerja.urutkan(galat, List.of(ANGGARAN)), 0, 0);
        }
        Map<String, BarisAnggaran> ada = anggaranService.daftar(new Periode(tahun, Triwulan.IV)).baris().stream()
                .collect(Collectors.toMap(BarisAnggaran::kode, Function.identity()));
        List<Isian> isian = periksa(semua, ada);
        if (!galat.isEmpty()) {
            return new Hasil(BukuKerja.urutkan(galat, List.of(ANGGARAN)), 0, 0);
        }

        // parents before their rows, so each row finds its parent's id
        isian.sort(Comparator.comparing(Isian::tingkat));
        Map<String, Long> idPerKode = new HashMap<>();
        ada.forEach((kode, b) -> idPerKode.put(kode, b.id()));
        int baru = 0;
        int selesai = 0;
        for (Isian i : isian) {
            kemajuan.lapor(selesai++, isian.size());
            BarisAnggaran lama = ada.get(i.kode());
            try {
                Long id = anggaranService.simpan(new SimpanMataAnggaran(
                        lama == null ? null : lama.id(),
                        lama == null ? null : lama.versi(),
                        tahun,
                        i.tingkat(),
                        i.induk() == null ? null : idPerKode.get(i.induk()),
                        i.kode(),
                        i.nama(),
                        i.sasaranId(),
                        i.indikatorId(),
                        i.pagu(),
                        i.realisasi()));
                if (lama == null) {
                    baru++;
                    idPerKode.put(i.kode(), id);
                }
            } catch (AturanDilanggar ditolak) {
                i.baris().galat(kolom(ditolak.getKunciPesan()), ditolak.getKunciPesan(), ditolak.getArgumen());
            }
        }
        kemajuan.lapor(isian.size(), isian.size());
        if (!galat.isEmpty()) {
            // rows saved before a refusal go too: the file is saved whole or not at all
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Hasil(BukuKerja.urutkan(galat, List.of(ANGGARAN)), 0, 0);
        }
        return new Hasil(List.of(), baru, isian.size() - baru);
    }

    /** The one year of the file; a row of another year is an error at its cell. */
    private static @Nullable Integer tahun(List<Baris> semua) {
        Integer tahun = null;
        for (Baris b : semua) {
            Integer t = b.bilanganWajib(TAHUN);
            if (t == null) {
                continue;
            }
            if (t < 2000 || t > 2100) {
                b.galat(TAHUN, "anggaran.tahun-tidak-sah");
            } else if (tahun == null) {
                tahun = t;
            } else if (!tahun.equals(t)) {
                b.galat(TAHUN, "impor.anggaran.tahun-berbeda", String.valueOf(tahun));
            }
        }
        return tahun;
    }

    /** Reads every row and checks what the file alone can tell: kode, levels, parents, links, amounts. */
    private List<Isian> periksa(List<Baris> semua, Map<String, BarisAnggaran> ada) {
        PilihanTautan tautan = anggaranService.pilihanTautan();
        Map<String, Long> sasaran =
                tautan.sasaran().stream().collect(Collectors.toMap(PilihanSasaran::kode, PilihanSasaran::id));
        Map<String, Long> indikator =
                tautan.indikator().stream().collect(Collectors.toMap(PilihanIndikator::kode, PilihanIndikator::id));
        Map<String, TingkatAnggaran> tingkatPerKode = new HashMap<>();
        ada.forEach((kode, b) -> tingkatPerKode.put(kode, b.tingkat()));
        Map<Long, String> kodePerId = new HashMap<>();
        ada.values().forEach(b -> kodePerId.put(b.id(), b.kode()));
        Map<String, Integer> barisPerKode = new LinkedHashMap<>();
        // first the level and kode of every row, read once: a row may name a parent that stands below it
        List<Kepala> kepala = new ArrayList<>();
        for (Baris b : semua) {
            int galatSebelum = b.jumlahGalat();
            TingkatAnggaran tingkat = b.pilihan(TINGKAT, TingkatAnggaran.class);
            String kode = b.teksWajib(KODE);
            kepala.add(new Kepala(b, tingkat, kode, galatSebelum));
            if (kode != null && tingkat != null) {
                Integer lain = barisPerKode.putIfAbsent(kode, b.nomor());
                BarisAnggaran lama = ada.get(kode);
                if (lain != null) {
                    b.galat(KODE, "impor.anggaran.kode-ganda", kode, lain);
                } else if (lama != null && lama.tingkat() != tingkat) {
                    b.galat(
                            TINGKAT,
                            "impor.anggaran.tingkat-berubah",
                            kode,
                            lama.tingkat().name());
                } else {
                    tingkatPerKode.put(kode, tingkat);
                }
            }
        }
        List<Isian> isian = new ArrayList<>();
        for (Kepala k : kepala) {
            Baris b = k.baris();
            TingkatAnggaran tingkat = k.tingkat();
            String kode = k.kode();
            String nama = b.teksWajib(NAMA);
            String induk = b.teks(INDUK);
            String kodeSasaran = b.teks(SASARAN);
            String kodeIndikator = b.teks(INDIKATOR);
            BigDecimal pagu = b.angka(PAGU);
            Map<Triwulan, BigDecimal> realisasi = new EnumMap<>(Triwulan.class);
            for (Triwulan tw : Triwulan.semua()) {
                BigDecimal jumlah = b.angka(realisasi(tw));
                if (jumlah != null) {
                    realisasi.put(tw, jumlah);
                }
            }
            if (tingkat == null || kode == null || nama == null) {
                continue;
            }
            if (tingkat.induk() == null && induk != null) {
                b.galat(INDUK, "impor.anggaran.program-tanpa-induk");
            } else if (tingkat.induk() != null && induk == null) {
                b.galat(INDUK, "anggaran.induk-wajib");
            } else if (induk != null && tingkatPerKode.get(induk) == null) {
                b.galat(INDUK, "impor.anggaran.induk-tidak-ada", induk);
            } else if (induk != null && tingkatPerKode.get(induk) != tingkat.induk()) {
                b.galat(INDUK, "anggaran.induk-tidak-sah");
            } else if (induk != null
                    && ada.containsKey(kode)
                    && !induk.equals(kodeIndukLama(ada.get(kode), kodePerId))) {
                b.galat(INDUK, "impor.anggaran.induk-berubah", kode);
            }
            if (kodeSasaran != null && tingkat != TingkatAnggaran.PROGRAM) {
                b.galat(SASARAN, "impor.anggaran.hanya-program");
            } else if (kodeSasaran != null && !sasaran.containsKey(kodeSasaran)) {
                b.galat(SASARAN, "impor.anggaran.sasaran-tidak-ada", kodeSasaran);
            }
            boolean sub = tingkat == TingkatAnggaran.SUB_KEGIATAN;
            if (kodeIndikator != null && !sub) {
                b.galat(INDIKATOR, "impor.anggaran.hanya-sub-kegiatan");
            } else if (kodeIndikator != null && !indikator.containsKey(kodeIndikator)) {
                b.galat(INDIKATOR, "impor.anggaran.indikator-tidak-ada", kodeIndikator);
            }
            if (!sub && (pagu != null || !realisasi.isEmpty())) {
                b.galat(
                        pagu != null
                                ? PAGU
                                : realisasi(realisasi.keySet().iterator().next()),
                        "impor.anggaran.hanya-sub-kegiatan");
            }
            if (b.jumlahGalat() == k.galatSebelum()) {
                isian.add(new Isian(
                        b,
                        tingkat,
                        kode,
                        nama,
                        induk,
                        kodeSasaran == null ? null : sasaran.get(kodeSasaran),
                        kodeIndikator == null ? null : indikator.get(kodeIndikator),
                        pagu,
                        realisasi));
            }
        }
        return isian;
    }

    private static @Nullable String kodeIndukLama(@Nullable BarisAnggaran baris, Map<Long, String> kodePerId) {
        Long induk = baris == null ? null : baris.indukId();
        return induk == null ? null : kodePerId.get(induk);
    }

    /** The column a rule of {@link AnggaranService} speaks of, by its message key. */
    private static @Nullable String kolom(String kunci) {
        if (kunci.startsWith("anggaran.pagu")) {
            return PAGU;
        }
        if (kunci.startsWith("anggaran.realisasi")) {
            return null;
        }
        if (kunci.startsWith("anggaran.nama")) {
            return NAMA;
        }
        return KODE;
    }
}
