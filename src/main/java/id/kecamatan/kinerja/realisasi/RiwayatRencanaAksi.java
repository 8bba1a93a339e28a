package id.kecamatan.kinerja.realisasi;

import id.kecamatan.kinerja.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in the life of a Rencana Aksi: a change of status (dari/ke, with the verifikator's note) or a save of the
 * plan, with what the save changed in words ({@code perubahan}), who did it and when.
 */
@Entity
public class RiwayatRencanaAksi extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private RencanaAksi rencanaAksi;

    /** Empty for the first save of a new plan. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable StatusRealisasi dari;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatusRealisasi ke;

    @Column(nullable = false, length = 60)
    private String oleh;

    @Column(nullable = false)
    private Instant pada;

    @Column(columnDefinition = "text")
    private @Nullable String catatan;

    @Column(columnDefinition = "text")
    private @Nullable String perubahan;

    protected RiwayatRencanaAksi() {}

    RiwayatRencanaAksi(
            RencanaAksi rencanaAksi,
            @Nullable StatusRealisasi dari,
            StatusRealisasi ke,
            String oleh,
            Instant pada,
            @Nullable String catatan,
            @Nullable String perubahan) {
        this.rencanaAksi = rencanaAksi;
        this.dari = dari;
        this.ke = ke;
        this.oleh = oleh;
        this.pada = pada;
        this.catatan = catatan;
        this.perubahan = perubahan;
    }

    public @Nullable StatusRealisasi getDari() {
        return dari;
    }

    public StatusRealisasi getKe() {
        return ke;
    }

    public String getOleh() {
        return oleh;
    }

    public Instant getPada() {
        return pada;
    }

    public @Nullable String getCatatan() {
        return catatan;
    }

    public @Nullable String getPerubahan() {
        return perubahan;
    }
}
