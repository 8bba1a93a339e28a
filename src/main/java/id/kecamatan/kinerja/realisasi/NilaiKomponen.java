package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.indikator.Komponen;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** The value of one komponen in one realisasi. A komponen without a row is "belum diisi", not zero. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_nilai_komponen",
                        columnNames = {"realisasi_id", "komponen_id"}))
public class NilaiKomponen extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Realisasi realisasi;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Komponen komponen;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal nilai;

    protected NilaiKomponen() {}

    public NilaiKomponen(Realisasi realisasi, Komponen komponen, BigDecimal nilai) {
        this.realisasi = realisasi;
        this.komponen = komponen;
        this.nilai = nilai;
    }

    public Realisasi getRealisasi() {
        return realisasi;
    }

    public Komponen getKomponen() {
        return komponen;
    }

    public BigDecimal getNilai() {
        return nilai;
    }

    public void setNilai(BigDecimal nilai) {
        this.nilai = nilai;
    }
}
