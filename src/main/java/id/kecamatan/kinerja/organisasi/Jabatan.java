package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.base.Peran;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A position with its duty (tugas) and functions (fungsi), its superior and its verifikator. */
@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_jabatan_kode",
                        columnNames = {"instansi_id", "kode"}))
public class Jabatan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    /** Empty for the Camat, who heads the office rather than a section. */
    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable UnitKerja unitKerja;

    @Column(nullable = false, length = 40)
    private String kode;

    @Column(nullable = false, length = 200)
    private String nama;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Peran peran;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jabatan atasan;

    /** Who approves this jabatan's realisasi. */
    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jabatan verifikator;

    @Column(columnDefinition = "text")
    private @Nullable String tugas;

    @ElementCollection
    @CollectionTable(name = "jabatan_fungsi", joinColumns = @JoinColumn(name = "jabatan_id"))
    @OrderColumn(name = "urutan")
    // varchar, not text: the audit table has the value in its primary key
    @Column(name = "fungsi", nullable = false, length = 500)
    private List<String> fungsi = new ArrayList<>();

    private int urutan;

    protected Jabatan() {}

    public Jabatan(Instansi instansi, String kode, String nama, Peran peran, int urutan) {
        this.instansi = instansi;
        this.kode = kode;
        this.nama = nama;
        this.peran = peran;
        this.urutan = urutan;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public @Nullable UnitKerja getUnitKerja() {
        return unitKerja;
    }

    public void setUnitKerja(@Nullable UnitKerja unitKerja) {
        this.unitKerja = unitKerja;
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

    public Peran getPeran() {
        return peran;
    }

    public @Nullable Jabatan getAtasan() {
        return atasan;
    }

    public void setAtasan(@Nullable Jabatan atasan) {
        this.atasan = atasan;
    }

    public @Nullable Jabatan getVerifikator() {
        return verifikator;
    }

    public void setVerifikator(@Nullable Jabatan verifikator) {
        this.verifikator = verifikator;
    }

    public @Nullable String getTugas() {
        return tugas;
    }

    public void setTugas(@Nullable String tugas) {
        this.tugas = tugas;
    }

    public List<String> getFungsi() {
        return fungsi;
    }

    public int getUrutan() {
        return urutan;
    }
}
