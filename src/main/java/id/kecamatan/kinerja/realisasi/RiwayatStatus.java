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

/** One workflow transition of a realisasi: who moved it from which status to which, when, and why. */
@Entity
public class RiwayatStatus extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Realisasi realisasi;

    /** Empty for the first save of a new realisasi. */
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

    protected RiwayatStatus() {}

    public RiwayatStatus(
            Realisasi realisasi,
            @Nullable StatusRealisasi dari,
            StatusRealisasi ke,
            String oleh,
            Instant pada,
            @Nullable String catatan) {
        this.realisasi = realisasi;
        this.dari = dari;
        this.ke = ke;
        this.oleh = oleh;
        this.pada = pada;
        this.catatan = catatan;
    }

    public Realisasi getRealisasi() {
        return realisasi;
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
}
