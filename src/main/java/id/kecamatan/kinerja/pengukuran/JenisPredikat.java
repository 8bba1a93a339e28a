package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.capaian.TabelPredikat;
import id.kecamatan.kinerja.pengukuran.DataRollup.PitaData;
import java.util.List;

/** The two band tables of an instansi: the predikat of a capaian, and the AKIP grade of an evaluation score. */
public enum JenisPredikat {
    CAPAIAN(TabelPredikat.CAPAIAN_BAKU),
    NILAI_AKIP(TabelPredikat.NILAI_AKIP_BAKU);

    private final TabelPredikat bawaan;

    JenisPredikat(TabelPredikat bawaan) {
        this.bawaan = bawaan;
    }

    /** The table that holds where an instansi has set none of its own. */
    public TabelPredikat tabelBawaan() {
        return bawaan;
    }

    /** The default bands, to show or to start editing from. */
    public List<PitaData> pitaBawaan() {
        return bawaan.pita().stream()
                .map(p -> new PitaData(p.batas(), p.nama()))
                .toList();
    }
}
