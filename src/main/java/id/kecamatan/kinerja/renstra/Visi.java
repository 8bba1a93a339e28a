package id.kecamatan.kinerja.renstra;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.organisasi.Instansi;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Visi extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(unique = true)
    private Instansi instansi;

    @Column(nullable = false, columnDefinition = "text")
    private String teks;

    protected Visi() {}

    public Visi(Instansi instansi, String teks) {
        this.instansi = instansi;
        this.teks = teks;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public String getTeks() {
        return teks;
    }

    public void setTeks(String teks) {
        this.teks = teks;
    }
}
