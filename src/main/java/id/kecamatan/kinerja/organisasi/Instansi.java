package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** The organisation whose plan this is, e.g. Kecamatan Meral. Every plan row hangs under one. */
@Entity
@Audited
public class Instansi extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String kode;

    @Column(nullable = false, length = 200)
    private String nama;

    @Column(length = 200)
    private @Nullable String kabupaten;

    @Column(length = 200)
    private @Nullable String provinsi;

    @Column(columnDefinition = "text")
    private @Nullable String tugas;

    /** Place and date written above the signature of the plan document. */
    @Column(length = 100)
    private @Nullable String tempatPenetapan;

    @Column(length = 60)
    private @Nullable String tanggalPenetapan;

    /** The jabatan that signs the plan and the reports (the Camat). */
    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jabatan penandatangan;

    protected Instansi() {}

    public Instansi(String kode, String nama) {
        this.kode = kode;
        this.nama = nama;
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

    public @Nullable String getKabupaten() {
        return kabupaten;
    }

    public void setKabupaten(@Nullable String kabupaten) {
        this.kabupaten = kabupaten;
    }

    public @Nullable String getProvinsi() {
        return provinsi;
    }

    public void setProvinsi(@Nullable String provinsi) {
        this.provinsi = provinsi;
    }

    public @Nullable String getTugas() {
        return tugas;
    }

    public void setTugas(@Nullable String tugas) {
        this.tugas = tugas;
    }

    public @Nullable String getTempatPenetapan() {
        return tempatPenetapan;
    }

    public void setTempatPenetapan(@Nullable String tempatPenetapan) {
        this.tempatPenetapan = tempatPenetapan;
    }

    public @Nullable String getTanggalPenetapan() {
        return tanggalPenetapan;
    }

    public void setTanggalPenetapan(@Nullable String tanggalPenetapan) {
        this.tanggalPenetapan = tanggalPenetapan;
    }

    public @Nullable Jabatan getPenandatangan() {
        return penandatangan;
    }

    public void setPenandatangan(@Nullable Jabatan penandatangan) {
        this.penandatangan = penandatangan;
    }
}
