package id.kecamatan.kinerja.renstra;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Tujuan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Misi misi;

    @Column(nullable = false, length = 40)
    private String kode;

    @Column(nullable = false, columnDefinition = "text")
    private String teks;

    private int urutan;

    protected Tujuan() {}

    public Tujuan(Misi misi, String kode, String teks, int urutan) {
        this.misi = misi;
        this.kode = kode;
        this.teks = teks;
        this.urutan = urutan;
    }

    public Misi getMisi() {
        return misi;
    }

    public String getKode() {
        return kode;
    }

    public String getTeks() {
        return teks;
    }

    public void setTeks(String teks) {
        this.teks = teks;
    }

    public int getUrutan() {
        return urutan;
    }
}
