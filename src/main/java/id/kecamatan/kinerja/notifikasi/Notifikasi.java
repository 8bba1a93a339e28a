package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.KonverterTriwulan;
import id.kecamatan.kinerja.base.Triwulan;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One event as one recipient sees it in the bell. Unique per (recipient, {@code kunci}): an event is recorded once
 * for a recipient, however often it is offered. The text is made from {@code jenis} and the fields by the screen,
 * in the user's language. Only {@code dibacaPada} ever changes, by its recipient (so no version).
 */
@Entity
class Notifikasi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Long akunId;

    @Column(nullable = false, length = 120)
    private String kunci;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JenisNotifikasi jenis;

    /** What it is about: the indicator's name. */
    @Column(nullable = false, length = 500)
    private String judul;

    private @Nullable Integer tahun;

    @Convert(converter = KonverterTriwulan.class)
    private @Nullable Triwulan triwulan;

    private @Nullable LocalDate tenggat;

    /** How many indicators a deadline reminder is about. */
    private @Nullable Integer jumlah;

    @Column(columnDefinition = "text")
    private @Nullable String catatan;

    /** Who acted (name), for a transition. */
    private @Nullable String oleh;

    /** The route of the page to open, without a leading slash. */
    private @Nullable String tautan;

    @Column(nullable = false)
    private Instant dibuatPada;

    private @Nullable Instant dibacaPada;

    protected Notifikasi() {}

    Notifikasi(Long akunId, String kunci, JenisNotifikasi jenis, String judul, Instant dibuatPada) {
        this.akunId = akunId;
        this.kunci = kunci;
        this.jenis = jenis;
        this.judul = judul.length() > 500 ? judul.substring(0, 500) : judul;
        this.dibuatPada = dibuatPada;
    }

    @Nullable
    Long getId() {
        return id;
    }

    Long getAkunId() {
        return akunId;
    }

    String getKunci() {
        return kunci;
    }

    JenisNotifikasi getJenis() {
        return jenis;
    }

    String getJudul() {
        return judul;
    }

    @Nullable
    Integer getTahun() {
        return tahun;
    }

    @Nullable
    Triwulan getTriwulan() {
        return triwulan;
    }

    void setPeriode(@Nullable Integer tahun, @Nullable Triwulan triwulan) {
        this.tahun = tahun;
        this.triwulan = triwulan;
    }

    @Nullable
    LocalDate getTenggat() {
        return tenggat;
    }

    void setTenggat(@Nullable LocalDate tenggat) {
        this.tenggat = tenggat;
    }

    @Nullable
    Integer getJumlah() {
        return jumlah;
    }

    void setJumlah(@Nullable Integer jumlah) {
        this.jumlah = jumlah;
    }

    @Nullable
    String getCatatan() {
        return catatan;
    }

    void setCatatan(@Nullable String catatan) {
        this.catatan = catatan;
    }

    @Nullable
    String getOleh() {
        return oleh;
    }

    void setOleh(@Nullable String oleh) {
        this.oleh = oleh;
    }

    @Nullable
    String getTautan() {
        return tautan;
    }

    void setTautan(@Nullable String tautan) {
        this.tautan = tautan;
    }

    Instant getDibuatPada() {
        return dibuatPada;
    }

    @Nullable
    Instant getDibacaPada() {
        return dibacaPada;
    }

    void dibaca(Instant pada) {
        if (dibacaPada == null) {
            dibacaPada = pada;
        }
    }
}
