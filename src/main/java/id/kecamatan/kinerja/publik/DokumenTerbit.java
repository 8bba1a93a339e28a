package id.kecamatan.kinerja.publik;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.base.KonverterTriwulan;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.organisasi.Instansi;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document as the Camat published it: the PDF made at that moment, kept as it was, so the public reads what the
 * Camat saw, whatever changes after. Withdrawn ({@code ditarikPada}) when the Camat takes it down or publishes the
 * same document again; the row stays as the record of what was public and when.
 */
@Entity
class DokumenTerbit extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JenisDokumenTerbit jenis;

    @Column(nullable = false)
    private int tahun;

    /** The Pengukuran Kinerja's last triwulan; none for a whole year's document. */
    @Convert(converter = KonverterTriwulan.class)
    private @Nullable Triwulan triwulan;

    @Column(nullable = false, length = 200)
    private String namaBerkas;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] isi;

    private int ukuran;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(nullable = false, length = 200)
    private String diterbitkanOleh;

    @Column(nullable = false)
    private Instant diterbitkanPada;

    @Column(length = 200)
    private @Nullable String ditarikOleh;

    private @Nullable Instant ditarikPada;

    protected DokumenTerbit() {}

    DokumenTerbit(
            Instansi instansi,
            JenisDokumenTerbit jenis,
            int tahun,
            @Nullable Triwulan triwulan,
            String namaBerkas,
            byte[] isi,
            String sha256,
            String diterbitkanOleh,
            Instant diterbitkanPada) {
        this.instansi = instansi;
        this.jenis = jenis;
        this.tahun = tahun;
        this.triwulan = triwulan;
        this.namaBerkas = namaBerkas;
        this.isi = isi;
        this.ukuran = isi.length;
        this.sha256 = sha256;
        this.diterbitkanOleh = diterbitkanOleh;
        this.diterbitkanPada = diterbitkanPada;
    }

    Instansi getInstansi() {
        return instansi;
    }

    boolean isDitarik() {
        return ditarikPada != null;
    }

    void tarik(String oleh, Instant pada) {
        this.ditarikOleh = oleh;
        this.ditarikPada = pada;
    }
}
