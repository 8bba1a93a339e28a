package id.kecamatan.kinerja.evaluasi;

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
 * An evidence file of one kriteria of an evaluation, stored in the database with its checksum. Never changed: a
 * replaced file gets {@code digantiPada} and stays as history (so not audited by Envers, as the realisasi's bukti
 * dukung). It hangs on the evaluation and the kriteria's kode, not on the answer row, so an upload leaves the version
 * an answer is saved against as it was.
 */
@Entity
class BuktiKriteria extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private EvaluasiAkip evaluasi;

    @Column(nullable = false, length = 40)
    private String kriteria;

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

    protected BuktiKriteria() {}

    BuktiKriteria(
            EvaluasiAkip evaluasi,
            String kriteria,
            String namaFile,
            String tipeKonten,
            byte[] isi,
            String sha256,
            String diunggahOleh,
            Instant diunggahPada) {
        this.evaluasi = evaluasi;
        this.kriteria = kriteria;
        this.namaFile = namaFile;
        this.tipeKonten = tipeKonten;
        this.isi = isi;
        this.ukuran = isi.length;
        this.sha256 = sha256;
        this.diunggahOleh = diunggahOleh;
        this.diunggahPada = diunggahPada;
    }

    EvaluasiAkip getEvaluasi() {
        return evaluasi;
    }

    String getKriteria() {
        return kriteria;
    }

    String getNamaFile() {
        return namaFile;
    }

    String getTipeKonten() {
        return tipeKonten;
    }

    long getUkuran() {
        return ukuran;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getIsi() {
        return isi;
    }

    String getDiunggahOleh() {
        return diunggahOleh;
    }

    Instant getDiunggahPada() {
        return diunggahPada;
    }
}
