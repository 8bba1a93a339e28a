package id.kecamatan.kinerja.notifikasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail of the outbox, written in Bahasa Indonesia when its event is recorded and sent later by
 * {@link PekerjaanNotifikasi}. Unique per (recipient, {@code kunci}), so an event is mailed at most once. Changed only
 * by the job, which one instance runs at a time (so no version).
 */
@Entity
class SurelKeluar {

    static final int PANJANG_GALAT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private Long akunId;

    @Column(nullable = false, length = 120)
    private String kunci;

    @Column(nullable = false, length = 300)
    private String subjek;

    @Column(nullable = false, columnDefinition = "text")
    private String isi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusSurel status = StatusSurel.MENUNGGU;

    private int percobaan;

    @Column(nullable = false)
    private Instant berikutnya;

    private @Nullable String galat;

    /** The address it was sent to. */
    private @Nullable String alamat;

    @Column(nullable = false)
    private Instant dibuatPada;

    private @Nullable Instant terkirimPada;

    protected SurelKeluar() {}

    SurelKeluar(Long akunId, String kunci, String subjek, String isi, Instant dibuatPada) {
        this.akunId = akunId;
        this.kunci = kunci;
        this.subjek = subjek.length() > 300 ? subjek.substring(0, 300) : subjek;
        this.isi = isi;
        this.dibuatPada = dibuatPada;
        this.berikutnya = dibuatPada;
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

    String getSubjek() {
        return subjek;
    }

    String getIsi() {
        return isi;
    }

    StatusSurel getStatus() {
        return status;
    }

    int getPercobaan() {
        return percobaan;
    }

    Instant getBerikutnya() {
        return berikutnya;
    }

    @Nullable
    String getGalat() {
        return galat;
    }

    @Nullable
    String getAlamat() {
        return alamat;
    }

    Instant getDibuatPada() {
        return dibuatPada;
    }

    @Nullable
    Instant getTerkirimPada() {
        return terkirimPada;
    }

    void terkirim(String alamat, Instant pada) {
        this.status = StatusSurel.TERKIRIM;
        this.alamat = alamat;
        this.terkirimPada = pada;
        this.galat = null;
    }

    /** A failed attempt: tried again at {@code lagi}, or given up when {@code lagi} is null. */
    void gagal(String galat, @Nullable Instant lagi) {
        this.percobaan++;
        this.galat = galat.length() > PANJANG_GALAT ? galat.substring(0, PANJANG_GALAT) : galat;
        if (lagi == null) {
            this.status = StatusSurel.GAGAL;
        } else {
            this.berikutnya = lagi;
        }
    }

    void batal(String alasan) {
        this.status = StatusSurel.BATAL;
        this.galat = alasan;
    }
}
