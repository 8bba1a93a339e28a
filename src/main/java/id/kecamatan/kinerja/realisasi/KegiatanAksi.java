package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.base.KonverterTriwulan;
import id.kecamatan.kinerja.base.Triwulan;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/** One activity of a Rencana Aksi: what is done in a triwulan, and who does it. */
@Entity
public class KegiatanAksi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private RencanaAksi rencanaAksi;

    @Convert(converter = KonverterTriwulan.class)
    @Column(nullable = false)
    private Triwulan triwulan;

    /** The order within its triwulan, as the owner listed them. */
    private int urutan;

    @Column(nullable = false, length = 500)
    private String uraian;

    @Column(nullable = false, length = 200)
    private String pelaksana;

    protected KegiatanAksi() {}

    KegiatanAksi(RencanaAksi rencanaAksi, Triwulan triwulan, int urutan, String uraian, String pelaksana) {
        this.rencanaAksi = rencanaAksi;
        this.triwulan = triwulan;
        this.urutan = urutan;
        this.uraian = uraian;
        this.pelaksana = pelaksana;
    }

    public Triwulan getTriwulan() {
        return triwulan;
    }

    public int getUrutan() {
        return urutan;
    }

    public String getUraian() {
        return uraian;
    }

    public String getPelaksana() {
        return pelaksana;
    }
}
