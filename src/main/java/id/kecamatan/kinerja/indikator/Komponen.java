package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.capaian.PeranKomponen;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.envers.Audited;

/** A named input of an indicator's formula: a numerator, a denominator or a counted document type. */
@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_komponen_kode",
                        columnNames = {"indikator_id", "kode"}))
public class Komponen extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indikator indikator;

    @Column(nullable = false, length = 40)
    private String kode;

    @Column(nullable = false, length = 500)
    private String nama;

    @Column(nullable = false, length = 40)
    private String satuan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeranKomponen peran;

    private int urutan;

    protected Komponen() {}

    public Komponen(Indikator indikator, String kode, String nama, String satuan, PeranKomponen peran, int urutan) {
        this.indikator = indikator;
        this.kode = kode;
        this.nama = nama;
        this.satuan = satuan;
        this.peran = peran;
        this.urutan = urutan;
    }

    public Indikator getIndikator() {
        return indikator;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public String getSatuan() {
        return satuan;
    }

    public PeranKomponen getPeran() {
        return peran;
    }

    public int getUrutan() {
        return urutan;
    }
}
