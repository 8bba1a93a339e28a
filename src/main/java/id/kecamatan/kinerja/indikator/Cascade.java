package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** An IKI supporting an IKU, with its weight in the IKU's IKI index. */
@Entity
@Audited
// "cascade" is a reserved word in SQL
@Table(
        name = "cascade_indikator",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_cascade",
                        columnNames = {"iki_id", "iku_id"}))
public class Cascade extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indikator iki;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indikator iku;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal bobot;

    protected Cascade() {}

    public Cascade(Indikator iki, Indikator iku, BigDecimal bobot) {
        this.iki = iki;
        this.iku = iku;
        this.bobot = bobot;
    }

    public Indikator getIki() {
        return iki;
    }

    public Indikator getIku() {
        return iku;
    }

    public BigDecimal getBobot() {
        return bobot;
    }

    public void setBobot(BigDecimal bobot) {
        this.bobot = bobot;
    }
}
