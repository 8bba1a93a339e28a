package id.kecamatan.kinerja.anggaran;

import id.kecamatan.kinerja.anggaran.AnggaranService.BarisAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.DaftarAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.SerapanSasaran;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.capaian.Serapan;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.renstra.Sasaran;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one place a year's budget rows are put together: the tree in reading order (each program, its kegiatan, their
 * sub-kegiatan, by kode), the sums of each row, and the serapan of each row, of each sasaran (the programs linked to
 * it) and of the whole budget, counting the triwulan up to the one asked for.
 */
final class PohonAnggaran {

    private PohonAnggaran() {}

    static DaftarAnggaran susun(List<MataAnggaran> semua, Periode sampai) {
        Map<Long, List<MataAnggaran>> anak = new LinkedHashMap<>();
        List<MataAnggaran> program = new ArrayList<>();
        semua.stream().sorted(Comparator.comparing(MataAnggaran::getKode)).forEach(m -> {
            MataAnggaran induk = m.getInduk();
            if (induk == null) {
                program.add(m);
            } else {
                anak.computeIfAbsent(induk.idTersimpan(), id -> new ArrayList<>())
                        .add(m);
            }
        });
        List<BarisAnggaran> baris = new ArrayList<>();
        Map<Long, Jumlah> perProgram = new LinkedHashMap<>();
        for (MataAnggaran p : program) {
            perProgram.put(p.idTersimpan(), tambahBaris(p, anak, sampai.triwulan(), baris));
        }

        Map<Long, List<MataAnggaran>> programPerSasaran = new LinkedHashMap<>();
        Map<Long, Sasaran> sasaranPerId = new LinkedHashMap<>();
        program.stream()
                .map(MataAnggaran::getSasaran)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Sasaran::getUrutan))
                .forEach(s -> sasaranPerId.putIfAbsent(s.idTersimpan(), s));
        for (MataAnggaran p : program) {
            Sasaran s = p.getSasaran();
            if (s != null) {
                programPerSasaran
                        .computeIfAbsent(s.idTersimpan(), id -> new ArrayList<>())
                        .add(p);
            }
        }
        List<SerapanSasaran> sasaran = new ArrayList<>();
        sasaranPerId.forEach((sasaranId, s) -> {
            List<MataAnggaran> daftar = programPerSasaran.getOrDefault(sasaranId, List.of());
            Jumlah j = Jumlah.NOL;
            for (MataAnggaran p : daftar) {
                j = j.tambah(perProgram.getOrDefault(p.idTersimpan(), Jumlah.NOL));
            }
            sasaran.add(new SerapanSasaran(
                    sasaranId, s.getKode(), s.getTeks(), daftar.size(), j.pagu(), j.sampai(), j.serapan()));
        });
        Jumlah total = perProgram.values().stream().reduce(Jumlah.NOL, Jumlah::tambah);
        return new DaftarAnggaran(sampai, baris, sasaran, total.pagu(), total.sampai(), total.serapan());
    }

    /**
     * Adds a row and, depth first, its sub-rows to {@code baris} and returns its sums: a sub-kegiatan's own amounts, a
     * program's or kegiatan's those of its sub-rows.
     */
    private static Jumlah tambahBaris(
            MataAnggaran m, Map<Long, List<MataAnggaran>> anak, Triwulan sampai, List<BarisAnggaran> baris) {
        int posisi = baris.size();
        baris.add(null);
        Jumlah jumlah;
        if (m.getTingkat() == TingkatAnggaran.SUB_KEGIATAN) {
            jumlah = Jumlah.dari(m, sampai);
        } else {
            jumlah = Jumlah.NOL;
            for (MataAnggaran a : anak.getOrDefault(m.idTersimpan(), List.of())) {
                jumlah = jumlah.tambah(tambahBaris(a, anak, sampai, baris));
            }
        }
        MataAnggaran induk = m.getInduk();
        Sasaran sasaran = m.getSasaran();
        Indikator indikator = m.getIndikator();
        baris.set(
                posisi,
                new BarisAnggaran(
                        m.idTersimpan(),
                        m.getTingkat(),
                        m.getKode(),
                        m.getNama(),
                        induk == null ? null : induk.idTersimpan(),
                        sasaran == null ? null : sasaran.idTersimpan(),
                        sasaran == null ? null : sasaran.getKode() + " " + sasaran.getTeks(),
                        indikator == null ? null : indikator.idTersimpan(),
                        indikator == null ? null : indikator.getKode() + " " + indikator.getNama(),
                        jumlah.pagu(),
                        jumlah.triwulan(),
                        jumlah.sampai(),
                        jumlah.serapan(),
                        jumlah.melebihiPagu(),
                        m.getVersion()));
        return jumlah;
    }

    /**
     * Sums of rows: pagu (null while no sub-row has one), the amount of each triwulan (null while none was entered),
     * and the amount up to the triwulan asked for.
     */
    private record Jumlah(
            @Nullable BigDecimal pagu,
            List<@Nullable BigDecimal> triwulan,
            @Nullable BigDecimal sampai) {

        static final Jumlah NOL = new Jumlah(null, kosong(), null);

        static Jumlah dari(MataAnggaran m, Triwulan batas) {
            List<@Nullable BigDecimal> tw = new ArrayList<>(4);
            BigDecimal sampai = null;
            for (Triwulan t : Triwulan.semua()) {
                BigDecimal nilai = m.getRealisasi(t);
                tw.add(nilai);
                if (t.compareTo(batas) <= 0) {
                    sampai = plus(sampai, nilai);
                }
            }
            return new Jumlah(m.getPagu(), tw, sampai);
        }

        Jumlah tambah(Jumlah lain) {
            List<@Nullable BigDecimal> tw = new ArrayList<>(4);
            for (int i = 0; i < 4; i++) {
                tw.add(plus(triwulan.get(i), lain.triwulan.get(i)));
            }
            return new Jumlah(plus(pagu, lain.pagu), tw, plus(sampai, lain.sampai));
        }

        Hasil serapan() {
            return Serapan.hitung(sampai, pagu);
        }

        boolean melebihiPagu() {
            BigDecimal semua = BigDecimal.ZERO;
            for (BigDecimal tw : triwulan) {
                semua = tw == null ? semua : semua.add(tw);
            }
            return pagu != null && semua.compareTo(pagu) > 0;
        }

        private static List<@Nullable BigDecimal> kosong() {
            List<@Nullable BigDecimal> kosong = new ArrayList<>(4);
            for (int i = 0; i < 4; i++) {
                kosong.add(null);
            }
            return kosong;
        }

        /** Sum where null is "nothing entered": null + null stays null. */
        private static @Nullable BigDecimal plus(@Nullable BigDecimal a, @Nullable BigDecimal b) {
            return a == null ? b : b == null ? a : a.add(b);
        }
    }
}
