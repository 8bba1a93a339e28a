package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.organisasi.Instansi;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * The cap of an instansi's scores and its threshold of budget efficiency; an instansi without this row (or without a
 * threshold) uses capaian.Skor.BATAS_ATAS_BAKU and capaian.Efisiensi.AMBANG_BAKU.
 */
@Entity
@Audited
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_aturan_skor_instansi", columnNames = "instansi_id"))
public class AturanSkor extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal batasAtas;

    @Column(precision = 9, scale = 2)
    private @Nullable BigDecimal ambangEfisiensi;

    protected AturanSkor() {}

    public AturanSkor(Instansi instansi, BigDecimal batasAtas) {
        this.instansi = instansi;
        this.batasAtas = batasAtas;
    }

    public BigDecimal getBatasAtas() {
        return batasAtas;
    }

    public void setBatasAtas(BigDecimal batasAtas) {
        this.batasAtas = batasAtas;
    }

    /** Null: the default threshold. */
    public @Nullable BigDecimal getAmbangEfisiensi() {
        return ambangEfisiensi;
    }

    public void setAmbangEfisiensi(BigDecimal ambangEfisiensi) {
        this.ambangEfisiensi = ambangEfisiensi;
    }
}
