package id.kecamatan.kinerja.realisasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.kecamatan.kinerja.base.FormatAngka;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.realisasi.RealisasiService;
import id.kecamatan.kinerja.realisasi.RealisasiService.EntriRiwayat;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The timeline of one realisasi: who changed what and when, status changes with their notes, values before → after. */
class RiwayatDialog extends Dialog {

    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** The history of the realisasi of {@code indikator} in {@code periode}, its times in the office's zone. */
    RiwayatDialog(RealisasiService service, ZoneId zonaWaktu, Long realisasiId, String indikator, Periode periode) {
        setHeaderTitle(getTranslation(
                "riwayat.judul",
                indikator + " · "
                        + getTranslation("triwulan." + periode.triwulan().nomor()) + " " + periode.tahun()));
        setWidth("56rem");
        DateTimeFormatter waktu = WAKTU.withZone(zonaWaktu);
        Grid<EntriRiwayat> grid = new Grid<>();
        grid.addColumn(e -> waktu.format(e.pada()))
                .setHeader(getTranslation("riwayat.waktu", zonaWaktu.getDisplayName(TextStyle.SHORT, getLocale())))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(EntriRiwayat::oleh)
                .setHeader(getTranslation("riwayat.oleh"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(this::perubahan)
                .setHeader(getTranslation("riwayat.perubahan"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.catatan() == null ? "" : e.catatan())
                .setHeader(getTranslation("riwayat.catatan"))
                .setFlexGrow(1);
        grid.setItems(service.riwayat(realisasiId));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button(getTranslation("umum.tutup"), e -> close()));
    }

    private String perubahan(EntriRiwayat e) {
        if (e.ke() != null) {
            return e.dari() == null
                    ? getTranslation("riwayat.dibuat", getTranslation("status." + e.ke().name()))
                    : getTranslation(
                            "riwayat.status",
                            getTranslation("status." + e.dari().name()),
                            getTranslation("status." + e.ke().name()));
        }
        Set<String> nama = new TreeSet<>(e.sebelum().keySet());
        nama.addAll(e.sesudah().keySet());
        return nama.stream()
                .filter(n -> !Objects.equals(e.sebelum().get(n), e.sesudah().get(n)))
                .map(n -> getTranslation("riwayat.nilai", n, angka(e.sebelum(), n), angka(e.sesudah(), n)))
                .collect(Collectors.joining("; "));
    }

    private static String angka(Map<String, BigDecimal> nilai, String nama) {
        return FormatAngka.format(nilai.get(nama));
    }
}
