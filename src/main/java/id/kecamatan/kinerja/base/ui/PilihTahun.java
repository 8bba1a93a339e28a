package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The year a screen shows: this year first, then the four before it, and optionally years ahead (planning). */
public class PilihTahun extends Select<Integer> {

    public PilihTahun(Clock clock, int tahunKeDepan) {
        int tahunIni = LocalDate.now(clock).getYear();
        setLabel(getTranslation("kinerja.tahun"));
        setItems(IntStream.rangeClosed(tahunIni - 4, tahunIni + tahunKeDepan)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        setValue(tahunIni);
    }

    /** Shows {@code tahun}, adding it to the list when a link asks for a year outside it. */
    public void pilih(int tahun) {
        List<Integer> tahunAda = getListDataView().getItems().toList();
        if (!tahunAda.contains(tahun)) {
            List<Integer> semua = new ArrayList<>(tahunAda);
            semua.add(tahun);
            semua.sort(Comparator.reverseOrder());
            setItems(semua);
        }
        setValue(tahun);
    }
}
