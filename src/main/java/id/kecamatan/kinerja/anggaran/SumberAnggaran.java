package id.kecamatan.kinerja.anggaran;

import id.kecamatan.kinerja.anggaran.AnggaranService.DaftarAnggaran;
import id.kecamatan.kinerja.anggaran.AnggaranService.SerapanSasaran;
import id.kecamatan.kinerja.base.Periode;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget of an instansi for other features: the serapan per sasaran for the measurement that sets it beside the
 * capaian (efficiency), the rows for the documents. The caller decides who may read it; the budget page reads
 * through {@link AnggaranService}.
 */
@Component
public class SumberAnggaran {

    private final MataAnggaranRepository repository;

    SumberAnggaran(MataAnggaranRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public DaftarAnggaran daftar(long instansiId, Periode sampai) {
        return PohonAnggaran.susun(repository.findByInstansiDanTahun(instansiId, sampai.tahun()), sampai);
    }

    @Transactional(readOnly = true)
    public List<SerapanSasaran> serapanPerSasaran(long instansiId, Periode sampai) {
        return daftar(instansiId, sampai).sasaran();
    }
}
