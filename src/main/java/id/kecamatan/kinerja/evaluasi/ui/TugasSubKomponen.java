package id.kecamatan.kinerja.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import id.kecamatan.kinerja.base.AturanDilanggar;
import id.kecamatan.kinerja.base.ui.Pemberitahuan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisSub;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.PilihanJabatan;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.TugaskanKriteria;
import java.util.List;

/**
 * The Sekcam's control to assign every kriteria of a sub-komponen to one jabatan at once, or, with "Belum
 * ditugaskan" chosen, to clear their assignment.
 */
class TugasSubKomponen extends Div {

    TugasSubKomponen(
            EvaluasiService service,
            long evaluasiId,
            BarisSub sub,
            List<PilihanJabatan> pilihan,
            Runnable setelahBerubah) {
        addClassName("tugas-sub-komponen");
        setId("tugas-sub-" + sub.kode());
        Select<PilihanJabatan> jabatan = PilihJabatan.buat(pilihan, null);
        jabatan.setLabel(getTranslation("evaluasi.tugaskan-sub", sub.nama()));
        Button tugaskan = new Button(getTranslation("evaluasi.tugaskan-semua"), e -> {
            PilihanJabatan dipilih = jabatan.getValue();
            List<String> kriteria =
                    sub.kriteria().stream().map(BarisKriteria::kode).toList();
            try {
                int berubah = service.tugaskan(
                        new TugaskanKriteria(evaluasiId, kriteria, dipilih == null ? null : dipilih.id()));
                Pemberitahuan.berhasil(
                        dipilih == null
                                ? getTranslation("evaluasi.tugas-dihapus", berubah)
                                : getTranslation("evaluasi.ditugaskan", berubah, dipilih.nama()));
            } catch (AturanDilanggar ditolak) {
                Pemberitahuan.galat(getTranslation(ditolak.getKunciPesan(), ditolak.getArgumen()));
            }
            setelahBerubah.run();
        });
        add(jabatan, tugaskan);
    }
}
