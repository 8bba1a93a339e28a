package id.kecamatan.kinerja.anggaran;

import id.kecamatan.kinerja.base.AbstractEntity;
import id.kecamatan.kinerja.base.Triwulan;
import id.kecamatan.kinerja.indikator.Indikator;
import id.kecamatan.kinerja.organisasi.Instansi;
import id.kecamatan.kinerja.renstra.Sasaran;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One row of an instansi's budget of a year: a program, a kegiatan or a sub-kegiatan. Only a sub-kegiatan carries a
 * pagu and the realisasi anggaran of each triwulan (the amount spent in that quarter, not cumulative); the rows above
 * it are their sums. A program may name the sasaran it serves, a sub-kegiatan the indicator it supports.
 */
@Entity
@Audited
public class MataAnggaran extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Instansi instansi;

    @Column(nullable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TingkatAnggaran tingkat;

    @Column(nullable = false, length = 40)
    private String kode;

    @Column(nullable = false, length = 500)
    private String nama;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable MataAnggaran induk;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Sasaran sasaran;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Indikator indikator;

    @Column(precision = 19, scale = 2)
    private @Nullable BigDecimal pagu;

    @Column(precision = 19, scale = 2)
    private @Nullable BigDecimal realisasi1;

    @Column(precision = 19, scale = 2)
    private @Nullable BigDecimal realisasi2;

    @Column(precision = 19, scale = 2)
    private @Nullable BigDecimal realisasi3;

    @Column(precision = 19, scale = 2)
    private @Nullable BigDecimal realisasi4;

    protected MataAnggaran() {}

    public MataAnggaran(
            Instansi instansi,
            int tahun,
            TingkatAnggaran tingkat,
            @Nullable MataAnggaran induk,
            String kode,
            String nama) {
        this.instansi = instansi;
        this.tahun = tahun;
        this.tingkat = tingkat;
        this.induk = induk;
        this.kode = kode;
        this.nama = nama;
    }

    public Instansi getInstansi() {
        return instansi;
    }

    public int getTahun() {
        return tahun;
    }

    public TingkatAnggaran getTingkat() {
        return tingkat;
    }

    public @Nullable MataAnggaran getInduk() {
        return induk;
    }

    public String getKode() {
        return kode;
    }

    public void setKode(String kode) {
        this.kode = kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public @Nullable Sasaran getSasaran() {
        return sasaran;
    }

    public void setSasaran(@Nullable Sasaran sasaran) {
        this.sasaran = sasaran;
    }

    public @Nullable Indikator getIndikator() {
        return indikator;
    }

    public void setIndikator(@Nullable Indikator indikator) {
        this.indikator = indikator;
    }

    public @Nullable BigDecimal getPagu() {
        return pagu;
    }

    public void setPagu(@Nullable BigDecimal pagu) {
        this.pagu = pagu;
    }

    /** The amount spent in one triwulan; null: nothing entered. */
    public @Nullable BigDecimal getRealisasi(Triwulan triwulan) {
        return switch (triwulan) {
            case I -> realisasi1;
            case II -> realisasi2;
            case III -> realisasi3;
            case IV -> realisasi4;
        };
    }

    public void setRealisasi(Triwulan triwulan, @Nullable BigDecimal jumlah) {
        switch (triwulan) {
            case I -> realisasi1 = jumlah;
            case II -> realisasi2 = jumlah;
            case III -> realisasi3 = jumlah;
            case IV -> realisasi4 = jumlah;
        }
    }
}
