package id.kecamatan.kinerja.evaluasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation of an evaluation (on one kriteria, or on the whole) by the Inspektorat's evaluator
 * ({@code dariApip}) or by the Sekcam in an internal evaluation, with the office's follow-up: what it did, by when
 * and how far it is. Every change kept by Envers.
 */
@Entity
@Audited
class RekomendasiEvaluasi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private EvaluasiAkip evaluasi;

    @Column(length = 40)
    private @Nullable String kriteria;

    @Column(nullable = false, columnDefinition = "text")
    private String isi;

    @Column(nullable = false)
    private boolean dariApip;

    @Column(nullable = false, length = 200)
    private String dibuatOleh;

    @Column(nullable = false)
    private Instant dibuatPada;

    @Column(columnDefinition = "text")
    private @Nullable String tindakLanjut;

    private @Nullable LocalDate batasWaktu;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusTindakLanjut status = StatusTindakLanjut.BELUM;

    @Column(length = 200)
    private @Nullable String tindakLanjutOleh;

    private @Nullable Instant tindakLanjutPada;

    protected RekomendasiEvaluasi() {}

    RekomendasiEvaluasi(
            EvaluasiAkip evaluasi,
            @Nullable String kriteria,
            String isi,
            boolean dariApip,
            String dibuatOleh,
            Instant dibuatPada) {
        this.evaluasi = evaluasi;
        this.kriteria = kriteria;
        this.isi = isi;
        this.dariApip = dariApip;
        this.dibuatOleh = dibuatOleh;
        this.dibuatPada = dibuatPada;
    }

    EvaluasiAkip getEvaluasi() {
        return evaluasi;
    }

    @Nullable
    String getKriteria() {
        return kriteria;
    }

    String getIsi() {
        return isi;
    }

    boolean isDariApip() {
        return dariApip;
    }

    String getDibuatOleh() {
        return dibuatOleh;
    }

    Instant getDibuatPada() {
        return dibuatPada;
    }

    @Nullable
    String getTindakLanjut() {
        return tindakLanjut;
    }

    @Nullable
    LocalDate getBatasWaktu() {
        return batasWaktu;
    }

    StatusTindakLanjut getStatus() {
        return status;
    }

    @Nullable
    String getTindakLanjutOleh() {
        return tindakLanjutOleh;
    }

    @Nullable
    Instant getTindakLanjutPada() {
        return tindakLanjutPada;
    }

    void tulis(@Nullable String kriteria, String isi) {
        this.kriteria = kriteria;
        this.isi = isi;
    }

    void tindakLanjuti(
            @Nullable String tindakLanjut,
            @Nullable LocalDate batasWaktu,
            StatusTindakLanjut status,
            String oleh,
            Instant pada) {
        this.tindakLanjut = tindakLanjut;
        this.batasWaktu = batasWaktu;
        this.status = status;
        this.tindakLanjutOleh = oleh;
        this.tindakLanjutPada = pada;
    }
}
