package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The signing date of a year's Perjanjian Kinerja, following the year picked: a PK is signed at the start of its
 * year, so today in the current year, else the first working day of January.
 */
public class TanggalPenandatanganan extends DatePicker {

    public TanggalPenandatanganan(PilihTahun tahun, Clock clock) {
        setLabel(getTranslation("laporan.pk.tanggal"));
        setValue(lazim(tahun.getValue(), clock));
        tahun.addValueChangeListener(e -> setValue(lazim(e.getValue(), clock)));
    }

    private static LocalDate lazim(int tahun, Clock clock) {
        LocalDate hariIni = LocalDate.now(clock);
        return hariIni.getYear() == tahun ? hariIni : LocalDate.of(tahun, 1, 2);
    }
}
