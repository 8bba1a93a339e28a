package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.Indikator;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the owner of an indicator plans for a year: the kegiatan of each triwulan and the target each triwulan should
 * reach (cumulative to the quarter's end or the quarter's own value, as the indicator's agregasi says). A quarter
 * without a target is "belum direncanakan", never 0. It goes through the workflow of a realisasi.
 */
@Entity
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_rencana_aksi",
                        columnNames = {"indikator_id", "tahun"}))
public class RencanaAksi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indikator indikator;

    private int tahun;

    @Column(precision = 19, scale = 4)
    private @Nullable BigDecimal target1;

    @Column(precision = 19, scale = 4)
    private @Nullable BigDecimal target2;

    @Column(precision = 19, scale = 4)
    private @Nullable BigDecimal target3;

    @Column(precision = 19, scale = 4)
    private @Nullable BigDecimal target4;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatusRealisasi status = StatusRealisasi.DRAF;

    /** The verifikator's note when returning the plan. */
    @Column(columnDefinition = "text")
    private @Nullable String catatanVerifikator;

    private @Nullable Instant diajukanPada;

    private @Nullable Instant disetujuiPada;

    /** Set on every save, so the plan's version moves even when only its kegiatan changed. */
    private @Nullable Instant diubahPada;

    @OneToMany(mappedBy = "rencanaAksi", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("triwulan, urutan")
    private List<KegiatanAksi> kegiatan = new ArrayList<>();

    protected RencanaAksi() {}

    public RencanaAksi(Indikator indikator, int tahun) {
        this.indikator = indikator;
        this.tahun = tahun;
    }

    public Indikator getIndikator() {
        return indikator;
    }

    public int getTahun() {
        return tahun;
    }

    public @Nullable BigDecimal target(Triwulan triwulan) {
        return switch (triwulan) {
            case I -> target1;
            case II -> target2;
            case III -> target3;
            case IV -> target4;
        };
    }

    void setTarget(Triwulan triwulan, @Nullable BigDecimal target) {
        switch (triwulan) {
            case I -> target1 = target;
            case II -> target2 = target;
            case III -> target3 = target;
            case IV -> target4 = target;
        }
    }

    public StatusRealisasi getStatus() {
        return status;
    }

    void setStatus(StatusRealisasi status) {
        this.status = status;
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

    void setDiubahPada(Instant diubahPada) {
        this.diubahPada = diubahPada;
    }

    public List<KegiatanAksi> getKegiatan() {
        return kegiatan;
    }
}
