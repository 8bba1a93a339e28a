package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.UI;
import id.kecamatan.kinerja.base.Berkas;
import id.kecamatan.kinerja.base.PekerjaanLatar;
import id.kecamatan.kinerja.base.excel.LembarExcel;
import id.kecamatan.kinerja.base.excel.LembarExcel.Kolom;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * "Unduh Excel" for any grid: the rows are fetched again through the service the grid uses (so access is checked
 * as for the screen, and what is exported is the data, not the rendered cells), then written with the columns
 * added by {@link #kolom}, named as the grid's. The title and context lines are read on the screen's thread
 * when the button is clicked, so they follow the screen's current choices (year, unit) and language.
 */
public class UnduhExcel<T> extends TombolUnduh {

    private static final DateTimeFormatter FORMAT_CETAK = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final List<Kolom<T>> kolom;

    /**
     * What to export, read from the screen when the button is clicked.
     *
     * @param keterangan the title, then context lines (unit, period) as the screen shows them now
     * @param baris the service call that returns the rows, with the screen's choices already read; it runs in
     *     the background as the signed-in user
     */
    public record Ekspor<T>(List<String> keterangan, Supplier<List<T>> baris) {}

    /** @param namaBerkas file name without date and extension */
    public UnduhExcel(PekerjaanLatar latar, String namaBerkas, Supplier<Ekspor<T>> ekspor) {
        this(latar, namaBerkas, ekspor, new ArrayList<>());
    }

    private UnduhExcel(PekerjaanLatar latar, String namaBerkas, Supplier<Ekspor<T>> ekspor, List<Kolom<T>> kolom) {
        super("", latar, () -> {
            Ekspor<T> permintaan = ekspor.get();
            Supplier<List<T>> baris = permintaan.baris();
            List<String> teks = new ArrayList<>(permintaan.keterangan());
            var waktu = latar.waktuCetak();
            UI ui = UI.getCurrent();
            teks.add(ui.getTranslation(
                    "unduh.dicetak", waktu.format(DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", ui.getLocale()))));
            List<Kolom<T>> tetap = List.copyOf(kolom);
            String nama = namaBerkas + "-" + waktu.format(FORMAT_CETAK) + ".xlsx";
            return () -> new Berkas(
                    nama,
                    Berkas.MIME_XLSX,
                    LembarExcel.tulis(teks.getFirst(), teks.subList(1, teks.size()), tetap, baris.get()));
        });
        this.kolom = kolom;
        getTombol().setText(getTranslation("unduh.excel"));
    }

    /** Adds a column: its header as the grid shows it, and the value of a row (String, BigDecimal, Number or null). */
    public UnduhExcel<T> kolom(String judul, Function<T, @Nullable Object> nilai) {
        kolom.add(new Kolom<>(judul, nilai));
        return this;
    }
}
