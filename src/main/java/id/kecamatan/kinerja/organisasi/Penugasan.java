package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Who holds which jabatan, from when until when (open-ended while still held). */
@Entity
@Audited
public class Penugasan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Pegawai pegawai;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Jabatan jabatan;

    private @Nullable LocalDate mulai;

    private @Nullable LocalDate selesai;

    protected Penugasan() {}

    public Penugasan(Pegawai pegawai, Jabatan jabatan, @Nullable LocalDate mulai) {
        this.pegawai = pegawai;
        this.jabatan = jabatan;
        this.mulai = mulai;
    }

    public Pegawai getPegawai() {
        return pegawai;
    }

    public Jabatan getJabatan() {
        return jabatan;
    }

    public @Nullable LocalDate getMulai() {
        return mulai;
    }

    public @Nullable LocalDate getSelesai() {
        return selesai;
    }

    public void setSelesai(@Nullable LocalDate selesai) {
        this.selesai = selesai;
    }

    public boolean berlakuPada(LocalDate tanggal) {
        return (mulai == null || !mulai.isAfter(tanggal)) && (selesai == null || !selesai.isBefore(tanggal));
    }
}
