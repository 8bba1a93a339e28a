package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.EntriRiwayat;
import id.kecamatan.kinerja.realisasi.RencanaAksiService;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.EntriRiwayatRencana;
import id.kecamatan.kinerja.realisasi.RencanaAksiService.RencanaIndikator;
import id.kecamatan.kinerja.realisasi.StatusRealisasi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The timeline of one realisasi or one Rencana Aksi: who changed what and when, status changes with their notes,
 * values before → after.
 */
class RiwayatDialog extends Dialog {

    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** One line of the timeline, in words. */
    private record Langkah(Instant pada, @Nullable String oleh, String perubahan, String catatan) {}

    /** The history of the realisasi of {@code indikator} in {@code periode}, its times in the office's zone. */
    RiwayatDialog(RealisasiService service, ZoneId zonaWaktu, Long realisasiId, String indikator, Periode periode) {
        isi(
                indikator + " · "
                        + getTranslation("triwulan." + periode.triwulan().nomor()) + " " + periode.tahun(),
                zonaWaktu,
                service.riwayat(realisasiId).stream()
                        .map(e -> new Langkah(e.pada(), e.oleh(), perubahan(e), e.catatan() == null ? "" : e.catatan()))
                        .toList());
    }

    /** The history of a Rencana Aksi; a save lists what it changed. */
    RiwayatDialog(RencanaAksiService service, ZoneId zonaWaktu, Long rencanaId, RencanaIndikator rencana) {
        isi(
                getTranslation("rencana-aksi.judul", rencana.nama(), String.valueOf(rencana.tahun())),
                zonaWaktu,
                service.riwayat(rencanaId).stream()
                        .map(e -> new Langkah(e.pada(), e.oleh(), perubahan(e), e.catatan() == null ? "" : e.catatan()))
                        .toList());
    }

    private void isi(String judul, ZoneId zonaWaktu, List<Langkah> langkah) {
        setHeaderTitle(getTranslation("riwayat.judul", judul));
        setWidth("min(56rem, 100vw)");
        DateTimeFormatter waktu = WAKTU.withZone(zonaWaktu);
        Grid<Langkah> grid = new Grid<>();
        grid.addColumn(e -> waktu.format(e.pada()))
                .setHeader(getTranslation("riwayat.waktu", zonaWaktu.getDisplayName(TextStyle.SHORT, getLocale())))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(Langkah::oleh)
                .setHeader(getTranslation("riwayat.oleh"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(Langkah::perubahan)
                .setHeader(getTranslation("riwayat.perubahan"))
                .setFlexGrow(2);
        grid.addColumn(Langkah::catatan)
                .setHeader(getTranslation("riwayat.catatan"))
                .setFlexGrow(1);
        grid.setItems(langkah);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button(getTranslation("umum.tutup"), e -> close()));
    }

    private String perubahan(EntriRiwayat e) {
        if (e.ke() != null) {
            return status(e.dari(), e.ke());
        }
        Set<String> nama = new TreeSet<>(e.sebelum().keySet());
        nama.addAll(e.sesudah().keySet());
        return nama.stream()
                .filter(n -> !Objects.equals(e.sebelum().get(n), e.sesudah().get(n)))
                .map(n -> getTranslation("riwayat.nilai", n, angka(e.sebelum(), n), angka(e.sesudah(), n)))
                .collect(Collectors.joining("; "));
    }

    /** A change of status, or a save in the same status, then what the save changed (kept in Indonesian, as written). */
    private String perubahan(EntriRiwayatRencana e) {
        String status = e.dari() == e.ke() ? "" : status(e.dari(), e.ke());
        if (e.perubahan() == null) {
            return status;
        }
        return status.isEmpty() ? e.perubahan() : status + "; " + e.perubahan();
    }

    private String status(@Nullable StatusRealisasi dari, StatusRealisasi ke) {
        return dari == null
                ? getTranslation("riwayat.dibuat", getTranslation("status." + ke.name()))
                : getTranslation(
                        "riwayat.status",
                        getTranslation("status." + dari.name()),
                        getTranslation("status." + ke.name()));
    }

    private static String angka(Map<String, BigDecimal> nilai, String nama) {
        return FormatAngka.format(nilai.get(nama));
    }
}
