package id.kecamatan.kinerja.pengukuran;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.organisasi.Instansi;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * One band of an instansi's own predikat table. An instansi with no band of a {@link JenisPredikat} uses
 * the default table of capaian.TabelPredikat.
 */
@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_pita_predikat",
                        columnNames = {"instansi_id", "jenis", "batas"}))
public class PitaPredikat extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JenisPredikat jenis;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal batas;

    @Column(nullable = false, length = 60)
    private String nama;

    protected PitaPredikat() {}

    public PitaPredikat(Instansi instansi, JenisPredikat jenis, BigDecimal batas, String nama) {
        this.instansi = instansi;
        this.jenis = jenis;
        this.batas = batas;
        this.nama = nama;
    }

    public JenisPredikat getJenis() {
        return jenis;
    }

    public BigDecimal getBatas() {
        return batas;
    }

    public String getNama() {
        return nama;
    }
}
