package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * The self-assessment's answer to one kriteria of an evaluation ("usulan": a letter of the kriteria's scale, empty
 * = belum dinilai) with its justification; every change kept by Envers.
 */
@Entity
@Audited
class JawabanKriteria extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private EvaluasiAkip evaluasi;

    @Column(nullable = false, length = 40)
    private String kriteria;

    @Column(length = 2)
    private @Nullable String usulan;

    @Column(columnDefinition = "text")
    private @Nullable String justifikasi;

    @Column(nullable = false, length = 200)
    private String diubahOleh;

    @Column(nullable = false)
    private Instant diubahPada;

    protected JawabanKriteria() {}

    JawabanKriteria(EvaluasiAkip evaluasi, String kriteria, String diubahOleh, Instant diubahPada) {
        this.evaluasi = evaluasi;
        this.kriteria = kriteria;
        this.diubahOleh = diubahOleh;
        this.diubahPada = diubahPada;
    }

    String getKriteria() {
        return kriteria;
    }

    @Nullable
    String getUsulan() {
        return usulan;
    }

    @Nullable
    String getJustifikasi() {
        return justifikasi;
    }

    String getDiubahOleh() {
        return diubahOleh;
    }

    Instant getDiubahPada() {
        return diubahPada;
    }

    void ubah(@Nullable String usulan, @Nullable String justifikasi, String oleh, Instant pada) {
        this.usulan = usulan;
        this.justifikasi = justifikasi;
        this.diubahOleh = oleh;
        this.diubahPada = pada;
    }
}
