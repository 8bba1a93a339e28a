package id.kecamatan.kinerja.notifikasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/** One account's e-mail address and whether it wants notifications by e-mail; no row: no address, e-mail on. */
@Entity
class ProfilNotifikasi extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private Long akunId;

    private @Nullable String surel;

    private boolean kirimSurel = true;

    protected ProfilNotifikasi() {}

    ProfilNotifikasi(Long akunId) {
        this.akunId = akunId;
    }

    Long getAkunId() {
        return akunId;
    }

    @Nullable
    String getSurel() {
        return surel;
    }

    void setSurel(@Nullable String surel) {
        this.surel = surel;
    }

    boolean isKirimSurel() {
        return kirimSurel;
    }

    void setKirimSurel(boolean kirimSurel) {
        this.kirimSurel = kirimSurel;
    }

    /** The address e-mail goes to, or null when this account gets none. */
    @Nullable
    String alamatTujuan() {
        return kirimSurel && surel != null ? surel : null;
    }
}
