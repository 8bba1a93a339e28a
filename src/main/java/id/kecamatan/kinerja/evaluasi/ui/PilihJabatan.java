package id.kecamatan.kinerja.evaluasi.ui;

import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.PilihanJabatan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The picker of a jabatan to assign kriteria to, with "Belum ditugaskan" as the empty choice. */
final class PilihJabatan {

    private PilihJabatan() {}

    static Select<PilihanJabatan> buat(List<PilihanJabatan> pilihan, @Nullable Long terpilih) {
        Select<PilihanJabatan> jabatan = new Select<>();
        jabatan.setItems(pilihan);
        // Select asks the generator for its empty item too; the caption below is what it shows
        jabatan.setItemLabelGenerator((@Nullable PilihanJabatan p) -> p == null ? "" : p.nama());
        jabatan.setEmptySelectionAllowed(true);
        jabatan.setEmptySelectionCaption(jabatan.getTranslation("evaluasi.belum-ditugaskan"));
        jabatan.addClassName("pilih-jabatan");
        pilihan.stream()
                .filter(p -> terpilih != null && p.id() == terpilih)
                .findFirst()
                .ifPresent(jabatan::setValue);
        return jabatan;
    }
}
