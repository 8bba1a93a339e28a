package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.envers.Audited;

/** A section of the office: Sekretariat or a Seksi. */
@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_unit_kerja_kode",
                        columnNames = {"instansi_id", "kode"}))
public class UnitKerja extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Column(nullable = false, length = 40)
    private String kode;

    @Column(nullable = false, length = 200)
    private String nama;

    private int urutan;

    protected UnitKerja() {}

    public UnitKerja(Instansi instansi, String kode, String nama, int urutan) {
        this.instansi = instansi;
        this.kode = kode;
        this.nama = nama;
        this.urutan = urutan;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public int getUrutan() {
        return urutan;
    }
}
