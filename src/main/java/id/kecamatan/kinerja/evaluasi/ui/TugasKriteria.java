package id.kecamatan.kinerja.evaluasi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.PilihanJabatan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TugaskanKriteria;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The jabatan a kriteria is assigned to: a picker for the Sekcam (a choice is saved at once, "Belum ditugaskan"
 * clears it), a line for everyone else (nothing while it is not assigned).
 */
class TugasKriteria extends Div {

    /**
     * @param pilihan the jabatan the Sekcam may choose from; null for a reader who does not assign
     * @param setelahBerubah reloads the worksheet: the kriteria has a new version to answer against
     */
    TugasKriteria(
            EvaluasiService service,
            long evaluasiId,
            BarisKriteria kr,
            @Nullable List<PilihanJabatan> pilihan,
            Runnable setelahBerubah) {
        addClassName("tugas-kriteria");
        if (pilihan == null) {
            if (kr.ditugaskanKe() != null) {
                Div teks = new Div(getTranslation("evaluasi.ditugaskan-ke-teks", kr.ditugaskanKe()));
                teks.addClassName("keterangan-kecil");
                add(teks);
            }
            return;
        }
        Select<PilihanJabatan> jabatan = PilihJabatan.buat(pilihan, kr.ditugaskanKeId());
        jabatan.setLabel(getTranslation("evaluasi.ditugaskan-ke"));
        jabatan.setId("tugas-" + kr.kode());
        jabatan.addValueChangeListener(e -> {
            PilihanJabatan dipilih = e.getValue();
            try {
                service.tugaskan(
                        new TugaskanKriteria(evaluasiId, List.of(kr.kode()), dipilih == null ? null : dipilih.id()));
                Pemberitahuan.berhasil(
                        dipilih == null
                                ? getTranslation("evaluasi.tugas-dihapus", 1)
                                : getTranslation("evaluasi.ditugaskan", 1, dipilih.nama()));
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            }
            setelahBerubah.run();
        });
        add(jabatan);
    }
}
