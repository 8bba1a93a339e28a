package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
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
}
