package id.kecamatan.kinerja.indikator;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.base.KonverterTriwulan;
import id.kecamatan.kinerja.base.Triwulan;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * The planned value of an indicator for a year, or for one triwulan of it. A change after the year has
 * started is a new row with a higher revisi, so the original target stays visible.
 * Some plan targets are not numbers ("NA"); they are kept as text.
 */
@Entity
@Audited
@Table(
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_target",
                        columnNames = {"indikator_id", "tahun", "triwulan", "revisi"}))
public class Target extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indikator indikator;

    private int tahun;

    /** Empty for a yearly target ({@link PeriodeTarget#TAHUNAN}). */
    @Convert(converter = KonverterTriwulan.class)
    private @Nullable Triwulan triwulan;

    @Column(precision = 19, scale = 4)
    private @Nullable BigDecimal nilai;

    @Column(length = 60)
    private @Nullable String nilaiTeks;

    private int revisi;

    @Column(length = 500)
    private @Nullable String alasanRevisi;

    @Column(nullable = false)
    private Instant dibuatPada;

    @Column(length = 60)
    private @Nullable String dibuatOleh;

    /** A sample target of the default run (demo/DataContoh), shown as such; never part of a real plan. */
    private boolean dataContoh;

    protected Target() {}

    public Target(
            Indikator indikator,
            int tahun,
            PeriodeTarget periode,
            @Nullable BigDecimal nilai,
            @Nullable String nilaiTeks,
            int revisi,
            Instant dibuatPada,
            String dibuatOleh) {
        this.indikator = indikator;
        this.tahun = tahun;
        this.triwulan = periode.triwulan().orElse(null);
        this.nilai = nilai;
        this.nilaiTeks = nilaiTeks;
        this.revisi = revisi;
        this.dibuatPada = dibuatPada;
        this.dibuatOleh = dibuatOleh;
    }

    /** A yearly sample target of the default run. */
    public static Target contoh(
            Indikator indikator, int tahun, BigDecimal nilai, Instant dibuatPada, String dibuatOleh) {
        Target target = new Target(indikator, tahun, PeriodeTarget.TAHUNAN, nilai, null, 0, dibuatPada, dibuatOleh);
        target.dataContoh = true;
        return target;
    }

    public Indikator getIndikator() {
        return indikator;
    }

    public int getTahun() {
        return tahun;
    }

    public PeriodeTarget getPeriode() {
        return triwulan == null ? PeriodeTarget.TAHUNAN : PeriodeTarget.dari(triwulan);
    }

    public boolean isTahunan() {
        return triwulan == null;
    }

    public @Nullable BigDecimal getNilai() {
        return nilai;
    }

    /** Changes a target of a year that has not started yet; a started year gets a revision instead. */
    void ubahNilai(BigDecimal nilai) {
        this.nilai = nilai;
        this.nilaiTeks = null;
    }

    public @Nullable String getNilaiTeks() {
        return nilaiTeks;
    }

    public int getRevisi() {
        return revisi;
    }

    public @Nullable String getAlasanRevisi() {
        return alasanRevisi;
    }

    public void setAlasanRevisi(@Nullable String alasanRevisi) {
        this.alasanRevisi = alasanRevisi;
    }

    public Instant getDibuatPada() {
        return dibuatPada;
    }

    public @Nullable String getDibuatOleh() {
        return dibuatOleh;
    }

    public boolean isDataContoh() {
        return dataContoh;
    }
}
