package id.kecamatan.kinerja.evaluasi.ui;

import com.vaadin.flow.component.html.Div;
import id.kecamatan.kinerja.base.ui.DaftarBukti;
import id.kecamatan.kinerja.base.ui.PanelBukti;
import id.kecamatan.kinerja.evaluasi.BuktiKriteriaService;
import id.kecamatan.kinerja.evaluasi.EvaluasiService.BarisKriteria;

/**
 * The evidence files of a kriteria (size, when, who; replaced ones as history), with the upload for whoever may
 * answer it. An upload is stored at once, apart from the answer's "Simpan", and leaves the typed answer on screen.
 */
class BerkasKriteriaPanel extends Div {

    BerkasKriteriaPanel(BuktiKriteriaService service, long evaluasiId, BarisKriteria kr) {
        addClassName("berkas-kriteria");
        Div judul = new Div(getTranslation("evaluasi.berkas"));
        judul.addClassName("judul-berkas");
        add(judul);
        if (kr.bolehMenjawab()) {
            add(new PanelBukti(
                    (nama, isi) -> service.unggah(evaluasiId, kr.kode(), nama, isi),
                    () -> service.daftar(evaluasiId, kr.kode()),
                    service::unduh,
                    kr.berkas()));
        } else {
            add(new DaftarBukti(service::unduh, kr.berkas()));
        }
    }
}
