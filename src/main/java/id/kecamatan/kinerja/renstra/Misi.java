package id.kecamatan.kinerja.renstra;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.organisasi.Instansi;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_misi_nomor",
                        columnNames = {"instansi_id", "nomor"}))
public class Misi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    private int nomor;

    @Column(nullable = false, columnDefinition = "text")
    private String teks;

    protected Misi() {}

    public Misi(Instansi instansi, int nomor, String teks) {
        this.instansi = instansi;
        this.nomor = nomor;
        this.teks = teks;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public int getNomor() {
        return nomor;
    }

    public String getTeks() {
        return teks;
    }

    public void setTeks(String teks) {
        this.teks = teks;
    }
}
