package id.kecamatan.kinerja.realisasi;

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
import id.kecamatan.kinerja.realisasi.RealisasiService.BarisKinerja;
import id.kecamatan.kinerja.realisasi.RealisasiService.KomponenIsian;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.RealisasiService.SimpanDraf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Realisasi of many indicators at once: a template of the signed-in user's own indicators × komponen for a
 * quarter, filled in and uploaded, saved as drafts by RealisasiService (the editor's rules: owner only, quarter
 * started, row still editable, values not negative). Checked whole first; one transaction, so with any error
 * nothing is saved. An empty Nilai cell, or the value already saved, leaves that komponen as it is.
 */
@Service
public class ImporRealisasiExcel {

    static final Lembar REALISASI = new Lembar(
            "Realisasi",
            List.of(
                    new Kolom("Tahun", "Jangan diubah", 8, 0),
                    new Kolom("Triwulan", "Jangan diubah", 9, 0),
                    new Kolom("Kode indikator", "Jangan diubah", 20, 40),
                    new Kolom("Indikator", "Untuk dibaca", 50, 0),
                    new Kolom("Kode komponen", "Jangan diubah", 30, 40),
                    new Kolom("Komponen", "Untuk dibaca", 40, 0),
                    new Kolom("Satuan", "Untuk dibaca", 10, 0),
                    new Kolom("Nilai", "Isi angka (sel angka atau 1.234,5); kosong = tidak diubah", 14, 0),
                    new Kolom(
                            "Status",
                            "Status saat template diunduh; hanya DRAF, DIKEMBALIKAN atau kosong yang dapat diisi",
                            16,
                            0)));

    /** The outcome: the errors (nothing saved), or how many quarters and values were changed and saved as drafts. */
    public record Hasil(List<GalatImpor> galat, int jumlahDraf, int jumlahNilai) {

        public boolean berhasil() {
            return galat.isEmpty();
        }
    }

    /** The values of one indicator for one quarter, from the rows that carry them. */
    private static final class Isian {

        final BarisKinerja indikator;
        final Periode periode;
        final Baris barisPertama;
        final Map<String, BigDecimal> nilai = new LinkedHashMap<>();

        Isian(BarisKinerja indikator, Periode periode, Baris barisPertama) {
            this.indikator = indikator;
            this.periode = periode;
            this.barisPertama = barisPertama;
        }
    }

    /**
     * The office's roles, as the Impor Excel page: the evaluator and the kabupaten hold no indicators and write no
     * realisasi.
     */
    private static final String IMPOR = "hasAnyRole('SEKCAM', 'CAMAT', 'ADMIN', 'KEPALA_UNIT', 'STAF')";

    private final RealisasiService realisasiService;

    ImporRealisasiExcel(RealisasiService realisasiService) {
        this.realisasiService = realisasiService;
    }

    /** The template of the signed-in user's indicators for one quarter, with the values saved so far. */
    @Transactional(readOnly = true)
    @PreAuthorize(IMPOR)
    public BerkasTemplate template(int tahun, Triwulan triwulan) {
        try (BukuKerja.Penulis penulis = new BukuKerja.Penulis()) {
            Sheet sheet = penulis.lembar(REALISASI);
            for (BarisKinerja b : realisasiService.kinerjaSaya(tahun)) {
                SelTriwulan sel = b.sel(triwulan);
                for (KomponenIsian k : b.komponen()) {
                    penulis.baris(
                            sheet,
                            tahun,
                            triwulan.nomor(),
                            b.kode(),
                            b.nama(),
                            k.kode(),
                            k.nama(),
                            k.satuan(),
                            sel == null ? null : sel.nilai().get(k.kode()),
                            sel == null ? null : sel.status().name());
                }
            }
            return new BerkasTemplate("realisasi-" + tahun + "-tw" + triwulan.nomor() + ".xlsx", penulis.selesai());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    @PreAuthorize(IMPOR)
    public Hasil impor(byte[] isi, Kemajuan kemajuan) {
        BukuKerja.Unggahan unggahan = BukuKerja.bacaUnggahan(isi, REALISASI);
        List<GalatImpor> galat = unggahan.galat();
        if (unggahan.baris().isEmpty()) {
            return new Hasil(galat, 0, 0);
        }
        Map<String, Isian> isian = periksa(unggahan.baris().get());
        // a file with any refused row is never handed to the service
        if (!galat.isEmpty()) {
            return new Hasil(List.copyOf(galat), 0, 0);
        }
        int selesai = 0;
        int jumlahNilai = 0;
        for (Isian i : isian.values()) {
            kemajuan.lapor(selesai++, isian.size());
            SelTriwulan sel = i.indikator.sel(i.periode.triwulan());
            try {
                realisasiService.simpanDraf(new SimpanDraf(
                        i.indikator.indikatorId(),
                        i.periode,
                        i.nilai,
                        sel == null ? null : sel.kendala(),
                        sel == null ? null : sel.keterangan(),
                        sel == null ? null : sel.versi()));
                jumlahNilai += i.nilai.size();
            } catch (AturanDilanggar ditolak) {
                String kolom =
                        ditolak.getKunciPesan().equals("realisasi.triwulan-belum-berjalan") ? "Triwulan" : "Nilai";
                i.barisPertama.galat(kolom, ditolak.getKunciPesan(), ditolak.getArgumen());
            } catch (ObjectOptimisticLockingFailureException konflik) {
                i.barisPertama.galat("Kode indikator", "impor.realisasi-berubah", i.indikator.kode());
            }
        }
        kemajuan.lapor(isian.size(), isian.size());
        if (!galat.isEmpty()) {
            // the drafts saved before a refusal go too: the file is saved whole or not at all
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Hasil(BukuKerja.urutkan(galat, List.of(REALISASI)), 0, 0);
        }
        return new Hasil(List.of(), isian.size(), jumlahNilai);
    }

    /** Reads and checks every row; the values grouped per indicator and quarter, in the file's order. */
    private Map<String, Isian> periksa(List<Baris> baris) {
        Map<Integer, Map<String, BarisKinerja>> milikSaya = new HashMap<>();
        Map<String, Isian> isian = new LinkedHashMap<>();
        Map<String, Integer> barisNilai = new HashMap<>();
        for (Baris b : baris) {
            Integer tahun = b.bilanganWajib("Tahun");
            Triwulan triwulan = triwulan(b);
            String kodeIndikator = b.teksWajib("Kode indikator");
            String kodeKomponen = b.teksWajib("Kode komponen");
            BigDecimal nilai = b.angka("Nilai");
            if (tahun == null || triwulan == null || kodeIndikator == null || kodeKomponen == null) {
                continue;
            }
            BarisKinerja indikator = milikSaya
                    .computeIfAbsent(tahun, t -> {
                        Map<String, BarisKinerja> perKode = new HashMap<>();
                        realisasiService.kinerjaSaya(t).forEach(k -> perKode.put(k.kode(), k));
                        return perKode;
                    })
                    .get(kodeIndikator);
            if (indikator == null) {
                b.galat("Kode indikator", "impor.bukan-indikator-anda", kodeIndikator);
                continue;
            }
            if (indikator.komponen().stream().noneMatch(k -> k.kode().equals(kodeKomponen))) {
                b.galat("Kode komponen", "impor.komponen-tidak-ada", kodeKomponen, kodeIndikator);
                continue;
            }
            if (nilai == null) {
                continue;
            }
            Periode periode = new Periode(tahun, triwulan);
            SelTriwulan sel = indikator.sel(triwulan);
            BigDecimal tersimpan = sel == null ? null : sel.nilai().get(kodeKomponen);
            if (tersimpan != null && tersimpan.compareTo(nilai) == 0) {
                // the template carries saved values: an unchanged one is no change, even on a locked row
                continue;
            }
            if (sel != null && !sel.status().dapatDiubah()) {
                b.galat("Nilai", "realisasi.terkunci", sel.status());
                continue;
            }
            String kunci = kodeIndikator + "/" + tahun + "/" + triwulan.nomor();
            Integer barisLain = barisNilai.putIfAbsent(kunci + "/" + kodeKomponen, b.nomor());
            if (barisLain != null) {
                b.galat("Kode komponen", "impor.nilai-ganda", kodeKomponen, barisLain);
                continue;
            }
            isian.computeIfAbsent(kunci, k -> new Isian(indikator, periode, b))
                    .nilai
                    .put(kodeKomponen, nilai);
        }
        return isian;
    }

    /** The Triwulan cell; a number outside 1–4 is refused with the same message as in the plan's import. */
    private static @Nullable Triwulan triwulan(Baris b) {
        Integer nomor = b.bilanganWajib("Triwulan");
        if (nomor == null) {
            return null;
        }
        try {
            return Triwulan.dari(nomor);
        } catch (AturanDilanggar tidakSah) {
            b.galat("Triwulan", "impor.triwulan-tidak-sah");
            return null;
        }
    }
}
