package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.organisasi.Jabatan;
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
 * = belum dinilai) with its justification, and the jabatan the Sekcam assigned it to, whose holder answers it; every
 * change kept by Envers. A kriteria assigned but not answered is a row with an empty usulan.
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

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Jabatan ditugaskanKe;

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

    @Nullable
    Jabatan getDitugaskanKe() {
        return ditugaskanKe;
    }

    /** Whether the kriteria is assigned to this jabatan. */
    boolean ditugaskanKe(Long jabatanId) {
        return ditugaskanKe != null && jabatanId.equals(ditugaskanKe.getId());
    }

    void tugaskan(@Nullable Jabatan jabatan) {
        this.ditugaskanKe = jabatan;
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
