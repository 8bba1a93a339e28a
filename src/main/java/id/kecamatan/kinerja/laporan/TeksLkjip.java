package id.kecamatan.kinerja.laporan;

import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.renstra.Sasaran;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved text of an LKjIP section of a year: written once, never changed (so no version). A section's rows are
 * numbered 1, 2, … ({@code nomor}); the highest is the text in force, the others its history.
 */
@Entity
class TeksLkjip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Column(nullable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BagianTeks bagian;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Sasaran sasaran;

    /** {@link BagianTeks#kunci}: with the instansi, year and number, unique. */
    @Column(nullable = false, length = 60)
    private String kunci;

    @Column(nullable = false)
    private int nomor;

    @Column(nullable = false, columnDefinition = "text")
    private String teks;

    /** Who saved it: name and jabatan as they were then. */
    @Column(nullable = false, length = 200)
    private String oleh;

    @Column(nullable = false)
    private Instant pada;

    protected TeksLkjip() {}

    TeksLkjip(
            Instansi instansi,
            int tahun,
            BagianTeks bagian,
            @Nullable Sasaran sasaran,
            int nomor,
            String teks,
            String oleh,
            Instant pada) {
        this.instansi = instansi;
        this.tahun = tahun;
        this.bagian = bagian;
        this.sasaran = sasaran;
        this.kunci = BagianTeks.kunci(bagian, sasaran == null ? null : sasaran.getId());
        this.nomor = nomor;
        this.teks = teks;
        this.oleh = oleh;
        this.pada = pada;
    }

    String getKunci() {
        return kunci;
    }

    int getNomor() {
        return nomor;
    }

    String getTeks() {
        return teks;
    }

    String getOleh() {
        return oleh;
    }

    Instant getPada() {
        return pada;
    }
}
