package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An evidence file of a realisasi, stored in the database with its checksum. Files are never changed:
 * a replaced file gets {@code digantiPada} and stays as history. Not audited by Envers for that reason
 * (and so the content is not copied into an audit table).
 */
@Entity
public class BuktiDukung extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Realisasi realisasi;

    @Column(nullable = false, length = 255)
    private String namaFile;

    @Column(nullable = false, length = 100)
    private String tipeKonten;

    private long ukuran;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] isi;

    @Column(nullable = false, length = 60)
    private String diunggahOleh;

    @Column(nullable = false)
    private Instant diunggahPada;

    private @Nullable Instant digantiPada;

    protected BuktiDukung() {}

    public BuktiDukung(
            Realisasi realisasi,
            String namaFile,
            String tipeKonten,
            byte[] isi,
            String sha256,
            String diunggahOleh,
            Instant diunggahPada) {
        this.realisasi = realisasi;
        this.namaFile = namaFile;
        this.tipeKonten = tipeKonten;
        this.isi = isi;
        this.ukuran = isi.length;
        this.sha256 = sha256;
        this.diunggahOleh = diunggahOleh;
        this.diunggahPada = diunggahPada;
    }

    public Realisasi getRealisasi() {
        return realisasi;
    }

    public String getNamaFile() {
        return namaFile;
    }

    public String getTipeKonten() {
        return tipeKonten;
    }

    public long getUkuran() {
        return ukuran;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getIsi() {
        return isi;
    }

    public String getDiunggahOleh() {
        return diunggahOleh;
    }

    public Instant getDiunggahPada() {
        return diunggahPada;
    }

    public @Nullable Instant getDigantiPada() {
        return digantiPada;
    }
}
