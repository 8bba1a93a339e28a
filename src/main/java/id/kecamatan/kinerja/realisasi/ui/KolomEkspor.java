package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.Component;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.base.ui.UnduhExcel;
import id.kecamatan.kinerja.capaian.Hasil;
import id.kecamatan.kinerja.realisasi.RealisasiService.SelTriwulan;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The quarter columns of the realisasi grids in an Excel export: per triwulan its status, realisasi and capaian;
 * and a period as grids and exports name it. Texts are translated here, on the screen's thread, because the rows
 * are written in the background.
 * A figure is a number; "belum diisi" stays an empty cell (never 0); "tidak dapat dihitung" says why.
 */
final class KolomEkspor {

    private final Map<StatusRealisasi, String> status = new EnumMap<>(StatusRealisasi.class);
    private final String kosong;
    private final String tidakDapatDihitung;
    private final Map<Triwulan, String> triwulan = new EnumMap<>(Triwulan.class);
    private final String realisasi;
    private final String capaian;
    private final String contoh;
    private final String judulStatus;

    KolomEkspor(Component konteks) {
        for (StatusRealisasi s : StatusRealisasi.values()) {
            status.put(s, konteks.getTranslation("status." + s.name()));
        }
        kosong = konteks.getTranslation("status.KOSONG");
        // the reason is filled in per cell; the placeholder survives MessageFormat as an argument
        tidakDapatDihitung = konteks.getTranslation("hasil.tidak-dapat-dihitung", "%s");
        for (Triwulan tw : Triwulan.values()) {
            triwulan.put(tw, konteks.getTranslation("triwulan." + tw.nomor()));
        }
        realisasi = konteks.getTranslation("persetujuan.realisasi");
        capaian = konteks.getTranslation("persetujuan.capaian") + " (%)";
        contoh = konteks.getTranslation("umum.contoh");
        judulStatus = konteks.getTranslation("unduh.status");
    }

    <T> void triwulan(UnduhExcel<T> unduh, BiFunction<T, Triwulan, @Nullable SelTriwulan> sel) {
        for (Triwulan tw : Triwulan.values()) {
            String nama = triwulan.get(tw);
            unduh.kolom(nama + " · " + judulStatus, b -> status(sel.apply(b, tw)))
                    .kolom(
                            nama + " · " + realisasi,
                            b -> sel.apply(b, tw) == null
                                    ? null
                                    : nilai(sel.apply(b, tw).realisasi()))
                    .kolom(
                            nama + " · " + capaian,
                            b -> sel.apply(b, tw) == null
                                    ? null
                                    : nilai(sel.apply(b, tw).capaian()));
        }
    }

    /** "Triwulan II 2026". */
    String periode(Periode periode) {
        return triwulan.get(periode.triwulan()) + " " + periode.tahun();
    }

    String status(@Nullable SelTriwulan sel) {
        return sel == null ? kosong : status.get(sel.status()) + (sel.dataContoh() ? " " + contoh : "");
    }

    @Nullable
    Object nilai(Hasil hasil) {
        return switch (hasil) {
            case Hasil.Nilai n -> n.nilai();
            case Hasil.BelumDiisi b -> null;
            case Hasil.TidakDapatDihitung t -> tidakDapatDihitung.replace("%s", t.alasan());
        };
    }

    String realisasiHeader() {
        return realisasi;
    }

    String capaianHeader() {
        return capaian;
    }
}
