package id.kecamatan.kinerja.organisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * Who holds which jabatan, from when until when (open-ended while still held), and whether as its definitive holder
 * or acting (Plt., Plh.).
 */
@Entity
@Audited
public class Penugasan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Pegawai pegawai;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Jabatan jabatan;

    private @Nullable LocalDate mulai;

    private @Nullable LocalDate selesai;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private JenisPenugasan jenis = JenisPenugasan.DEFINITIF;

    protected Penugasan() {}

    public Penugasan(Pegawai pegawai, Jabatan jabatan, @Nullable LocalDate mulai) {
        this(pegawai, jabatan, mulai, JenisPenugasan.DEFINITIF);
    }

    public Penugasan(Pegawai pegawai, Jabatan jabatan, @Nullable LocalDate mulai, JenisPenugasan jenis) {
        this.pegawai = pegawai;
        this.jabatan = jabatan;
        this.mulai = mulai;
        this.jenis = jenis;
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

    public JenisPenugasan getJenis() {
        return jenis;
    }

    /** The jabatan's name as its holder signs: "Plt. Camat Meral" for an acting one. */
    public String namaJabatanPenandatangan() {
        return jenis.awalan() + jabatan.getNama();
    }

    public boolean berlakuPada(LocalDate tanggal) {
        return (mulai == null || !mulai.isAfter(tanggal)) && (selesai == null || !selesai.isBefore(tanggal));
    }
}
