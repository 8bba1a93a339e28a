package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A person who holds a jabatan (through a Penugasan). */
@Entity
@Audited
public class Pegawai extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Column(nullable = false, length = 200)
    private String nama;

    @Column(length = 30)
    private @Nullable String nip;

    /** Demo holders of the default run, shown as such so nobody takes them for real staff. */
    private boolean dataContoh;

    protected Pegawai() {}

    public Pegawai(Instansi instansi, String nama, @Nullable String nip, boolean dataContoh) {
        this.instansi = instansi;
        this.nama = nama;
        this.nip = nip;
        this.dataContoh = dataContoh;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public @Nullable String getNip() {
        return nip;
    }

    public void setNip(@Nullable String nip) {
        this.nip = nip;
    }

    public boolean isDataContoh() {
        return dataContoh;
    }
}
