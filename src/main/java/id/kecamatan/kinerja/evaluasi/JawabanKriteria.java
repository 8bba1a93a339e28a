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
 * The answers to one kriteria of an evaluation: the office's own ("usulan", with its justification) and the
 * evaluator's final one ("penetapan", with a note; {@code penetapanApip} when the Inspektorat's evaluator set it
 * rather than the Sekcam), each a letter of the kriteria's scale, empty = belum dinilai / belum ditetapkan; and the
 * jabatan the Sekcam assigned it to, whose holder answers it. A kriteria assigned but not answered is a row with an
 * empty usulan. Every change kept by Envers.
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

    @Column(length = 2)
    private @Nullable String penetapan;

    @Column(columnDefinition = "text")
    private @Nullable String catatanPenetapan;

    @Column(nullable = false)
    private boolean penetapanApip;

    @Column(length = 200)
    private @Nullable String ditetapkanOleh;

    private @Nullable Instant ditetapkanPada;

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
    String getPenetapan() {
        return penetapan;
    }

    @Nullable
    String getCatatanPenetapan() {
        return catatanPenetapan;
    }

    boolean isPenetapanApip() {
        return penetapanApip;
    }

    @Nullable
    String getDitetapkanOleh() {
        return ditetapkanOleh;
    }

    @Nullable
    Instant getDitetapkanPada() {
        return ditetapkanPada;
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

    void tetapkan(@Nullable String penetapan, @Nullable String catatan, boolean olehApip, String oleh, Instant pada) {
        this.penetapan = penetapan;
        this.catatanPenetapan = catatan;
        this.penetapanApip = olehApip;
        this.ditetapkanOleh = oleh;
        this.ditetapkanPada = pada;
    }
}
