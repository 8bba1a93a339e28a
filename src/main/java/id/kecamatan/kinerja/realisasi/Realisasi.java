package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.base.KonverterTriwulan;
import id.kecamatan.kinerja.base.Periode;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.Indikator;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/** What an indicator achieved in one triwulan of a year: its komponen values, evidence and workflow status. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_realisasi_periode",
                        columnNames = {"indikator_id", "tahun", "triwulan"}))
public class Realisasi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indikator indikator;

    private int tahun;

    @Convert(converter = KonverterTriwulan.class)
    private Triwulan triwulan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatusRealisasi status = StatusRealisasi.DRAF;

    /** Obstacles met in the quarter. */
    @Column(columnDefinition = "text")
    private @Nullable String kendala;

    @Column(columnDefinition = "text")
    private @Nullable String keterangan;

    /** The verifikator's note when returning the row. */
    @Column(columnDefinition = "text")
    private @Nullable String catatanVerifikator;

    private @Nullable Instant diajukanPada;

    private @Nullable Instant disetujuiPada;

    /** Set on every save, so the row's version moves even when only its komponen values changed. */
    private @Nullable Instant diubahPada;

    /**
     * A sample row of the default run (demo/DataContoh), shown as such; never a real figure. Its owner's first change
     * makes it theirs ({@link #milikPengguna}); that alone moves no version, so an editor open beside an evidence
     * upload can still save.
     */
    @OptimisticLock(excluded = true)
    private boolean dataContoh;

    @OneToMany(mappedBy = "realisasi", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<NilaiKomponen> nilaiKomponen = new ArrayList<>();

    protected Realisasi() {}

    public Realisasi(Indikator indikator, Periode periode) {
        this.indikator = indikator;
        this.tahun = periode.tahun();
        this.triwulan = periode.triwulan();
    }

    /**
     * A sample row of the default run in the state its workflow history left it; the generator writes that
     * history (RiwayatStatus) beside it. Real rows change status only through RealisasiService.
     */
    public static Realisasi contoh(
            Indikator indikator,
            Periode periode,
            StatusRealisasi status,
            @Nullable Instant diajukanPada,
            @Nullable Instant disetujuiPada,
            @Nullable String catatanVerifikator,
            Instant diubahPada) {
        Realisasi realisasi = new Realisasi(indikator, periode);
        realisasi.dataContoh = true;
        realisasi.status = status;
        realisasi.diajukanPada = diajukanPada;
        realisasi.disetujuiPada = disetujuiPada;
        realisasi.catatanVerifikator = catatanVerifikator;
        realisasi.diubahPada = diubahPada;
        return realisasi;
    }

    public Indikator getIndikator() {
        return indikator;
    }

    public int getTahun() {
        return tahun;
    }

    public Triwulan getTriwulan() {
        return triwulan;
    }

    public Periode getPeriode() {
        return new Periode(tahun, triwulan);
    }

    public StatusRealisasi getStatus() {
        return status;
    }

    void setStatus(StatusRealisasi status) {
        this.status = status;
    }

    public @Nullable String getKendala() {
        return kendala;
    }

    public void setKendala(@Nullable String kendala) {
        this.kendala = kendala;
    }

    public @Nullable String getKeterangan() {
        return keterangan;
    }

    public void setKeterangan(@Nullable String keterangan) {
        this.keterangan = keterangan;
    }

    public @Nullable String getCatatanVerifikator() {
        return catatanVerifikator;
    }

    void setCatatanVerifikator(@Nullable String catatanVerifikator) {
        this.catatanVerifikator = catatanVerifikator;
    }

    public @Nullable Instant getDiajukanPada() {
        return diajukanPada;
    }

    void setDiajukanPada(@Nullable Instant diajukanPada) {
        this.diajukanPada = diajukanPada;
    }

    public @Nullable Instant getDisetujuiPada() {
        return disetujuiPada;
    }

    void setDisetujuiPada(@Nullable Instant disetujuiPada) {
        this.disetujuiPada = disetujuiPada;
    }

    public @Nullable Instant getDiubahPada() {
        return diubahPada;
    }

    void setDiubahPada(@Nullable Instant diubahPada) {
        this.diubahPada = diubahPada;
    }

    public boolean isDataContoh() {
        return dataContoh;
    }

    /** A user saved values, evidence or a submission on the row: it is no sample data any more. */
    void milikPengguna() {
        dataContoh = false;
    }

    public List<NilaiKomponen> getNilaiKomponen() {
        return nilaiKomponen;
    }
}
