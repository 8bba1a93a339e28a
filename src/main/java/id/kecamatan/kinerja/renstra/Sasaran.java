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
import org.jspecify.annotations.Nullable;

/**
 * A target of the plan. Sasaran of the Renstra table hang under a tujuan; the sasaran (kinerja utama)
 * of the IKU and IKI tables may have none, where the plan document does not link them to one.
 */
@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_sasaran_kode",
                        columnNames = {"instansi_id", "kode"}))
public class Sasaran extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Tujuan tujuan;

    @Column(nullable = false, length = 40)
    private String kode;

    @Column(nullable = false, columnDefinition = "text")
    private String teks;

    private int urutan;

    protected Sasaran() {}

    public Sasaran(Instansi instansi, @Nullable Tujuan tujuan, String kode, String teks, int urutan) {
        this.instansi = instansi;
        this.tujuan = tujuan;
        this.kode = kode;
        this.teks = teks;
        this.urutan = urutan;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public @Nullable Tujuan getTujuan() {
        return tujuan;
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
