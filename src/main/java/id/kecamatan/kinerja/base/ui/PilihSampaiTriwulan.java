package id.kecamatan.kinerja.base.ui;

import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.base.Triwulan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The period of a Pengukuran Kinerja: the whole year (empty, the first choice) or from Triwulan I up to one. */
public class PilihSampaiTriwulan extends Select<Optional<Triwulan>> {

    public PilihSampaiTriwulan() {
        setLabel(getTranslation("laporan.pengukuran.periode"));
        List<Optional<Triwulan>> daftar = new ArrayList<>(List.of(Optional.empty()));
        Triwulan.semua().forEach(tw -> daftar.add(Optional.of(tw)));
        setItems(daftar);
        setItemLabelGenerator(p -> p.map(
                        tw -> getTranslation("laporan.pengukuran.sampai", getTranslation("triwulan." + tw.nomor())))
                .orElseGet(() -> getTranslation("laporan.pengukuran.setahun")));
        setValue(Optional.empty());
    }
}
